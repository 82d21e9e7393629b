package app.delegations.ui.main;

import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.filter.FilterModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The commands of the menu, toolbar and keyboard that are not tied to one view. */
public final class WindowActions {
    private final Workspace ws;
    private final MainViewModel main;
    private final FilterModel filter;
    private final Dialogs dialogs;
    private final String version;
    private final Runnable exit;

    /** @param version the application's version, as Help › About shows it */
    public WindowActions(Workspace ws, FilterModel filter, Dialogs dialogs, String version, Runnable exit) {
        this.ws = ws;
        this.main = ws.main();
        this.filter = filter;
        this.dialogs = dialogs;
        this.version = version;
        this.exit = exit;
    }

    /** File › Open: asks for a file, starting in the folder of the file (or beside the archive) shown. */
    public void openWithDialog() {
        dialogs.chooseDataFile(startFolder()).ifPresent(main::open);
    }

    /** File › Open archive: asks for an archive folder, starting beside the file or archive shown. */
    public void openArchiveWithDialog() {
        dialogs.chooseFolder(main.messages().get("dialog.openArchive.title"), startFolder()).ifPresent(main::open);
    }

    /** Opens a file, or an archive when {@code file} is a folder (a recent one, one dropped on the window). */
    public void open(Path file) {
        if (file != null && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            Messages m = main.messages();
            dialogs.showError(m.get("error.missing.title"), m.format("error.missing.message", file), file.toString());
            return;
        }
        main.open(file);
    }

    public void reload() {
        ws.reload();
    }

    public void openBundled() {
        main.openBundled();
    }

    public void clearFilters() {
        filter.clear();
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
        dialogs.showTable(m.get("dialog.shortcuts.title"), m.get("dialog.shortcuts.header"),
                List.of(m.get("dialog.shortcuts.column.keys"), m.get("dialog.shortcuts.column.action")), rows);
    }

    public void showAbout() {
        Messages m = main.messages();
        dialogs.showInfo(m.get("dialog.about.title"), m.format("dialog.about.header", version),
                m.get("dialog.about.text"));
    }

    public void exit() {
        exit.run();
    }

    private Path startFolder() {
        Snapshot s = ws.current();
        return s != null && s.file() != null ? s.file().toAbsolutePath().getParent()
                : main.preferences().lastFile().map(Path::getParent).orElse(null);
    }
}
