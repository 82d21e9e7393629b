package app.delegations.ui.edit;

import static app.delegations.data.edit.EditArchive.KRAKOW;
import static app.delegations.data.edit.EditArchive.LVIV;
import static app.delegations.data.edit.EditArchive.POLAND;
import static app.delegations.data.edit.EditArchive.UKRAINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.Removal;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete… of a record others refer to (officer2 D13, officer5 D2): the question names the record, says in either
 * language with its plural forms which records lose their mention of it and which go with it and why, and is asked
 * so that Enter cancels.
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
    void theQuestionSaysThePlaceLeavesTheEventsItAttendedInEnglish() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.ENGLISH);
        assertEquals("Delete place Lviv (lviv)?\n\n"
                + "It will also be removed from the participants of 1 event:\n"
                + "• event Kongres, 28 November 2016 (congress-2016)\n\n"
                + "Nothing else changes. Edit › Undo (Ctrl+Z) puts it all back; nothing is deleted if you cancel.",
                asked.message(), "the congress and its session stay: only Lviv's mention goes");
        assertEquals(List.of("_Delete", "Cancel"), asked.choices());
    }

    @Test
    void theQuestionSaysThePlaceLeavesTheEventsItAttendedInPolish() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.POLISH);
        assertEquals("Usunąć rekord: miejsce Lwów (lviv)?\n\n"
                + "Zniknie też z listy uczestników 1 wydarzenia:\n"
                + "• wydarzenie Kongres, 28 listopada 2016 (congress-2016)\n\n"
                + "Nic więcej się nie zmieni. Edycja › Cofnij (Ctrl+Z) przywróci wszystko. Jeśli anulujesz, nic nie"
                + " zostanie usunięte.", asked.message());
        assertEquals(List.of("_Usuń", "Anuluj"), asked.choices());
    }

    @Test
    void anEventsSubEventsGoWithItAndTheQuestionSaysWhyWithPolishPlurals() {
        Path folder = EditArchive.write(dir, "event");
        RecordCheck check = EditArchive.check();
        var session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> Messages.of(UiLanguage.POLISH), Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs,
                () -> Messages.of(UiLanguage.POLISH));
        var commands = new EditCommands(session, saving, autosave, dialogs, () -> Messages.of(UiLanguage.POLISH),
                Runnable::run, p -> { });
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);
        assertFalse(commands.delete(EditArchive.CONGRESS).join(), "cancelled");
        RecordingDialogs.Choice asked = dialogs.asked.get(dialogs.asked.size() - 1);
        assertEquals("Usunąć rekord: wydarzenie Kongres, 28 listopada 2016 (congress-2016)?\n\n"
                + "Usunięty zostanie też 1 rekord, który nie może bez niego istnieć:\n"
                + "• wydarzenie Otwarcie, 28 listopada 2016 (opening-session) – należy do usuwanego wydarzenia\n\n"
                + "Nic więcej się nie zmieni. Edycja › Cofnij (Ctrl+Z) przywróci wszystko. Jeśli anulujesz, nic nie"
                + " zostanie usunięte.", asked.message());
        assertEquals(List.of("_Usuń 2 rekordy", "Anuluj"), asked.choices());
    }

    @Test
    void theQuestionIsAskedSoThatEnterCancels() {
        RecordingDialogs.Choice asked = deleteLviv(UiLanguage.ENGLISH);
        assertEquals(List.of(asked), dialogs.askedCarefully, "a destructive cascade: Cancel is the default button");
    }

    /**
     * Officer7 MINOR-G: the events a place leaves, and those that go with it, are listed in date order (first
     * day, then the order the source mentions them in), as the details' meetings are, not in the data's order
     * (where a later file's new visits come first).
     */
    @Test
    void theQuestionListsTheEventsInDateOrderAsTheDetailsDo() {
        Event visit2023 = EditArchive.event("visit-2023", EventKind.VISIT, "Wizyta 2023", null,
                LocalDate.of(2023, 10, 18), "krakow", List.of("krakow", "lviv"));
        Event visit2019 = EditArchive.event("visit-2019", EventKind.VISIT, "Wizyta 2019", null,
                LocalDate.of(2019, 5, 14), "krakow", List.of("krakow", "lviv"));
        Event alone2021 = EditArchive.event("alone-2021", EventKind.VISIT, "Sama 2021", null,
                LocalDate.of(2021, 9, 20), "lviv", List.of("lviv"));
        Event alone2018 = EditArchive.event("alone-2018", EventKind.VISIT, "Sama 2018", null,
                LocalDate.of(2018, 3, 1), "lviv", List.of("lviv"));
        var data = EditArchive.file(List.of(POLAND, UKRAINE), List.of(KRAKOW, LVIV),
                List.of(visit2023, alone2021, visit2019, EditArchive.CONGRESS, alone2018));
        String message = DeleteQuestion.message(Removal.of(data, LVIV), Messages.of(UiLanguage.POLISH));
        assertEquals("Usunąć rekord: miejsce Lwów (lviv)?\n\n"
                + "Zniknie też z listy uczestników 3 wydarzeń:\n"
                + "• wydarzenie Kongres, 28 listopada 2016 (congress-2016)\n"
                + "• wydarzenie Wizyta 2019, 14 maja 2019 (visit-2019)\n"
                + "• wydarzenie Wizyta 2023, 18 października 2023 (visit-2023)\n\n",
                message.substring(0, message.indexOf("Usunięte zostaną też")), "the events it leaves, by date");
        assertTrue(message.contains("istnieć:\n• wydarzenie Sama 2018, 1 marca 2018 (alone-2018)"
                + " – nie ma innych uczestników\n• wydarzenie Sama 2021, 20 września 2021 (alone-2021)"), message);
    }
}
