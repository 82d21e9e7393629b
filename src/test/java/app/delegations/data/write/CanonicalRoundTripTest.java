package app.delegations.data.write;

import static app.delegations.data.write.CanonicalWriterTest.lists;
import static app.delegations.data.write.CanonicalWriterTest.load;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.ArchiveGenerator;
import app.delegations.bench.ArchiveSpec;
import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.data.WorldCountries;
import app.delegations.model.Attendance;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.PersonRole;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.model.Venue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saving loses nothing: records written by {@link CanonicalWriter} read back as the same records, and a file in
 * canonical form, read and written again, is the same bytes. For generated archives of many seeds (every file
 * of the archive, and the one file of the same records) and for records with the awkward values a hand-written
 * file may hold (escapes, emoji, a lone surrogate, numbers written with an exponent, every optional field).
 */
class CanonicalRoundTripTest {
    private static final DatasetLoader LOADER = new DatasetLoader(new WorldCountries());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 20161130})
    void everyFileOfAGeneratedArchiveSavedAndReadBackIsTheSameRecords(long seed) throws IOException {
        ArchiveGenerator.Summary generated = ArchiveGenerator.generate(new ArchiveSpec(400, 5, seed), dir);
        Archive archive = open(generated.archive());
        Path saved = Files.createDirectories(dir.resolve("saved"));
        copyFolder(generated.archive().resolve("sources"), saved.resolve("sources"));
        var written = new byte[archive.files().size()][];
        for (int i = 0; i < archive.files().size(); i++) {
            written[i] = CanonicalWriter.write(archive.parts().get(i).datasetOrNull());
            Files.write(saved.resolve(archive.files().get(i).getFileName()), written[i]);
        }
        Archive again = open(saved);
        assertEquals(lists(archive.result().datasetOrNull()), lists(again.result().datasetOrNull()), "the archive");
        for (int i = 0; i < written.length; i++) {
            Dataset part = again.parts().get(i).datasetOrNull();
            assertEquals(lists(archive.parts().get(i).datasetOrNull()), lists(part), archive.files().get(i).toString());
            assertArrayEquals(written[i], CanonicalWriter.write(part), "a canonical file is written as it was");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 20161130})
    void theOneFileOfAGeneratedArchiveSavedAndReadBackIsTheSameRecords(long seed) throws IOException {
        ArchiveGenerator.Summary generated = ArchiveGenerator.generate(new ArchiveSpec(600, 5, seed), dir);
        Dataset before = FileRecords.load(generated.oneFile(), new WorldCountries()).records();
        byte[] bytes = CanonicalWriter.write(before);
        Path saved = Files.write(generated.oneFile().resolveSibling("saved.json"), bytes); // beside its notes
        FileRecords after = FileRecords.load(saved, new WorldCountries());
        assertEquals(lists(before), lists(after.records()));
        assertArrayEquals(bytes, CanonicalWriter.write(after.records()));
    }

    @Test
    void awkwardValuesSurviveASaveAndTheSavedTextIsCanonical() throws IOException {
        Dataset before = awkward();
        byte[] bytes = CanonicalWriter.write(before);
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/n.txt"), "A note.\n");
        Path file = Files.write(dir.resolve("awkward.json"), bytes);
        Dataset after = load(file);
        assertEquals(lists(before), lists(after));
        assertArrayEquals(bytes, CanonicalWriter.write(after));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"lat\": -4.25e1, \"lon\": 180.000"), "numbers as written");
        assertTrue(text.contains("\"pl\": \"Cudzysłów \\\" ukośnik \\\\ tab \\t nowa linia \\n \\u0001 😀 \\uD800\""));
        assertEquals(text.length(), text.replace("\r", "").length());
    }

    @Test
    void aCountryFromTheWorldListIsNotWrittenIntoTheFileThatOnlyNamesIt() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/n.txt"), "A note.\n");
        Dataset d = awkward();
        Dataset withoutCountries = new Dataset(1, d.sources(), List.of(), d.places(), d.venues(), d.organisations(),
                d.people(), d.events());
        Path file = Files.write(dir.resolve("names-only.json"), CanonicalWriter.write(withoutCountries));
        FileRecords read = FileRecords.load(file, new WorldCountries());
        assertEquals(1, read.result().datasetOrNull().countries().size(), "the loader adds UA from the list");
        assertEquals(List.of(), read.records().countries(), "the file's own records do not");
        assertTrue(CanonicalWriter.isCanonical(Files.readAllBytes(file), read.records()));
    }

    /** Records with every optional field set, and texts a writer can get wrong. */
    static Dataset awkward() {
        var ref = List.of(new Citation(Basis.REFERENCE, List.of(), null, null, new Text("Źródło.", "Reference."), -1,
                -1));
        var inferred = List.of(new Citation(Basis.INFERRED, List.of(), null, null, new Text("Wniosek.", "Inferred."),
                -1, -1));
        var stated = List.of(new Citation(Basis.STATED, List.of("names.pl"), "n", "note", null, 2, 6),
                new Citation(Basis.REFERENCE, List.of("code", "names.en", "names.native"), null, null,
                        new Text("ISO.", "ISO."), -1, -1));
        String hard = "Cudzysłów \" ukośnik \\ tab \t nowa linia \n \u0001 😀 \uD800";
        var names = new Names(hard, "Lviv", "Львів", List.of("Lwów", "Lemberg", "Leopolis", "a".repeat(140)));
        var place = new Place("lviv", PlaceKind.CITY, names, "UA", new Coordinates(-42.5, 180, "seat", "-4.25e1",
                "180.000"), new Text("Uwaga.", "Note."), stated.subList(0, 1));
        var other = new Place("kyiv", PlaceKind.REGION, new Names("Kijów", "Kyiv", "Київ"), "UA",
                new Coordinates(50.45, 30.5236, null), null, ref);
        var venue = new Venue("hall", new Names("Sala", "Hall", "Зала"), "lviv", new Coordinates(0, -0.5, null),
                new Text("Opis.", "Description."), ref);
        var bare = new Venue("bare", new Names("Goła", "Bare", "Гола"), null, null, null, ref);
        var org = new Organisation("office", OrganisationKind.CITY_UNIT, new Names("Biuro", "Office", "Бюро"), "lviv",
                new Text("Opis.", "Description."), ref);
        var person = new Person("p", new Names("Jan", "John", "Іван"), "dr", List.of(
                new Position(new Text("Mer", "Mayor"), "office", "lviv"), new Position(new Text("Radny", "Councillor"),
                        null, null)), ref);
        var congress = new Event("e1", EventKind.CONGRESS, new Names("Kongres", "Congress", "Конгрес"), null,
                LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 14), 1, "hall", "lviv", new Text("Opis.", "Desc."),
                List.of(new Participation("kyiv", PlaceRole.PRESENTER, ref),
                        new Participation("lviv", PlaceRole.HOST, inferred)),
                List.of(new Attendance("p", PersonRole.SPEAKER, new Text("Mówił.", "Spoke."), ref)),
                List.of("office"), ref);
        var session = new Event("e2", EventKind.SESSION, new Names("Sesja", "Session", "Сесія"), "e1",
                LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 12), 1, null, null, null, List.of(), List.of(),
                List.of(), ref);
        var source = new Source("n", "sources/n.txt", new Text("Notatka", "Note"), LocalDate.of(2025, 3, 15),
                new Text("Data z nagłówka.", "Dated in its heading."), "uk", new Text("Opis.", "Description."),
                "A note.\n");
        var country = new Country("UA", new Names("Ukraina", "Ukraine", "Україна"), stated);
        return new Dataset(1, List.of(source), List.of(country), List.of(place, other), List.of(venue, bare),
                List.of(org), List.of(person), List.of(congress, session));
    }

    private static Archive open(Path folder) {
        Archive a = new ArchiveLoader(LOADER).open(folder, LoadProgress.NONE);
        LoadResult r = a.result();
        assertEquals(List.of(), r.problems().stream().limit(20).map(Problem::toString).toList());
        return a;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
