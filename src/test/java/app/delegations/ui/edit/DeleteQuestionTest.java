package app.delegations.ui.edit;

import static app.delegations.data.edit.EditArchive.LVIV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete… of a record others refer to (officer2 D13): the question names the record and the counts in their places,
 * in either language with its plural forms, lists every record that goes with it (not only those referring to it
 * directly), and is asked so that Enter cancels.
 */
class DeleteQuestionTest {
    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Edit › Delete of Lviv, cancelled, in {@code language}: the question asked. */
    private RecordingDialogs.Choice deleteLviv(UiLanguage language) {
        Path folder = EditArchive.write(dir, "archive-" + language);
        RecordCheck check = EditArchive.check();
        var session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> Messages.of(language), Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs,
                () -> Messages.of(language));
        var later = new ArrayList<Runnable>();
        var commands = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(language), later::add,
                p -> { });
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);
        later.forEach(Runnable::run);
        assertFalse(commands.delete(LVIV).join(), "cancelled");
        assertTrue(session.dataset().place("lviv").isPresent(), "nothing deleted");
        return dialogs.asked.get(dialogs.asked.size() - 1);
    }

    @Test
    void theQuestionNamesThePlaceAndCountsEveryRecordThatGoesWithItInEnglish() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.ENGLISH);
        assertEquals("The 2 records below refer to place Lviv (lviv), directly or indirectly; deleting it deletes 3"
                + " records in all. Nothing is deleted if you cancel.\n"
                + "• event Kongres, 2016-11-28 (congress-2016)\n"
                + "• event Otwarcie, 2016-11-28 (opening-session)", asked.message(),
                "the session, which refers to the congress and not to Lviv, is listed too");
        assertEquals(List.of("_Delete 3 records", "Cancel"), asked.choices());
    }

    @Test
    void theQuestionNamesThePlaceAndCountsEveryRecordThatGoesWithItInPolish() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.POLISH);
        assertEquals("Do miejsca Lwów (lviv) odwołują się, wprost lub pośrednio, 2 rekordy wymienione poniżej;"
                + " łącznie zostaną usunięte 3 rekordy. Jeśli anulujesz, nic nie zostanie usunięte.\n"
                + "• wydarzenie Kongres, 2016-11-28 (congress-2016)\n"
                + "• wydarzenie Otwarcie, 2016-11-28 (opening-session)", asked.message());
        assertEquals(List.of("_Usuń 3 rekordy", "Anuluj"), asked.choices());
    }

    @Test
    void theQuestionIsAskedSoThatEnterCancels() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.ENGLISH);
        assertEquals(List.of(asked), dialogs.askedCarefully, "a destructive cascade: Cancel is the default button");
    }
}
