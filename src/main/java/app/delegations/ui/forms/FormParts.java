package app.delegations.ui.forms;

import app.delegations.data.WorldCountries;
import app.delegations.model.Coordinates;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Text;
import app.delegations.ui.common.DateText;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the forms of every kind share: fields made with labels in the UI's language, the options of references
 * (the records as they stand, the world's countries), and reading typed values back. A value that cannot be read
 * (not a date, not a number, a required choice left empty) is noted on its field: the form then has no record to
 * check, and says what to correct. Everything else is the loader's to judge, through {@code RecordEditing.check}.
 * Past 250 lines because every kind of typed value (text, date, number, coordinates, choice) is read back here, once.
 */
final class FormParts {
    final Messages m;
    final Dataset data;
    /** The records and countries references may name. */
    final FormOptions options;
    private final DateText dates;
    /** The fields whose value could not be read at the last build, with what to say. */
    private final Map<FormField, String> unread = new LinkedHashMap<>();

    FormParts(Messages m, Dataset data, WorldCountries world) {
        this.m = m;
        this.data = data;
        this.dates = new DateText(m.locale());
        this.options = new FormOptions(m, data, world, dates);
    }

    // --- fields

    FormField text(String key, String labelKey) {
        return FormField.text(key, m.get(labelKey));
    }

    FormField area(String key, String labelKey) {
        return new FormField(key, m.get(labelKey), FormField.Type.AREA, List.of());
    }

    FormField date(String key, String labelKey) {
        return new FormField(key, m.get(labelKey), FormField.Type.DATE, List.of());
    }

    FormField number(String key, String labelKey) {
        return new FormField(key, m.get(labelKey), FormField.Type.NUMBER, List.of());
    }

    /** A choice of an enum's constants, labelled under {@code prefix.json} (the labels the tables use). */
    <E extends Enum<E>> FormField choice(String key, String labelKey, E[] values, Function<E, String> json,
                                         String prefix) {
        var options = Arrays.stream(values).map(v -> new Option(json.apply(v), m.label(prefix, json.apply(v))))
                .toList();
        return new FormField(key, m.get(labelKey), FormField.Type.CHOICE, options).require();
    }

    /** A reference to another record; an optional one starts with "none". */
    FormField reference(String key, String labelKey, List<Option> options, boolean optional) {
        var all = new ArrayList<Option>(options.size() + 1);
        if (optional) {
            all.add(new Option("", m.get("form.none")));
        }
        all.addAll(options);
        var f = new FormField(key, m.get(labelKey), FormField.Type.REFERENCE, all)
                .noMatch(m.get("form.picker.noMatch"));
        return optional ? f : f.require();
    }

    /**
     * Polish, English and native name (all three required), and other spellings separated by semicolons, under
     * {@code prefix}; the native name's hint says what it is for a record of {@code kind} (the place's own
     * language and script; for an event, the language of where it takes place).
     */
    List<FormField> names(String prefix, RecordKind kind) {
        String labels = kind == RecordKind.PERSON ? "details.personName." : "details.name."; // as the details label them
        return List.of(text(prefix + ".pl", labels + "pl").require(),
                text(prefix + ".en", labels + "en").require(),
                text(prefix + ".native", labels + "native").require().hint(m.get(nativeHintKey(kind))),
                text(prefix + ".aliases", "form.aliases"));
    }

    /** What the native name of a record of {@code kind} is: which language and script it is in. */
    private static String nativeHintKey(RecordKind kind) {
        return switch (kind) {
            case PLACE -> "form.hint.native.place";
            case COUNTRY -> "form.hint.native.country";
            case EVENT -> "form.hint.native.event";
            case PERSON -> "form.hint.native.person";
            case ORGANISATION -> "form.hint.native.organisation";
            case VENUE -> "form.hint.native.venue";
        };
    }

    /** A text in Polish and English that the record may be without (a description): both or neither. */
    List<FormField> optionalText(String key, String labelKey) {
        List<FormField> pair = textPair(key, labelKey, FormField.Type.AREA);
        FormField.halves(pair.get(0), pair.get(1));
        return pair;
    }

    /** A text in Polish and English the record needs (a position's title): both required. */
    List<FormField> requiredText(String key, String labelKey) {
        List<FormField> pair = textPair(key, labelKey, FormField.Type.TEXT);
        pair.forEach(FormField::require);
        return pair;
    }

    private List<FormField> textPair(String key, String labelKey, FormField.Type type) {
        String label = m.get(labelKey);
        return List.of(new FormField(key + ".pl", m.format("form.inPolish", label), type, List.of()),
                new FormField(key + ".en", m.format("form.inEnglish", label), type, List.of()));
    }

    /** Latitude, longitude and the seat they are of (for a region). */
    List<FormField> coordinates() {
        return List.of(number("coordinates.lat", "form.latitude"), number("coordinates.lon", "form.longitude"),
                text("coordinates.seat", "form.seat"));
    }

    // --- reading values back

    /** Starts reading a form's values: nothing unread yet. */
    void startReading() {
        unread.clear();
    }

    /** The fields whose values could not be read, with what to say (in the UI's language). */
    Map<FormField, String> unread() {
        return Map.copyOf(unread);
    }

    /**
     * Notes each of {@code fields} left blank where a value is needed ({@link FormField#missing}), unless a problem
     * is noted on it already: every one at once, whatever else could or could not be read, so that the form never
     * names its required fields in stages.
     */
    void noteMissing(List<FormField> fields) {
        for (FormField f : fields) {
            if (f.missing()) {
                unread.putIfAbsent(f, m.get(f.missingHalf() ? "form.required.otherHalf" : "form.required"));
            }
        }
    }

    boolean allRead() {
        return unread.isEmpty();
    }

    /** A required choice or reference: its value, or null (noted) when none is chosen. */
    String required(FormField f) {
        String v = f.valueOrNull();
        if (v == null) {
            unread.put(f, m.get("form.required"));
        }
        return v;
    }

    <E extends Enum<E>> E choice(FormField f, E[] values, Function<E, String> json) {
        String v = required(f);
        for (E e : values) {
            if (json.apply(e).equals(v)) {
                return e;
            }
        }
        return null;
    }

    /** A date as typed; null when blank (then noted if required) or not a date (noted). */
    LocalDate date(FormField f, boolean required) {
        try {
            LocalDate d = dates.parse(f.value());
            if (d == null && required) {
                unread.put(f, m.get("form.required"));
            }
            return d;
        } catch (DateTimeParseException e) {
            unread.put(f, m.format("form.notADate", dates.format(LocalDate.of(2025, 3, 12))));
            return null;
        }
    }

    /** A date as typed; null when blank or not a date, noting nothing. */
    LocalDate dateOrNull(FormField f) {
        try {
            return dates.parse(f.value());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String format(LocalDate date) {
        return dates.format(date);
    }

    /** A number as typed (a decimal comma taken as a point); null when blank or not a number (noted). */
    Double number(FormField f) {
        String v = f.value().replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            unread.put(f, m.get("form.notANumber"));
            return null;
        }
    }

    /** A number as typed ({@code 19.9450} keeps its precision), or null (shortest form) when not JSON's form. */
    private static String written(FormField f) {
        String v = f.value().trim().replace(',', '.');
        return v.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") ? v : null;
    }

    /** A whole number as typed; null when blank (noted) or not a whole number (noted). */
    Integer whole(FormField f) {
        try {
            return Integer.valueOf(f.value());
        } catch (NumberFormatException e) {
            unread.put(f, f.value().isEmpty() ? m.get("form.required") : m.get("form.notAWholeNumber"));
            return null;
        }
    }

    /** The name an id is made from: the English one, else the Polish one, as typed. */
    static String name(List<FormField> names) {
        String en = names.get(1).value();
        return en.isEmpty() ? names.get(0).value() : en;
    }

    Names names(List<FormField> f) {
        var aliases = Arrays.stream(f.get(3).value().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new Names(f.get(0).value(), f.get(1).value(), f.get(2).value(), aliases);
    }

    void fill(List<FormField> f, Names names) {
        f.get(0).set(names.pl());
        f.get(1).set(names.en());
        f.get(2).set(names.nativeName());
        f.get(3).set(String.join("; ", names.aliases()));
    }

    /** The text, or null when both languages are blank (the loader judges one left blank). */
    static Text text(List<FormField> f) {
        String pl = f.get(0).value();
        String en = f.get(1).value();
        return pl.isEmpty() && en.isEmpty() ? null : new Text(pl, en);
    }

    static void fill(List<FormField> f, Text text) {
        f.get(0).set(text == null ? "" : text.pl());
        f.get(1).set(text == null ? "" : text.en());
    }

    /** The coordinates, or null when latitude and longitude are blank; out of range is noted on the field. */
    Coordinates coordinates(List<FormField> f) {
        Double lat = number(f.get(0));
        Double lon = number(f.get(1));
        if (lat == null && lon == null) {
            return null; // blank, or not numbers (noted)
        }
        if (lat == null || lon == null) {
            unread.putIfAbsent(lat == null ? f.get(0) : f.get(1), m.get("form.required"));
            return null;
        }
        if (lat < -90 || lat > 90) {
            unread.put(f.get(0), m.format("form.range", -90, 90));
            return null;
        }
        if (lon < -180 || lon > 180) {
            unread.put(f.get(1), m.format("form.range", -180, 180));
            return null;
        }
        String seat = f.get(2).valueOrNull();
        return new Coordinates(lat, lon, seat, written(f.get(0)), written(f.get(1)));
    }

    void fill(List<FormField> f, Coordinates c) {
        f.get(0).set(c == null ? "" : c.latText());
        f.get(1).set(c == null ? "" : c.lonText());
        f.get(2).set(c == null ? "" : c.seat());
    }

    /** The next free order among the events of {@code parent} on {@code day}. */
    int nextOrder(String parent, LocalDate day) {
        int max = 0;
        for (Event e : data.events()) {
            if (e.start().equals(day) && Objects.equals(e.parent(), parent)) {
                max = Math.max(max, e.order());
            }
        }
        return max + 1;
    }
}
