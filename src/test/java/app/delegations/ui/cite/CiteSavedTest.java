package app.delegations.ui.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import app.delegations.data.QuoteWidening.Quote;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.edit.ArchiveSaving;
import app.delegations.ui.edit.Autosave;
import app.delegations.ui.edit.EditCommands;
import app.delegations.ui.edit.EditSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New source and Cite for… through the real edit session, saved and read back by the loader: the note is
 * written as sources/&lt;id&gt;.txt, and the widened quote is found by the loader exactly where it was selected.
 */
class CiteSavedTest {
    private static final String NOTE = "Delegacja z Kijowa odwiedziła Kraków.\r\nGoście z Kijowa byli w Krakowie.";

    @TempDir
    Path dir;

    @Test
    void aNewSourceAndACitationSaveAndLoadBackAsTheyWereMade() throws IOException {
        Path folder = EditArchive.write(dir, "archive");
        var dialogs = new RecordingDialogs();
        Supplier<Messages> m = () -> Messages.of(UiLanguage.ENGLISH);
        RecordCheck check = EditArchive.check();
        var session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs, m,
                Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs, m);
        var commands = new EditCommands(session, saving, autosave, dialogs, m, Runnable::run, p -> { });
        Archive archive = EditArchive.open(folder);
        commands.shown(archive.result().datasetOrNull(), archive);

        var newSource = new NewSourceModel(session);
        newSource.start();
        newSource.textProperty().set(NOTE);
        newSource.titlePlProperty().set("Notatka z wizyty z Kijowa");
        newSource.titleEnProperty().set("Note of the Kyiv visit");
        newSource.dateProperty().set(LocalDate.of(2025, 3, 12));
        assertTrue(newSource.create().join(), () -> String.valueOf(newSource.problemsProperty().get()));
        Source note = session.dataset().source(newSource.createdProperty().get().id()).orElseThrow();

        var cite = new CiteModel(session);
        int second = note.text().indexOf("Kijowa", note.text().indexOf("Kijowa") + 1);
        assertTrue(cite.open(note, second, second + "Kijowa".length()));
        Quote quote = cite.quoteProperty().get();
        assertEquals("Kijowa byli", quote.text(), "'z Kijowa' comes twice; 'Kijowa byli' once");
        cite.searchProperty().set("krakow");
        cite.recordProperty().set(cite.candidates().stream().filter(r -> r instanceof Place).findFirst().orElseThrow());
        cite.chosenFields().add("names.pl");
        assertTrue(cite.confirm().join(), () -> String.valueOf(cite.problemsProperty().get()));
        assertTrue(commands.save());

        assertEquals(NOTE.replace("\r\n", "\n"), Files.readString(folder.resolve(note.file()), StandardCharsets.UTF_8));
        Archive reopened = EditArchive.open(folder);
        assertEquals(List.of(), reopened.result().problems());
        Dataset d = reopened.result().datasetOrNull();
        Place krakow = d.place("krakow").orElseThrow();
        Citation c = krakow.evidence().get(krakow.evidence().size() - 1);
        assertEquals(quote.text(), c.quote());
        assertEquals(quote.start(), c.start(), "the loader finds the quote where it was selected");
        assertEquals(quote.end(), c.end());
        assertEquals(note.title(), d.source(note.id()).orElseThrow().title());
    }
}
