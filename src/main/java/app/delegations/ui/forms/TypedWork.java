package app.delegations.ui.forms;

import app.delegations.data.edit.RecordEdit;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was typed in the open form: whether anything in it differs from what it showed as it opened, and the
 * question asked before such changes would be dropped (Discard the changes / Back to the form, the latter the
 * default, so that Enter keeps them).
 */
final class TypedWork {
    private final Dialogs dialogs;
    /** The values of the open form's fields and rows as it opened. */
    private List<Object> opened = List.of();

    TypedWork(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** {@code form} opened (null: none is open): what it shows now is what it is compared with. */
    void opened(FormModel form) {
        opened = form == null ? List.of() : values(form);
    }

    /** True when {@code form} is open and something in it differs from what it showed as it opened. */
    boolean changed(FormModel form) {
        return form != null && form.isOpen() && !values(form).equals(opened);
    }

    /** Asks {@code question} about the changes typed; true when the officer chose to discard them. */
    boolean discard(String question, Messages m) {
        return dialogs.chooseCarefully(m.get("forms.changed.title"), question,
                List.of(m.get("forms.changed.discard"), m.get("forms.changed.back"))) == 0;
    }

    /**
     * The form as the officer knows it: its heading and the name it holds in the UI's language (else in the other one), “Edit place:
     * Sofia”;
     * a new record's form with no name typed yet by its heading alone, “New place”.
     */
    static String named(FormModel form, Messages m) {
        String lang = m.locale().getLanguage();
        String other = "pl".equals(lang) ? "en" : "pl";
        for (String key : List.of("names." + lang, "title." + lang, "names." + other, "title." + other)) {
            FormField field = form.field(key);
            if (field != null && field.value() != null && !field.value().isBlank()) {
                return m.format("forms.namedAs", form.heading(), field.value().strip());
            }
        }
        return m.format("forms.named", form.heading());
    }

    /** A record as the heading of its form and its name would name it: “Edit place: Haskovo”. */
    static String named(Record r, Messages m) {
        return m.format("forms.namedAs", m.get(RecordKind.of(r.getClass()).editKey()), name(r, m.locale()));
    }

    /** A new record's form of {@code kind} as its heading names it: “New place”. */
    static String named(Class<? extends Record> kind, Messages m) {
        return m.format("forms.named", m.get(RecordKind.of(kind).newKey()));
    }

    /** The record's name in {@code locale}, as its details title it (an event: its title). */
    private static String name(Record r, Locale locale) {
        if (r instanceof Place p) {
            return p.names().in(locale);
        } else if (r instanceof Country c) {
            return c.names().in(locale);
        } else if (r instanceof Person p) {
            return p.names().in(locale);
        } else if (r instanceof Organisation o) {
            return o.names().in(locale);
        } else if (r instanceof Venue v) {
            return v.names().in(locale);
        } else if (r instanceof Event e) {
            return e.title().in(locale);
        }
        return RecordEdit.id(r);
    }

    /** Every value of the form's fields and rows, in order. */
    private static List<Object> values(FormModel form) {
        var out = new ArrayList<Object>();
        for (FormSection section : form.sections()) {
            section.fields().forEach(f -> out.add(f.value()));
            if (section.rows() != null) {
                for (FormRow row : section.rows().rows()) {
                    out.add(row.fields().stream().map(FormField::value).toList());
                }
            }
        }
        return out;
    }
}
