package app.delegations.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.ui.Shapes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index follows its rules on any file, parent loops and repeated participants included: compared, on
 * seeded random files, with the rules written out plainly (walk up to the first event naming participants;
 * every bucket from an event's first day to its last).
 */
class DatasetIndexRuleTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void participantsEventsAndPeriodsFollowTheRules(long seed) {
        var random = new Random(seed);
        int spanDays = new int[] {30, 1_000, 20_000}[(int) (seed % 3)]; // by day, by month, by year
        List<Place> places = Shapes.places(20);
        var events = new ArrayList<Event>();
        LocalDate first = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 300; i++) {
            String parent = random.nextInt(4) == 0 ? null : "e" + random.nextInt(300); // loops too
            var named = new ArrayList<String>();
            for (int k = random.nextInt(3) == 0 ? 1 + random.nextInt(6) : 0; k > 0; k--) {
                named.add("p" + random.nextInt(places.size())); // repeats too
            }
            LocalDate start = first.plusDays(random.nextInt(spanDays));
            LocalDate end = start.plusDays(random.nextInt(1 + spanDays / 10));
            events.add(Shapes.event("e" + i, parent, start, end, named));
        }
        Dataset data = Shapes.dataset(places, events);
        DatasetIndex index = DatasetIndex.build(data);

        for (Event e : events) {
            assertEquals(inherited(data, e), index.participants(e), e.id());
        }
        for (Place p : places) {
            var of = new ArrayList<Event>();
            for (Event e : events) {
                if (inherited(data, e).contains(p.id())) {
                    of.add(e);
                }
            }
            assertEquals(of, index.eventsOf(p.id()), p.id());
        }
    }

    /** The rule: the first event up the parent chain that names participants, each once; none on a loop. */
    private static List<String> inherited(Dataset data, Event event) {
        var seen = new HashSet<String>();
        for (Event e = event; e != null && seen.add(e.id()); e = e.parent() == null ? null
                : data.event(e.parent()).orElse(null)) {
            if (!e.participants().isEmpty()) {
                var ids = new LinkedHashSet<String>();
                for (Participation p : e.participants()) {
                    ids.add(p.place());
                }
                return List.copyOf(ids);
            }
        }
        return List.of();
    }
}
