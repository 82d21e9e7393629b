package app.delegations.ui.main;

import app.delegations.data.DatasetLoader;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.edit.EditCommands;
import app.delegations.ui.filter.FilterModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The commands of the menu, toolbar and keyboard that are not tied to one view. */
public final class WindowActions {
    private final Workspace ws;
    private final MainViewModel main;
    private final FilterModel filter;
    private final Dialogs dialogs;
    private final String version;
    private final Runnable exit;
    private final EditCommands edits;

    /**
     * @param version the application's version, as Help › About shows it
     * @param edits   the editing commands; asked before unsaved changes are left
     */
    public WindowActions(Workspace ws, FilterModel filter, Dialogs dialogs, String version, Runnable exit,
                         EditCommands edits) {
        this.ws = ws;
        this.main = ws.main();
        this.filter = filter;
        this.dialogs = dialogs;
        this.version = version;
        this.exit = exit;
        this.edits = edits;
    }

    public EditCommands edits() {
        return edits;
    }

    /** File › Open: asks for a file, starting in the folder of the file (or beside the archive) shown. */
    public void openWithDialog() {
        dialogs.chooseDataFile(startFolder()).filter(f -> edits.mayLeave()).ifPresent(main::open);
    }

    /** File › Open archive: asks for an archive folder, starting beside the file or archive shown. */
    public void openArchiveWithDialog() {
        dialogs.chooseFolder(main.messages().get("dialog.openArchive.title"), startFolder())
                .filter(f -> edits.mayLeave()).ifPresent(main::open);
    }

    /** Opens a file, or an archive when {@code file} is a folder (a recent one, one dropped on the window). */
    public void open(Path file) {
        if (file != null && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            Messages m = main.messages();
            dialogs.showError(m.get("error.missing.title"), m.format("error.missing.message", file), file.toString());
            return;
        }
        if (edits.mayLeave()) {
            main.open(file);
        }
    }

    /**
     * File › Reload (F5): the file or archive shown, read again; after a file or archive was not opened (its
     * problems listed, other data shown instead), that one, tried again, as the officer who fixed it means.
     */
    public void reload() {
        Optional<Path> refused = main.notOpened();
        if (refused.isPresent()) {
            open(refused.get());
        } else {
            ws.reload();
        }
    }

    public void openBundled() {
        if (edits.mayLeave()) {
            main.openBundled();
        }
    }

    /** File › Save: the archive's unsaved changes. */
    public void save() {
        edits.save();
    }

    /** File › New archive…: an empty folder with a copy of the bundled congress, opened. */
    public void newArchive() {
        edits.newArchive(startFolder(), new DatasetLoader());
    }

    /** Edit › Undo. */
    public void undo() {
        edits.undo();
    }

    /** Edit › Redo. */
    public void redo() {
        edits.redo();
    }

    /** Edit › Delete…: the selected record; what only refers to it loses the reference (the question says what). */
    public void deleteSelected() {
        if (ws.selection().get() instanceof Record r) {
            edits.delete(r);
        }
    }

    /** Whether the window may close: nothing unsaved, or the officer saved or discarded it (Save / Discard / Cancel). */
    public boolean mayClose() {
        return edits.mayLeave();
    }

    /** View › Clear filters: the facets and dates, not the search (the pane's link does the same). */
    public void clearFilters() {
        filter.clearChosen();
    }

    /** Shows the loader's warnings about the file shown. */
    public void showWarnings() {
        Snapshot s = ws.current();
        if (s != null && !s.warnings().isEmpty()) {
            dialogs.showProblems(s.fileName(), s.warnings());
        }
    }

    /** Shows the problems that stopped the last reload of the archive shown (the link in the status bar). */
    public void showNoticeProblems() {
        LoadNotice notice = main.noticeProperty().get();
        if (notice != null && !notice.problems().isEmpty()) {
            dialogs.showProblems(notice.file(), notice.problems());
        }
    }

    /** Help › Keyboard shortcuts: rows of {keys, what they do}, a row of one cell being a section heading. */
    public void showShortcuts(List<List<String>> rows) {
        Messages m = main.messages();
        dialogs.showTable(m.get("dialog.shortcuts.title"), null, // the title says it: the table gets the room
                List.of(m.get("dialog.shortcuts.column.keys"), m.get("dialog.shortcuts.column.action")), rows);
    }

    public void showAbout() {
        Messages m = main.messages();
        dialogs.showInfo(m.get("dialog.about.title"), m.format("dialog.about.header", version),
                m.get("dialog.about.text"));
    }

    public void exit() {
        if (edits.mayLeave()) {
            exit.run();
        }
    }

    private Path startFolder() {
        Snapshot s = ws.current();
        return s != null && s.file() != null ? s.file().toAbsolutePath().getParent()
                : main.preferences().lastFile().map(Path::getParent).orElse(null);
    }
}
