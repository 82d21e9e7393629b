package app.delegations.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.ui.Allocations;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.RandomEdits;
import app.delegations.ui.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update's index ({@link DatasetIndex#updated}), which takes the unchanged records' texts from the index
 * before, answers every query the views ask as an index built afresh does: for random edits of a generated
 * dataset ({@link RandomEdits}), one after another.
 */
class DatasetIndexUpdateTest {
    @TempDir
    Path dir;

    @Test
    void anUpdatedIndexAnswersAsAFreshOneForRandomEditsOfAGeneratedDataset() throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(1_000), dir);
        Dataset data = new DatasetLoader().load(summary.file()).dataset().orElseThrow();
        var random = new Random(14);
        DatasetIndex index = DatasetIndex.build(data);
        for (int round = 0; round < 15; round++) {
            Dataset next = RandomEdits.edited(index.dataset(), random, 1 + random.nextInt(round % 5 == 4 ? 200 : 4));
            DatasetIndex patched = DatasetIndex.updated(index, next, Checkpoint.NONE);
            assertSameAnswers(DatasetIndex.build(next), patched, "round " + round);
            index = patched; // the next update starts from the patched one, as the window's do
        }
    }

    @Test
    void anEditOfTheCongressAnswersAsAFreshIndex() {
        Dataset data = TestData.congress();
        DatasetIndex before = DatasetIndex.build(data);
        var random = new Random(15);
        for (int round = 0; round < 20; round++) {
            Dataset next = RandomEdits.edited(data, random, 1 + random.nextInt(3));
            assertSameAnswers(DatasetIndex.build(next), DatasetIndex.updated(before, next, Checkpoint.NONE),
                    "round " + round);
        }
    }

    @Test
    void anUpdateOfOneRecordFoldsOnlyThatRecordsTexts() {
        Dataset data = TestData.congress();
        DatasetIndex before = DatasetIndex.build(data);
        Event e = data.events().get(3);
        Dataset next = DatasetEdits.with(data, DatasetEdits.retitled(e, "Monitoring"));
        DatasetIndex after = DatasetIndex.updated(before, next, Checkpoint.NONE);

        String[] was = before.searchTexts().events();
        String[] now = after.searchTexts().events();
        for (int i = 0; i < now.length; i++) {
            if (i != 3) {
                assertSame(was[i], now[i], "the text of an unchanged event is the one folded before");
            }
        }
        assertTrue(now[3].contains("monitoring"), now[3]);
        for (int i = 0; i < after.entries().size(); i++) {
            assertSame(before.entries().get(i).folded(), after.entries().get(i).folded());
        }
    }

    @Test
    void anUpdateOfOneRecordAllocatesLessThanABuild() throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(5_000), dir);
        Dataset data = new DatasetLoader().load(summary.file()).dataset().orElseThrow();
        DatasetIndex before = DatasetIndex.build(data);
        int at = data.events().size() / 2;
        Dataset next = DatasetEdits.with(data, DatasetEdits.retitled(data.events().get(at), "Monitoring"));
        long a0 = Allocations.ofThisThread();
        DatasetIndex.build(next);
        long built = Allocations.ofThisThread() - a0;
        long a1 = Allocations.ofThisThread();
        DatasetIndex.updated(before, next, Checkpoint.NONE);
        long updated = Allocations.ofThisThread() - a1;
        assertTrue(updated < built * 3 / 4, updated + " bytes for an update against " + built + " for a build");
    }

    /** Every query the views and the filter ask of an index answers the same on both. */
    static void assertSameAnswers(DatasetIndex fresh, DatasetIndex patched, String when) {
        Dataset d = fresh.dataset();
        assertSame(d, patched.dataset(), when);
        assertEquals(fresh.placesAndEvents(), patched.placesAndEvents(), when);
        assertEquals(fresh.entries(), patched.entries(), when);
        assertEquals(fresh.countryCodes(), patched.countryCodes(), when);
        for (int c = 0; c < fresh.countryCodes().size(); c++) {
            assertEquals(fresh.countrySearchText(c), patched.countrySearchText(c), when);
        }
        Columns a = fresh.columns();
        Columns b = patched.columns();
        assertArrayEquals(a.folded(), b.folded(), when);
        assertArrayEquals(a.country(), b.country(), when);
        assertArrayEquals(a.kind(), b.kind(), when);
        assertArrayEquals(a.roles(), b.roles(), when);
        SearchTexts s = fresh.searchTexts();
        SearchTexts t = patched.searchTexts();
        assertArrayEquals(s.events(), t.events(), when);
        assertArrayEquals(s.people(), t.people(), when);
        assertArrayEquals(s.organisations(), t.organisations(), when);
        assertArrayEquals(s.peopleStart(), t.peopleStart(), when);
        assertArrayEquals(s.peopleOfEvent(), t.peopleOfEvent(), when);
        assertArrayEquals(s.organisationsStart(), t.organisationsStart(), when);
        assertArrayEquals(s.organisationsOfEvent(), t.organisationsOfEvent(), when);
        EventDates x = fresh.dates();
        EventDates y = patched.dates();
        assertEquals(x.size(), y.size(), when);
        assertArrayEquals(x.years(), y.years(), when);
        assertEquals(x.lists(), y.lists(), when);
        for (int l = 0; l < x.lists(); l++) {
            assertArrayEquals(x.places(l), y.places(l), when);
        }
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.start(i), y.start(i), when);
            assertEquals(x.end(i), y.end(i), when);
            assertEquals(x.firstYear(i), y.firstYear(i), when);
            assertEquals(x.lastYear(i), y.lastYear(i), when);
            assertEquals(x.list(i), y.list(i), when);
        }
        for (Event e : d.events()) {
            assertEquals(x.position(e), y.position(e), when);
            assertEquals(s.eventAt(e.id()), t.eventAt(e.id()), when);
            assertEquals(fresh.participants(e), patched.participants(e), when);
            assertEquals(fresh.children(e), patched.children(e), when);
        }
        for (Person p : d.people()) {
            assertEquals(s.personAt(p.id()), t.personAt(p.id()), when);
        }
        for (Organisation o : d.organisations()) {
            assertEquals(s.organisationAt(o.id()), t.organisationAt(o.id()), when);
            assertEquals(fresh.organisationSearchText(o), patched.organisationSearchText(o), when);
        }
        for (Place p : d.places()) {
            assertEquals(fresh.entry(p.id()), patched.entry(p.id()), when);
            assertEquals(fresh.eventsOf(p.id()), patched.eventsOf(p.id()), when);
            assertEquals(fresh.mostSpecificEvents(p.id()), patched.mostSpecificEvents(p.id()), when);
        }
    }
}
