package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.ArchiveGenerator;
import app.delegations.bench.ArchiveSpec;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits checked one after another in a generated archive (2,000 records in 20 files, records shared between
 * files) give, each, what a full load of the archive saved with the edit gives: the same records when the check
 * passes, the same problems when it does not; most are merged from what the last merge kept.
 */
class GeneratedArchiveEditTest {
    @TempDir
    Path dir;

    @Test
    void everyCheckedEditGivesWhatAFullLoadGives() throws IOException {
        Path folder = ArchiveGenerator.generate(ArchiveSpec.of(2_000, 20), dir).archive();
        var loader = new ArchiveLoader(new DatasetLoader());
        var check = new RecordCheck(loader, CanonicalWriter::write);
        ArchiveDraft draft = ArchiveDraft.of(loader.open(folder, LoadProgress.NONE));
        var random = new Random(20161130);
        int fromMemo = 0;
        int refused = 0;
        for (int round = 0; round < 30; round++) {
            List<Event> events = draft.dataset().events();
            Event before = events.get(random.nextInt(events.size()));
            Event after = edited(before, random, draft.dataset());
            Change change = Change.of(RecordEdit.replace(before, after));
            ArchiveDraft applied = draft.apply(change);
            RecordCheck.Checked checked = check.check(applied, change);

            for (Map.Entry<String, byte[]> f : applied.allBytes(CanonicalWriter::write).entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            LoadResult full = loader.open(folder, LoadProgress.NONE).result();
            assertEquals(what(full.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList()), what(checked.problems().stream().map(FieldProblem::problem).toList()), after::toString);
            if (checked.ok()) {
                MergeMemo memo = draft.archive().memo();
                if (memo != null && memo.update(checked.draft().archive().archiveParts(),
                        new DatasetLoader().countries(), Checkpoint.of(LoadProgress.NONE)) != null) {
                    fromMemo++;
                }
                assertSameRecords(full.datasetOrNull(), checked.draft().dataset());
                assertEquals(what(full.problems()), what(checked.draft().archive().result().problems()));
                draft = checked.draft();
            } else {
                refused++;
                for (Map.Entry<String, byte[]> f : draft.allBytes(CanonicalWriter::write).entrySet()) {
                    Files.write(folder.resolve(f.getKey()), f.getValue()); // the edit is not taken
                }
            }
        }
        assertTrue(fromMemo > 10, "most edits merge from the memo: " + fromMemo);
        assertTrue(refused > 3, "some edits bring a problem: " + refused);
    }

    /** The event with one thing changed: its title, dates, order number, place or parent. */
    private static Event edited(Event e, Random random, Dataset data) {
        Names t = e.title();
        Names title = e.title();
        var start = e.start();
        var end = e.end();
        int order = e.order();
        String place = e.place();
        String parent = e.parent();
        switch (random.nextInt(5)) {
            case 0 -> title = new Names(t.pl(), t.en() + " (corrected)", t.nativeName(), t.aliases());
            case 1 -> {
                int days = random.nextInt(7) - 3;
                start = start.plusDays(days);
                end = end.plusDays(days);
            }
            case 2 -> order = order + 1 + random.nextInt(2);
            case 3 -> place = random.nextInt(4) == 0 ? "nowhere-at-all"
                    : data.places().get(random.nextInt(data.places().size())).id();
            default -> parent = random.nextBoolean() ? null
                    : data.events().get(random.nextInt(data.events().size())).id();
        }
        return new Event(e.id(), e.kind(), title, parent, start, end, order, e.venue(), place, e.description(),
                e.participants(), e.people(), e.organisations(), e.evidence());
    }

    private static void assertSameRecords(Dataset a, Dataset b) {
        assertEquals(List.of(a.sources(), a.countries(), a.places(), a.venues(), a.organisations(), a.people(),
                a.events()), List.of(b.sources(), b.countries(), b.places(), b.venues(), b.organisations(),
                b.people(), b.events()));
    }

    private static List<String> what(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p.file() + " " + p.path() + " " + p.text()).toList();
    }
}
