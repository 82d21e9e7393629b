package app.delegations.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Writes a valid data file of a chosen size (the format of data/README.md) and the source notes it cites,
 * deterministically: the same {@link GeneratorSpec} gives byte-identical files on any platform. Records are
 * streamed, so a million records need little more memory than their ids and names.
 */
public final class DatasetGenerator {
    /** What was written. */
    public record Summary(Path file, GeneratorSpec.Counts counts, int sources, long bytes) {
    }

    private final GeneratorSpec spec;
    private final GeneratorSpec.Counts counts;
    private final Random random;
    private final NameFactory names;
    private final World world;
    private SourceTexts notes;
    private final Json json = new Json();
    private JsonLayout layout;
    private int recordIndex;

    public DatasetGenerator(GeneratorSpec spec) {
        this.spec = spec;
        this.counts = spec.counts();
        this.random = new Random(spec.seed());
        this.names = new NameFactory(random);
        this.world = new World(counts);
    }

    /** Writes {@code folder/STEM.json} and its notes in {@code folder/STEM/}; replaces earlier ones. */
    public static Summary generate(GeneratorSpec spec, Path folder) throws IOException {
        return new DatasetGenerator(spec).write(folder);
    }

    private Summary write(Path folder) throws IOException {
        Path notesFolder = folder.resolve(spec.stem());
        Files.createDirectories(notesFolder);
        try (var old = Files.list(notesFolder)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.delete(p);
            }
        }
        Path file = folder.resolve(spec.stem() + ".json");
        notes = new SourceTexts(notesFolder, spec.perSource());
        int sourceCount = SourceTexts.count(counts.total(), spec.perSource());
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            layout = new JsonLayout(out);
            layout.beginDocument(1);
            writeSources(sourceCount);
            list("countries", counts.countries(), this::country);
            list("places", counts.places(), this::place);
            list("venues", counts.venues(), this::venue);
            list("organisations", counts.organisations(), this::organisation);
            list("people", counts.people(), this::person);
            layout.beginList("events");
            new EventWriter(json, random, names, world, notes, recordIndex, this::flushRecords).write(counts.events());
            layout.endList();
            layout.endDocument();
        }
        notes.flush();
        return new Summary(file, counts, sourceCount, Files.size(file));
    }

    private void list(String field, int count, IntConsumer record) {
        layout.beginList(field);
        for (int i = 0; i < count; i++) {
            record.accept(i);
            recordIndex++;
            flushRecords();
        }
        layout.endList();
    }

    private void flushRecords() {
        json.take().forEach(layout::record);
    }

    private void writeSources(int count) {
        layout.beginList("sources");
        for (int k = 0; k < count; k++) {
            json.startObject();
            json.string("id", SourceTexts.id(k));
            json.string("file", spec.stem() + "/" + SourceTexts.fileName(k));
            json.text("title", "Notatka służbowa nr " + (k + 1), "Office note no. " + (k + 1));
            if (k % 5 == 4) {
                json.text("dateNote", "Notatka nie ma daty.", "The note is undated.");
            } else {
                json.string("date", LocalDate.of(2000, 1, 3).plusDays(k * 7L % 11000).toString());
            }
            json.string("language", "pl");
            if (k % 3 == 0) {
                json.text("description", "Wygenerowana notatka do pomiarów.", "A generated note for measurements.");
            }
            json.endObject();
            flushRecords();
        }
        layout.endList();
    }

    private void country(int i) {
        Countries.Entry c = world.countries[i];
        String note = notes.noteFor(recordIndex);
        String sentence = notes.say("Na spotkania przybyli przedstawiciele z kraju " + c.pl() + ".");
        json.startObject();
        json.string("code", c.code());
        json.names("names", new NameFactory.Spellings(c.pl(), c.en(), c.nativeName()), null);
        json.startArray("evidence");
        json.stated(note, SourceTexts.quote(sentence, "z kraju " + c.pl()), List.of("names.pl"));
        json.reference(List.of("code", "names.en", "names.native"), "ISO 3166-1 i nazwy urzędowe",
                "ISO 3166-1 and official names");
        json.endArray();
        json.endObject();
    }

    private void place(int i) {
        int country = random.nextInt(world.countries.length);
        Countries.Entry c = world.countries[country];
        String word = names.placeWord();
        NameFactory.Spellings w = names.spell(word, c);
        int kind = random.nextInt(100);
        NameFactory.Spellings s;
        String kindJson;
        String genitive;
        if (kind < 75) {
            s = w;
            kindJson = "city";
            genitive = "miasta";
        } else if (kind < 90) {
            s = new NameFactory.Spellings("Obwód " + w.pl(), w.en() + " Province", w.nativeName());
            kindJson = "region";
            genitive = "regionu";
        } else {
            s = new NameFactory.Spellings("Republika " + w.pl(), "Republic of " + w.en(), w.nativeName());
            kindJson = "entity";
            genitive = "podmiotu";
        }
        String id = NameFactory.slug(s.en()) + "-" + i;
        world.placeId[i] = id;
        world.placePl[i] = s.pl();
        world.placeCountry[i] = country;
        String alias = kindJson.equals("city") && random.nextInt(10) == 0 ? "Gmina " + word : null;
        boolean located = random.nextInt(10) != 0;
        String note = notes.noteFor(recordIndex);
        String said = alias != null ? alias : s.pl();
        String sentence = notes.say("Delegacja " + genitive + " " + said + " (" + c.pl() + ") wzięła udział w spotkaniach.");
        json.startObject();
        json.string("id", id);
        json.string("kind", kindJson);
        json.names("names", s, alias);
        json.string("country", c.code());
        if (located) {
            json.coordinates(350000 + random.nextInt(350000), -100000 + random.nextInt(600000),
                    kindJson.equals("city") ? null : w.pl());
        }
        if (random.nextInt(10) == 0) {
            int year = 1990 + random.nextInt(30);
            json.text("note", "Miasto partnerskie od " + year + " r.", "Partner city since " + year + ".");
        }
        json.startArray("evidence");
        json.stated(note, SourceTexts.quote(sentence, genitive + " " + said + " (" + c.pl() + ")"),
                List.of(alias != null ? "names.aliases" : "names.pl", "kind", "country"));
        json.reference(located ? List.of("names.en", "names.native", "coordinates") : List.of("names.en", "names.native"),
                "GeoNames: nazwy i współrzędne", "GeoNames: names and coordinates");
        json.endArray();
        json.endObject();
    }

    private static final String[][] VENUES = {
        {"Pałac ", " Palace"}, {"Centrum Kongresowe ", " Congress Centre"}, {"Ratusz ", " Town Hall"},
        {"Dom Kultury ", " Culture House"}, {"Hala ", " Hall"}};

    private void venue(int i) {
        int place = random.nextInt(world.placeId.length);
        String[] kind = names.pick(VENUES);
        String word = names.placeWord();
        var s = new NameFactory.Spellings(kind[0] + word, NameFactory.ascii(word) + kind[1],
                names.spell(kind[0] + word, world.countryOfPlace(place)).nativeName());
        String id = NameFactory.slug(s.en()) + "-" + i;
        world.venueId[i] = id;
        world.venuePlace[i] = place;
        String note = notes.noteFor(recordIndex);
        String sentence = notes.say("Obrady odbyły się w obiekcie " + s.pl() + " w miejscowości "
                + world.placePl[place] + ".");
        json.startObject();
        json.string("id", id);
        json.names("names", s, null);
        json.string("place", world.placeId[place]);
        if (random.nextBoolean()) {
            json.coordinates(350000 + random.nextInt(350000), -100000 + random.nextInt(600000), null);
        }
        if (random.nextInt(5) == 0) {
            json.text("description", "Siedziba władz miasta.", "The seat of the city's authorities.");
        }
        json.startArray("evidence");
        json.stated(note, SourceTexts.quote(sentence, "w obiekcie " + s.pl()), List.of("names.pl"));
        json.reference(List.of("names.en", "names.native", "place"), "Nazwy i położenie według planu miasta.",
                "Names and location from the city plan.");
        json.endArray();
        json.endObject();
    }

    private static final String[][] ORGANISATIONS = {
        {"administration", "Urząd Miasta ", "City Hall of "}, {"city-unit", "Miejskie Centrum Monitoringu ", "City Monitoring Centre of "},
        {"university", "Uniwersytet ", "University of "}, {"company", "Przedsiębiorstwo Informatyczne ", "IT Company "},
        {"foundation", "Fundacja ", "Foundation "}, {"other", "Stowarzyszenie ", "Association "}};

    private void organisation(int i) {
        String[] kind = names.pick(ORGANISATIONS);
        int place = random.nextInt(world.placeId.length);
        String word = names.placeWord();
        var s = new NameFactory.Spellings(kind[1] + word, kind[2] + NameFactory.ascii(word),
                names.spell(kind[1] + word, world.countryOfPlace(place)).nativeName());
        String id = NameFactory.slug(s.en()) + "-" + i;
        world.orgId[i] = id;
        world.orgPl[i] = s.pl();
        String note = notes.noteFor(recordIndex);
        String sentence = notes.say("W pracach uczestniczyła instytucja " + s.pl() + ".");
        json.startObject();
        json.string("id", id);
        json.string("kind", kind[0]);
        json.names("names", s, null);
        if (random.nextInt(5) != 0) {
            json.string("place", world.placeId[place]);
        }
        if (random.nextInt(4) == 0) {
            json.text("description", "Jednostka wykorzystująca nowoczesne technologie.", "A unit using modern technologies.");
        }
        json.startArray("evidence");
        json.stated(note, SourceTexts.quote(sentence, s.pl()), List.of("names.pl"));
        json.reference(List.of("kind", "names.en", "names.native"), "Rejestr instytucji.", "The register of institutions.");
        json.endArray();
        json.endObject();
    }

    private static final String[][] TITLES = {
        {"Dyrektor", "Director"}, {"Zastępca Prezydenta Miasta", "Deputy Mayor"}, {"Prorektor", "Vice-rector"},
        {"Prezes", "President"}, {"Radny", "Councillor"}, {"Konsul Generalny", "Consul General"},
        {"Kierownik Referatu", "Head of Unit"}, {"Wicegubernator", "Vice-governor"}};

    private void person(int i) {
        int place = random.nextInt(world.placeId.length);
        String pl = names.personName();
        var s = names.spell(pl, world.countryOfPlace(place));
        String honorific = random.nextInt(10) < 3 ? "dr" : null;
        String id = NameFactory.slug(s.en()) + "-" + i;
        world.personId[i] = id;
        world.personPl[i] = pl;
        String[] title = names.pick(TITLES);
        String said = (honorific != null ? "dr " : "") + pl;
        String note = notes.noteFor(recordIndex);
        String sentence = notes.say("W spotkaniu uczestniczył(a) " + said + ", " + title[0] + ".");
        json.startObject();
        json.string("id", id);
        json.names("names", s, null);
        if (honorific != null) {
            json.string("honorific", honorific);
        }
        int positions = random.nextInt(3);
        if (positions > 0) {
            json.startArray("positions");
            for (int p = 0; p < positions; p++) {
                String[] t = p == 0 ? title : names.pick(TITLES);
                json.startObject();
                json.text("title", t[0], t[1]);
                if (world.orgId.length > 0 && random.nextInt(10) < 7) {
                    json.string("organisation", world.orgId[random.nextInt(world.orgId.length)]);
                }
                if (random.nextInt(10) < 7) {
                    json.string("place", world.placeId[place]);
                }
                json.endObject();
            }
            json.endArray();
        }
        json.startArray("evidence");
        var stated = new ArrayList<>(List.of("names.pl"));
        if (honorific != null) {
            stated.add("honorific");
        }
        if (positions > 0) {
            stated.add("positions");
        }
        json.stated(note, SourceTexts.quote(sentence, said + ", " + title[0]), stated);
        json.reference(List.of("names.en", "names.native"), "Zapis nazwiska w alfabecie kraju.",
                "The name as spelt in the country's script.");
        json.endArray();
        json.endObject();
    }
}
