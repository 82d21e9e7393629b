package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.ui.RandomEdits;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.people.PersonColumn;
import app.delegations.ui.people.PersonRow;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update makes rows only for what changed and takes the others again: for random edits of a generated dataset
 * (records renamed, added, removed, moved, re-made unchanged; countries, venues, parent events and organisations
 * renamed, which other records' rows show), one after another, the rows of the update show exactly what a full build's do.
 */
class RowsRemadeTest {
    private final Messages messages = Messages.of(UiLanguage.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void theRowsOfAnUpdateShowWhatAFullBuildsDoForRandomEdits() throws IOException {
        var summary = DatasetGenerator.generate(GeneratorSpec.of(1_000), dir);
        Dataset data = new DatasetLoader().load(summary.file()).dataset().orElseThrow();
        var random = new Random(16);
        DatasetIndex index = DatasetIndex.build(data);
        List<PlaceRow> places = PlaceRow.build(index, messages);
        List<EventRow> events = EventRow.build(index, messages, Checkpoint.NONE);
        List<PersonRow> people = PersonRow.build(index, messages, Checkpoint.NONE);
        List<OrganisationRow> organisations = OrganisationRow.build(index, messages, Checkpoint.NONE);
        int kept = 0;
        int keptEvents = 0;
        int keptOthers = 0;
        for (int round = 0; round < 25; round++) {
            Dataset next = RandomEdits.edited(index.dataset(), random, 1 + random.nextInt(round % 5 == 4 ? 100 : 3));
            DatasetIndex after = DatasetIndex.updated(index, next, Checkpoint.NONE);
            List<PlaceRow> placesNow = PlaceRow.build(after, messages, Checkpoint.NONE, places);
            List<EventRow> eventsNow = EventRow.rebuild(index, events, after, messages, Checkpoint.NONE);
            List<PersonRow> peopleNow = PersonRow.rebuild(index, people, after, messages, Checkpoint.NONE);
            List<OrganisationRow> organisationsNow = OrganisationRow.rebuild(index, organisations, after, messages,
                    Checkpoint.NONE);
            String when = "round " + round;
            assertSameRows(PlaceRow.build(after, messages), placesNow,
                    (r, i) -> r.id() + texts(r, PlaceColumn.values(), PlaceRow::text) + r.entry(), when);
            List<EventRow> freshEvents = EventRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshEvents, eventsNow,
                    (r, i) -> r.id() + r.depth() + texts(r, EventColumn.values(), EventRow::text), when);
            for (int i = 0; i < eventsNow.size(); i++) {
                assertTrue(freshEvents.get(i).sameAs(eventsNow.get(i)), when + ", event row " + i);
            }
            List<PersonRow> freshPeople = PersonRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshPeople, peopleNow, (r, i) -> r.id() + texts(r, PersonColumn.values(), PersonRow::text),
                    when);
            List<OrganisationRow> freshOrganisations = OrganisationRow.build(after, messages, Checkpoint.NONE);
            assertSameRows(freshOrganisations, organisationsNow,
                    (r, i) -> r.id() + texts(r, OrganisationColumn.values(), OrganisationRow::text), when);
            for (int i = 0; i < peopleNow.size(); i++) {
                assertTrue(freshPeople.get(i).sameAs(peopleNow.get(i)), when + ", person row " + i);
            }
            for (int i = 0; i < organisationsNow.size(); i++) {
                assertTrue(freshOrganisations.get(i).sameAs(organisationsNow.get(i)), when + ", organisation row " + i);
            }
            var before = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
            before.addAll(places);
            before.addAll(events);
            before.addAll(people);
            before.addAll(organisations);
            kept += (int) placesNow.stream().filter(before::contains).count();
            keptEvents += (int) eventsNow.stream().filter(before::contains).count();
            keptOthers += (int) peopleNow.stream().filter(before::contains).count()
                    + (int) organisationsNow.stream().filter(before::contains).count();
            index = after;
            places = placesNow;
            events = eventsNow;
            people = peopleNow;
            organisations = organisationsNow;
        }
        assertTrue(kept > 0, "the rows of unchanged places are taken again");
        assertTrue(keptEvents > 0, "the rows of unchanged events are taken again");
        assertTrue(keptOthers > 0, "the rows of unchanged people and organisations are taken again");
    }

    private static <R, C> String texts(R row, C[] columns, BiFunction<R, C, String> text) {
        var out = new StringBuilder();
        for (C c : columns) {
            out.append('|').append(text.apply(row, c));
        }
        return out.toString();
    }

    private static <R> void assertSameRows(List<R> fresh, List<R> remade, BiFunction<R, Integer, String> shown,
                                           String when) {
        assertEquals(fresh.size(), remade.size(), when);
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(shown.apply(fresh.get(i), i), shown.apply(remade.get(i), i), when + ", row " + i);
        }
    }
}
