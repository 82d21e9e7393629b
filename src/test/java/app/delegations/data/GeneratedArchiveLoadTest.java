package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.ArchiveGenerator;
import app.delegations.bench.ArchiveSpec;
import app.delegations.model.Dataset;
import app.delegations.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated archive (2,000 records in 20 files: a gazetteer and event files referring to its places across
 * files, with identical duplicates) opens as exactly the records of the same data in one file; its bad variant's
 * cross-file mistakes are each reported once, naming the files involved.

 */
class GeneratedArchiveLoadTest {
    @TempDir
    static Path dir;
    private static ArchiveGenerator.Summary generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = ArchiveGenerator.generate(ArchiveSpec.of(2_000, 20), dir);
    }

    @Test
    void aGeneratedArchiveOpensAsTheSameRecordsAsOneFile() {
        LoadResult archive = open(generated.archive());
        assertEquals(List.of(), archive.problems().stream().limit(20).map(Problem::toString).toList());
        assertEquals(LoadResult.Status.LOADED, archive.status());
        Dataset merged = archive.datasetOrNull();
        Dataset one = new DatasetLoader().load(generated.oneFile()).datasetOrNull();
        assertEquals(Set.copyOf(one.countries()), Set.copyOf(merged.countries()));
        assertEquals(Set.copyOf(one.places()), Set.copyOf(merged.places()));
        assertEquals(Set.copyOf(one.venues()), Set.copyOf(merged.venues()));
        assertEquals(Set.copyOf(one.organisations()), Set.copyOf(merged.organisations()));
        assertEquals(Set.copyOf(one.people()), Set.copyOf(merged.people()));
        assertEquals(Set.copyOf(one.events()), Set.copyOf(merged.events()));
        assertEquals(texts(one), texts(merged), "the same notes, from the archive's sources/");
    }

    @Test
    void aGeneratedArchiveWithConflictsNamesBothFilesOfEachAndTheUnresolvedReference() {
        LoadResult bad = open(generated.badArchive());
        assertFalse(bad.ok());
        List<String> errors = bad.errors().stream().map(Problem::format).toList();
        for (ArchiveGenerator.Conflict c : generated.conflicts()) {
            assertTrue(errors.stream().anyMatch(e -> e.contains(c.file()) && e.contains(c.otherFile())
                    && e.contains(c.field())), c + " in " + shown(errors));
            assertTrue(errors.stream().anyMatch(e -> e.contains(c.file()) && e.contains(c.otherFile())
                    && e.matches(".*, where it appears as place \\d+ \\(.+\\): .*") && !e.contains(c.path())
                    && !e.contains(c.otherPath())), "the other file's record named as the app names a record ("
                    + "\"place 9495 (Kamesław)\"), not by its path: " + c + " in " + shown(errors));
        }
        ArchiveGenerator.Unresolved u = generated.unresolved();
        assertTrue(bad.errors().stream().anyMatch(p -> p.format().startsWith(u.file() + ":")
                && p.path().equals(u.path()) && p.format().contains(u.placeId())), u + " in " + shown(errors));
        assertEquals(generated.conflicts().size() + 1, errors.size(), "each mistake once: " + shown(errors));
    }

    private static LoadResult open(Path folder) {
        return new ArchiveLoader(new DatasetLoader()).open(folder, LoadProgress.NONE).result();
    }

    private static List<String> shown(List<String> errors) {
        return errors.stream().limit(20).toList();
    }

    private static Map<String, String> texts(Dataset d) {
        return d.sources().stream().collect(Collectors.toMap(Source::id, Source::text));
    }
}
