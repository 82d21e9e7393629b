package app.delegations.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Small archive folders for the tests: each data file valid on its own (one country, one place), as an office's
 * file per event is.
 */
public final class TestArchive {
    private TestArchive() {
    }

    /** A folder {@code name} in {@code parent} holding {@code a.json} with Kraków, in Poland. */
    public static Path krakow(Path parent, String name) {
        Path folder = parent.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(folder, "a.json", "PL", "Polska", "Poland", "krakow", "Kraków");
        return folder;
    }

    /**
     * A folder {@code name} in {@code parent} holding a copy of the bundled congress as an archive: its data file
     * and its source texts under {@code sources/}, for stories that edit, save or delete without touching the
     * bundled data.
     */
    public static Path congressCopy(Path parent, String name) {
        Path folder = parent.resolve(name);
        try {
            Files.createDirectories(folder.resolve("sources"));
            Files.copy(Path.of("data/congress-2016.json"), folder.resolve("congress-2016.json"));
            try (Stream<Path> texts = Files.list(Path.of("data/sources"))) {
                for (Path t : texts.toList()) {
                    Files.copy(t, folder.resolve("sources").resolve(t.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Writes a data file with one country and one place in it (replacing the file of that name). */
    public static Path write(Path folder, String file, String code, String countryPl, String countryEn, String id,
                             String place) {
        return writeText(folder, file, """
                {"schemaVersion": 1,
                 "sources": [],
                 "countries": [{"code": "%s", "names": {"pl": "%s", "en": "%s", "native": "%s"},
                   "evidence": [{"basis": "reference", "reason": {"pl": "ISO 3166-1", "en": "ISO 3166-1"}}]}],
                 "places": [{"id": "%s", "kind": "city", "names": {"pl": "%s", "en": "%s", "native": "%s"},
                   "country": "%s", "evidence": [{"basis": "reference", "reason": {"pl": "test", "en": "test"}}]}],
                 "venues": [], "organisations": [], "people": [], "events": []}
                """.formatted(code, countryPl, countryEn, countryPl, id, place, place, place, code));
    }

    /** A file cut off in the middle, as an editor's save caught half-way leaves it. */
    public static Path halfWritten(Path folder, String file) {
        return writeText(folder, file, """
                {"schemaVersion": 1,
                 "sources": [],
                 "countries": [{"code": "LT", "names": {"pl": "Lit""");
    }

    private static Path writeText(Path folder, String file, String text) {
        try {
            return Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
