package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export proposes a name a colleague on Windows can open, and a chosen name Windows would refuse is refused
 * with the reason in the officer's language and the chooser offered again, proposing the name made acceptable. A
 * view's picture is proposed, as a table, under the view's name and what narrows it.
 */
class ExportNamesTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final TestPng png = new TestPng();

    @TempDir
    Path dir;

    private Exports exports(UiLanguage language) {
        return new Exports(dialogs, () -> Messages.of(language), Runnable::run);
    }

    @Test
    void aSuggestionMadeFromATitleHoldsNoCharacterWindowsForbids() {
        png.suggested = "Kongres: Serbia? 2016/17.png";
        exports(UiLanguage.ENGLISH).run(png); // the chooser is cancelled
        assertEquals(List.of("Kongres - Serbia 2016 - 17.png"), dialogs.suggestedNames);
    }

    /** Slovakia ticked in the filter pane, as the filter says it. */
    private static final Narrowing SLOVAKIA = new Narrowing() {
        @Override
        public List<String> parts(Messages m) {
            return List.of(m.language() == UiLanguage.POLISH ? "kraj Słowacja" : "country Slovakia");
        }

        @Override
        public List<String> names(Messages m) {
            return List.of(m.language() == UiLanguage.POLISH ? "Słowacja" : "Slovakia");
        }
    };

    private Exports exports(UiLanguage language, Narrowing narrowing) {
        return new Exports(dialogs, () -> Messages.of(language), Runnable::run, Exports.PROGRESS_AFTER, null,
                new ExportNote(narrowing, Clock.systemUTC()));
    }

    @Test
    void aViewsPictureIsProposedUnderTheViewsNameInTheWindowsLanguageAndWhatNarrowsIt() {
        var map = new PngExport("menuExportMap", "map.export.menu", "map.export.title", "map.export.failed",
                m -> m.get("tab.map"), new SimpleBooleanProperty(true), file -> {
                });
        exports(UiLanguage.POLISH, SLOVAKIA).run(map); // each chooser cancelled
        exports(UiLanguage.POLISH, Narrowing.NONE).run(map);
        exports(UiLanguage.ENGLISH, SLOVAKIA).run(map);
        assertEquals(List.of("Mapa – Słowacja.png", "Mapa.png", "Map – Slovakia.png"), dialogs.suggestedNames);
    }

    @Test
    void aFileOfOneRecordKeepsItsNameWhateverTheFilter() {
        png.suggested = "notatka – Kraków";
        exports(UiLanguage.POLISH, SLOVAKIA).run(png);
        assertEquals(List.of("notatka – Kraków.png"), dialogs.suggestedNames);
    }

    @Test
    void aChosenNameWindowsForbidsIsRefusedAndTheChooserOfferedAgain() {
        dialogs.filesToChoose.add(dir.resolve("raport: Serbia?.png"));
        dialogs.filesToChoose.add(dir.resolve("raport - Serbia.png"));
        exports(UiLanguage.ENGLISH).run(png);

        assertEquals(1, dialogs.errors.size());
        assertEquals("The name “raport: Serbia?.png” contains the characters “: ?”, which Windows does not allow in a"
                + " file name; a colleague on Windows could not open it. Choose another name.",
                dialogs.errors.get(0).message());
        assertEquals(List.of("timeline.png", "raport - Serbia.png"), dialogs.suggestedNames,
                "offered again, the name made acceptable");
        assertEquals(dir, dialogs.saveFolders.get(1), "offered again in the folder chosen");
        assertEquals(List.of(dir.resolve("raport - Serbia.png")), png.written, "only the acceptable name written");
    }

    @Test
    void aRefusedNameThenCancelledWritesNothing() {
        dialogs.filesToChoose.add(dir.resolve("CON.png"));
        exports(UiLanguage.POLISH).run(png);
        assertTrue(png.written.isEmpty());
        assertEquals("Nazwę „CON.png” Windows rezerwuje dla urządzenia (CON); współpracownik korzystający z Windows"
                + " nie otworzyłby tego pliku. Wybierz inną nazwę.", dialogs.errors.get(0).message());
        assertEquals("CON_.png", dialogs.suggestedNames.get(1));
    }

    @Test
    void theExtensionAddedMakesNoNameForbidden() {
        dialogs.filesToChoose.add(dir.resolve("raport"));
        exports(UiLanguage.ENGLISH).run(png);
        assertEquals(List.of(dir.resolve("raport.png")), png.written);
        assertTrue(dialogs.errors.isEmpty());
    }
}
