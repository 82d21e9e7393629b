package app.delegations.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Selection;
import org.junit.jupiter.api.Test;

class DetailsHistoryTest {
    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private final DetailsHistory history = new DetailsHistory(selection);
    private final Entity krakow = data.place("krakow").orElseThrow();
    private final Entity strategy = data.event("krakow-strategy-presentation-2016-11-30").orElseThrow();
    private final Entity conference = data.event("conference-smolny-2016-11-30").orElseThrow();
    private final Entity serbia = data.country("RS").orElseThrow();

    @Test
    void backAndForwardRetraceTheLinksFollowed() {
        selection.select(krakow);
        assertFalse(history.canGoBackProperty().get());
        history.follow(strategy);
        history.follow(conference);
        assertEquals(conference, selection.get());
        assertTrue(history.canGoBackProperty().get());
        assertFalse(history.canGoForwardProperty().get());

        history.back();
        assertEquals(strategy, selection.get());
        assertTrue(history.canGoForwardProperty().get());
        history.back();
        assertEquals(krakow, selection.get());
        assertFalse(history.canGoBackProperty().get());
        history.back();
        assertEquals(krakow, selection.get(), "nothing further back: stays");

        history.forward();
        history.forward();
        assertEquals(conference, selection.get());
        assertFalse(history.canGoForwardProperty().get());
    }

    @Test
    void followingALinkAfterGoingBackForgetsForward() {
        selection.select(krakow);
        history.follow(strategy);
        history.back();
        history.follow(conference);
        assertFalse(history.canGoForwardProperty().get());
        history.back();
        assertEquals(krakow, selection.get());
    }

    @Test
    void aSelectionFromATableIsNotAStepButBackLeavesIt() {
        selection.select(krakow);
        history.follow(strategy);
        selection.select(serbia); // chosen in the Countries table
        assertTrue(history.canGoBackProperty().get());
        history.back();
        assertEquals(krakow, selection.get(), "back to where the link was followed from");
        history.forward();
        assertEquals(serbia, selection.get(), "forward to the record Back left");
    }

    @Test
    void aStepToTheRecordAlreadyShownIsSkipped() {
        selection.select(krakow);
        history.follow(strategy);
        history.follow(strategy); // the same link twice is one step
        selection.select(krakow); // and the user came back by the table
        history.back();
        assertEquals(krakow, selection.get());
        assertFalse(history.canGoBackProperty().get());
    }

    @Test
    void clearForgetsBothDirections() {
        selection.select(krakow);
        history.follow(strategy);
        history.back();
        history.clear();
        assertFalse(history.canGoBackProperty().get());
        assertFalse(history.canGoForwardProperty().get());
    }
}
