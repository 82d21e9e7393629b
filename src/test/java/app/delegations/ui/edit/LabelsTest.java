package app.delegations.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.data.edit.EditArchive;
import app.delegations.model.Event;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A record as a question names it: an event by its title and its dates as the window writes them, not ISO. */
class LabelsTest {
    private static final Event TWO_DAYS = withDates(EditArchive.CONGRESS, LocalDate.of(2016, 11, 29),
            LocalDate.of(2016, 11, 30));

    private static Event withDates(Event e, LocalDate start, LocalDate end) {
        return new Event(e.id(), e.kind(), e.title(), e.parent(), start, end, e.order(), e.venue(), e.place(),
                e.description(), e.participants(), e.people(), e.organisations(), e.evidence());
    }

    @Test
    void aTwoDayCongressIsNamedWithBothDaysInThePolishWindow() {
        assertEquals("wydarzenie Kongres, 29–30 listopada 2016 (congress-2016)",
                Labels.of(TWO_DAYS, Messages.of(UiLanguage.POLISH)));
    }

    @Test
    void aTwoDayCongressIsNamedWithBothDaysInTheEnglishWindow() {
        assertEquals("event Kongres, 29–30 November 2016 (congress-2016)",
                Labels.of(TWO_DAYS, Messages.of(UiLanguage.ENGLISH)));
    }
}
