package app.delegations.data.edit;

import static app.delegations.data.edit.EditArchive.CONGRESS;
import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static app.delegations.data.edit.EditArchive.POLAND;
import static app.delegations.data.edit.EditArchive.SESSION;
import static app.delegations.data.edit.EditArchive.UKRAINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who refers to a record (what a Delete takes off or along is {@link RemovalTest}). */
class ReferencesTest {
    private final Dataset data = EditArchive.file(List.of(POLAND, UKRAINE), List.of(KRAKOW, LVIV),
            List.of(CONGRESS, SESSION));

    @Test
    void anEventRefersToItsPlaceParticipantsAndParent() {
        assertTrue(References.of(SESSION).contains(new References.Ref(Event.class, CONGRESS.id())));
        assertTrue(References.of(CONGRESS).contains(new References.Ref(Place.class, "lviv")));
    }

    @Test
    void referrersInTheDatasOrder() {
        assertEquals(List.of(KRAKOW), References.to(data, POLAND));
        assertEquals(List.of(CONGRESS, SESSION), References.to(data, KRAKOW));
        assertEquals(List.of(CONGRESS), References.to(data, LVIV));
    }
}
