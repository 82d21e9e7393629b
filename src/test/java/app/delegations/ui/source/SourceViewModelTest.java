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
        assertTrue(passages.contains("Polski (Kraków, Gdańsk)"), passages.toString());
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
        String text = vm.sourceProperty().get().text();
        Passage count = ps.stream().filter(p -> text.startsWith("przedstawiciele 15 miast", p.start())).findFirst()
                .orElseThrow();
        assertTrue(count.inferred(), "the count of 15 is where the host was inferred from");
    }

    @Test
    void highlightsEventPassagesAndFocusesAChosenOne() {
        selection.select(data.event("governor-summary-2016-11-30").orElseThrow());
        assertEquals(List.of("Podsumowania konferencji dokonał Gubernator St. Petersburga Giorgij Połtawczenko,"
                        + " który podziękował zagranicznym gościom za udział w wydarzeniu i merytoryczny wkład"
                        + " w rozwój współpracy regionalnej"),
                highlighted().stream().map(p -> p.replaceAll("\\s+", " ")).toList());
        String text = vm.sourceProperty().get().text();
        int at = text.indexOf("Smolnym");
        vm.show(TestData.SOURCE, at, at + 7);
        assertEquals(new Passage(at, at + 7, false), vm.focusedProperty().get());
    }

    @Test
    void highlightsAnOrganisationsPassagesAndWhereAnEventNamesIt() {
        // in the file the one event naming an organisation quotes it inside the organisation's own passages;
        // here the summary names the authorities by the Governor, apart from where the note names them
        var events = new ArrayList<Event>();
        for (Event e : data.events()) {
            if (e.id().equals("governor-summary-2016-11-30")) {
                var evidence = new ArrayList<>(e.evidence());
                evidence.add(TestData.stated("Gubernator St. Petersburga Giorgij Połtawczenko", "organisations"));
                e = new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), e.order(), e.venue(),
                        e.place(), e.description(), e.participants(), e.people(),
                        List.of("saint-petersburg-authorities"), evidence);
            }
            events.add(e);
        }
        Dataset withSummary = new Dataset(data.schemaVersion(), data.sources(), data.countries(), data.places(),
                data.venues(), data.organisations(), data.people(), events);
        vm.setData(withSummary);
        selection.select(withSummary.organisation("saint-petersburg-authorities").orElseThrow());
        List<String> passages = highlighted().stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        assertTrue(passages.contains("w Smolnym – siedzibie władz St. Petersburga"), "its own: " + passages);
        assertTrue(passages.contains("Gubernator St. Petersburga Giorgij Połtawczenko"),
                "where the summary names it: " + passages);
        assertEquals(2, passages.size(), "not the summary's other passages: " + passages);
    }

    @Test
    void highlightsAPersonsPassagesAndTheirAttendanceAtEvents() {
        selection.select(data.person("rihter").orElseThrow());
        List<String> passages = highlighted().stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        assertEquals(List.of("goście honorowi, jak np. Dyrektor Fundacji Forum Kultur Słowiańskich dr Andreja Rihter"),
                passages, "her attendance at the congress, which holds the passage naming her position");
        selection.select(data.person("poltavchenko").orElseThrow());
        passages = highlighted().stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        assertTrue(passages.stream().anyMatch(p -> p.contains("Podsumowania konferencji dokonał")),
                "his speech at the summary: " + passages);
    }
}
