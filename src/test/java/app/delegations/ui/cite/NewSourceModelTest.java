package app.delegations.ui.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.text.Msg;
import app.delegations.ui.common.MemoryEditing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › New source: a pasted note or a UTF-8 file, with title, date and language, added as one change. */
class NewSourceModelTest {
    @TempDir
    Path dir;

    private final MemoryEditing editing = new MemoryEditing(Dataset.empty());
    private final NewSourceModel vm = new NewSourceModel(editing);

    @Test
    void aPastedNoteBecomesSourcesIdTxt() {
        vm.start();
        assertFalse(vm.canCreateProperty().get());
        vm.textProperty().set("Delegacja z Kijowa\r\nodwiedziła Kraków.");
        vm.titlePlProperty().set("Notatka z wizyty delegacji Kijowa");
        vm.titleEnProperty().set("Note of the Kyiv delegation's visit");
        vm.dateProperty().set(LocalDate.of(2025, 3, 12));
        assertEquals(List.of(), vm.problemsProperty().get());
        assertTrue(vm.create().join());
        Source s = (Source) editing.commits().get(0).edits().get(0).after();
        assertEquals(List.of(RecordEdit.add(s)), editing.commits().get(0).edits());
        assertEquals("note-of-the-kyiv-delegation-s-visit", s.id());
        assertEquals("sources/note-of-the-kyiv-delegation-s-visit.txt", s.file());
        assertEquals("Delegacja z Kijowa\nodwiedziła Kraków.", s.text(), "line ends as the loader reads them");
        assertEquals("pl", s.language());
        assertEquals(s, vm.createdProperty().get());
        assertFalse(vm.openProperty().get());
    }

    @Test
    void cancelledWhileTheArchiveChecksTheNoteNothingIsAdded() {
        vm.start();
        vm.textProperty().set("Delegacja z Kijowa odwiedziła Kraków.");
        vm.titlePlProperty().set("Notatka z wizyty");
        vm.titleEnProperty().set("Note of the visit");
        vm.dateProperty().set(LocalDate.of(2025, 3, 12));
        editing.holdCommits();
        var created = vm.create();
        vm.cancel();
        editing.release();
        assertFalse(created.join(), "Cancel withdrew the Create the archive had not taken yet");
        assertEquals(List.of(), editing.commits());
        assertEquals(null, vm.createdProperty().get());
    }

    @Test
    void anUndatedNoteNeedsItsDateNote() {
        vm.start();
        vm.textProperty().set("tekst");
        vm.titlePlProperty().set("Notatka");
        vm.titleEnProperty().set("Note");
        assertEquals(List.of(Msg.of("newSource.dateNote")), vm.problemsProperty().get());
        vm.dateNotePlProperty().set("notatka bez daty");
        vm.dateNoteEnProperty().set("the note is undated");
        assertTrue(vm.create().join());
    }

    @Test
    void aFileNotInUtf8IsRefusedAndSaysWhere() throws IOException {
        Path f = dir.resolve("note.txt");
        Files.write(f, "Łódź".getBytes("windows-1250"));
        vm.start();
        vm.readFile(f);
        assertEquals("newSource.file", vm.fileProblemProperty().get().key());
        assertEquals(vm.fileProblemProperty().get(), vm.problemsProperty().get().get(0));
        assertEquals("", vm.textProperty().get());
        Msg refused = vm.fileProblemProperty().get();
        Files.writeString(f, "Łódź");
        vm.readFile(f);
        assertEquals("Łódź", vm.textProperty().get());
        assertEquals(null, vm.fileProblemProperty().get());
        assertFalse(vm.problemsProperty().get().contains(refused));
    }
}
