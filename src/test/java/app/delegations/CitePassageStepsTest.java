package app.delegations;

import static app.delegations.UiSession.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Place;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The model-based test's "cite a passage" steps, in a fixed order on the session's archive: open it, cite a
 * passage for Kraków as a whole ("Kijowa" comes twice, so its quote is widened), one for Poland's first field,
 * save — with every invariant checked after each step, as the random sequences do.
 */
class CitePassageStepsTest {
    private UiSession s;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void close() {
        if (s != null) {
            s.close();
        }
    }

    private void step(String description, Runnable run) {
        s.log.add(description);
        run.run();
        fx(() -> {
            Invariants.checkAll(s);
            return null;
        });
    }

    @Test
    void theSessionsArchiveLoadsWithoutAnyProblemAsASavedOneMust() {
        s = UiSession.start(null, prefs -> { }, List.of());
        Archive read = new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(s.archive(), LoadProgress.NONE);
        assertEquals(List.of(), read.result().problems());
        assertTrue(read.result().datasetOrNull().source(UiSession.NOTE_ID).isPresent());
    }

    @Test
    void twoPassagesCitedInTheSourceViewAreInTheirRecordsAndOnDiskAfterSave() {
        s = UiSession.start(null, prefs -> { }, List.of());
        step("open the test archive", () -> UserActions.openArchive(s));
        step("cite Kijowa for Krakow", () -> UserActions.cite(s, "Kijowa", "krakow", -1));
        step("cite Polska strona for Poland's first field", () -> UserActions.cite(s, "Polska strona", "poland", 0));
        Place krakow = fx(() -> s.app().editing().session().dataset().place("krakow").orElseThrow());
        Citation last = krakow.evidence().get(krakow.evidence().size() - 1);
        assertEquals("Kijowa odwiedziła", last.quote(), "widened until it comes once in the note");
        assertEquals(List.of(), last.fields(), "the record as a whole");
        Country poland = fx(() -> s.app().editing().session().dataset().country("PL").orElseThrow());
        Citation polska = poland.evidence().get(poland.evidence().size() - 1);
        assertEquals("Polska strona", polska.quote());
        assertEquals(1, polska.fields().size(), "the field ticked");
        step("Ctrl+S", () -> UserActions.save(s));
        assertTrue(fx(() -> !s.app().editing().session().dirty()), "saved");
    }
}
