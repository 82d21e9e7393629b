package app.delegations.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Selection;
import app.delegations.ui.source.SourceViewModel.Passage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourceViewModelTest {
    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private final SourceViewModel vm = new SourceViewModel(selection);

    @BeforeEach
    void setUp() {
        vm.setData(data);
    }

    private List<String> highlighted() {
        String text = vm.sourceProperty().get().text();
        return vm.passagesProperty().get().stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void showsTheNoteWithNothingHighlightedAtFirst() {
        assertEquals(TestData.SOURCE, vm.sourceProperty().get().id());
        assertTrue(vm.passagesProperty().get().isEmpty());
    }

    @Test
    void highlightsThePassagesOfTheSelectedPlace() {
        selection.select(data.place("krakow").orElseThrow());
        List<String> passages = highlighted();
        assertTrue(passages.contains("(Kraków,"), passages.toString());
        assertTrue(passages.contains("Kraków przedstawił na konferencji dwie prezentacje"), passages.toString());
        assertEquals(vm.passagesProperty().get().get(0), vm.focusedProperty().get(), "scrolls to the first");
    }

    @Test
    void passagesAreInOrderAndDoNotOverlap() {
        selection.select(data.place("saint-petersburg").orElseThrow());
        List<Passage> ps = vm.passagesProperty().get();
        for (int i = 1; i < ps.size(); i++) {
            assertTrue(ps.get(i).start() > ps.get(i - 1).end());
        }
        assertTrue(ps.get(0).inferred(), "the count of 15 is where the host was inferred from");
    }

    @Test
    void highlightsEventPassagesAndFocusesAChosenOne() {
        selection.select(data.event("summary").orElseThrow());
        assertEquals(List.of("Podsumowania konferencji dokonał"), highlighted());
        String text = vm.sourceProperty().get().text();
        int at = text.indexOf("Smolnym");
        vm.show(TestData.SOURCE, at, at + 7);
        assertEquals(new Passage(at, at + 7, false), vm.focusedProperty().get());
    }

    @Test
    void highlightsAnOrganisationsPassagesAndWhereAnEventNamesIt() {
        var events = new ArrayList<Event>();
        for (Event e : data.events()) {
            if (e.id().equals("visit-universities")) {
                var evidence = new ArrayList<>(e.evidence());
                evidence.add(TestData.stated("kształcące specjalistów z sektora IT", "organisations"));
                e = new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(),
                        e.place(), e.description(), e.participants(), e.people(), List.of("monitoring-centre"), evidence);
            }
            events.add(e);
        }
        Dataset withVisit = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        vm.setData(withVisit);
        selection.select(withVisit.organisation("monitoring-centre").orElseThrow());
        List<String> passages = highlighted().stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        assertTrue(passages.contains("Miejskim Centrum Monitoringu"), "its own: " + passages);
        assertTrue(passages.contains("kształcące specjalistów z sektora IT"), "where the visit names it: " + passages);
        assertEquals(2, passages.size(), "not the visit's other passages: " + passages);
    }
}
