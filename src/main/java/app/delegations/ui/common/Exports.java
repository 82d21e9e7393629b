package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs every export the same way from every button and menu: asks for the file ({@link ExportTarget}: in the
 * folder of the last export, a name Windows accepts, the kind's extension), writes, remembers the folder once the
 * file is written, and tells where it saved ({@link Dialogs#announceSaved}, a notice with Open folder) or
 * why it could not (an error dialog). A view's {@link Export} is written on the UI thread (a view's PNG: a
 * snapshot of its nodes, which only that thread may take) or, when it offers a {@link Export#job} (the visit
 * brief's PDF), on a thread of its own; a table ({@link #table}, File › Export, Ctrl+E) or all the views' tables
 * ({@link #all}) are written on a thread of their own from copies of their rows taken on the UI thread. Written on
 * a thread of its own, an export shows a progress strip whose Cancel stops it at its next row or block of bytes
 * written ({@link ExportProgress#check}) and leaves no file. What only has to be made off the UI thread before the
 * window shows it (the brief's print preview) goes the same way ({@link #prepare}).
 */
public final class Exports {
    /** How long {@link #prepare}'s work goes on before its progress strip opens, unless told otherwise. */
    public static final Duration PROGRESS_AFTER = Duration.ofMillis(400);

    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private final Executor ui;
    private final Duration progressAfter;
    /** Asks where to write, and remembers the folder of a file written. */
    private final ExportTarget target;
    /** What a table's file says of the filter and the day; null: nothing. */
    private final ExportNote note;

    public Exports(Dialogs dialogs, Supplier<Messages> messages) {
        this(dialogs, messages, Platform::runLater);
    }

    /**
     * @param folder where the file choosers open, remembering the folder of each file written
     * @param note   what a table's file says of the filter and the day, its proposed name the narrowing
     */
    public Exports(Dialogs dialogs, Supplier<Messages> messages, ExportFolder folder, ExportNote note) {
        this(dialogs, messages, Platform::runLater, PROGRESS_AFTER, folder, note);
    }

    /** @param ui runs a task on the UI thread (the progress and the outcome of a table's export) */
    public Exports(Dialogs dialogs, Supplier<Messages> messages, Executor ui) {
        this(dialogs, messages, ui, PROGRESS_AFTER);
    }

    /** @param progressAfter how long {@link #prepare}'s work goes on before its progress strip opens */
    public Exports(Dialogs dialogs, Supplier<Messages> messages, Executor ui, Duration progressAfter) {
        this(dialogs, messages, ui, progressAfter, null, null);
    }

    /**
     * @param folder where the file choosers open, remembering the folder of each file written; null: nowhere
     * @param note   what a table's file says of the filter and the day; null: nothing
     */
    public Exports(Dialogs dialogs, Supplier<Messages> messages, Executor ui, Duration progressAfter,
                   ExportFolder folder, ExportNote note) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.ui = ui;
        this.progressAfter = progressAfter;
        this.target = new ExportTarget(dialogs, folder);
        this.note = note;
    }

    /**
     * Exports, unless there is nothing to export or the user cancels, proposing the export's name (a view's picture:
     * with what narrows its rows, as a table's, {@link Export#narrowed}): on the UI thread, or, for an export with a
     * {@link Export#job}, on a thread of its own with a progress strip. Returns the thread writing, or null when
     * none was started (written on the UI thread, or cancelled before).
     */
    public Thread run(Export export) {
        if (!export.available().get()) {
            return null;
        }
        Messages m = messages.get();
        String title = m.get(export.titleKey());
        String name = export.suggestedName(m);
        Optional<Path> file = target.ask(title, export.kind(),
                export.narrowed() && note != null ? note.fileName(m, name) : name, m);
        if (file.isEmpty()) {
            return null;
        }
        Path to = file.get();
        Optional<Export.Job> job = export.job();
        if (job.isEmpty()) {
            write(export, to, title, m);
            return null;
        }
        Export.Job writing = job.get();
        return write(m.format("export.writing.file", to.getFileName().toString()), to, title, m,
                progress -> writing.write(to, progress),
                () -> m.format("dialog.png.done", to.toAbsolutePath().toString()), export.failedKey());
    }

    /**
     * Exports what {@code table} shows (named {@code name}, the view's): asks how (XLSX or CSV, the separator, all
     * rows or the selected ones) and where, then writes off the UI thread; a table that lists no rows is said to
     * have nothing to export, and nothing is asked. Returns the thread writing, or null when none was started.
     */
    public <R> Thread table(DataTable<R> table, String name) {
        Messages m = messages.get();
        String title = m.get("export.title");
        if (table.view().getItems().isEmpty()) {
            dialogs.showInfo(title, m.get("export.empty"), "");
            return null;
        }
        boolean selection = table.hasSelection();
        Optional<ExportChoice> how = dialogs.chooseExport(title, ExportChoice.proposed(m.language()), selection);
        if (how.isEmpty()) {
            return null;
        }
        ExportChoice choice = how.get();
        FileKind kind = choice.format().kind();
        boolean selectedOnly = choice.selectedOnly() && selection;
        Optional<Path> file = target.ask(title, kind, note == null ? name : note.fileName(m, name, selectedOnly), m);
        if (file.isEmpty()) {
            return null;
        }
        ExportTable<R> rows = noted(table.exportTable(name, selectedOnly), m, selectedOnly);
        int n = rows.rows().size();
        Path to = file.get();
        return write(m.count("export.writing", n, n, to.getFileName().toString()), to, title, m,
                progress -> ExportFile.write(rows, choice, to, progress),
                () -> m.count("export.done", n, n, to.toAbsolutePath().toString()), "export.failed");
    }

    /** A table of a view and the view's name, its sheet's name in File › Export all tables. */
    public record Sheet(String name, DataTable<?> table) {
    }

    /**
     * Exports every table given (File › Export all tables) to one XLSX workbook, a sheet per table in the order
     * given, each with the rows the table shows in its visible columns: asks where, then writes off the UI thread
     * as {@link #table} does; when no table lists a row, says there is nothing to export and asks nothing. XLSX
     * only, as a CSV file holds one table. Returns the thread writing, or null when none was started.
     */
    public Thread all(List<Sheet> sheets) {
        Messages m = messages.get();
        String title = m.get("export.all.title");
        if (sheets.stream().allMatch(s -> s.table().view().getItems().isEmpty())) {
            dialogs.showInfo(title, m.get("export.all.empty"), "");
            return null;
        }
        FileKind kind = ExportFormat.XLSX.kind();
        String all = m.get("export.all.file");
        Optional<Path> file = target.ask(title, kind, note == null ? all : note.fileName(m, all), m);
        if (file.isEmpty()) {
            return null;
        }
        var tables = new ArrayList<ExportTable<?>>(sheets.size());
        int n = 0;
        for (Sheet s : sheets) {
            ExportTable<?> t = noted(s.table().exportTable(s.name(), false), m, false);
            tables.add(t);
            n += t.rows().size();
        }
        int rows = n;
        Path to = file.get();
        String names = String.join(", ", sheets.stream().map(Sheet::name).toList());
        return write(m.count("export.writing", rows, rows, to.getFileName().toString()), to, title, m,
                progress -> ExportFile.write(tables, to, progress),
                () -> m.count("export.all.done", rows, rows, to.toAbsolutePath().toString(), names), "export.failed");
    }

    private <R> ExportTable<R> noted(ExportTable<R> table, Messages m, boolean selectedOnly) {
        return note == null ? table : table.with(note.of(m, table.sheet(), selectedOnly, table.rows().size()));
    }

    /** Says that the view in front has nothing to export (File › Export on a view without a table). */
    public void nothing() {
        Messages m = messages.get();
        dialogs.showInfo(m.get("export.title"), m.get("export.none"), "");
    }

    /** Writes a file's content, given the progress to tell (and to cancel by). */
    @FunctionalInterface
    private interface Job {
        void write(ExportProgress progress) throws IOException;
    }

    /**
     * Writes {@code file} through {@code job} on a thread of its own, {@code writing} saying what meanwhile;
     * {@code done} says it is written, the message of {@code failedKey} why not.
     */
    private Thread write(String writing, Path file, String title, Messages m, Job job, Supplier<String> done,
                         String failedKey) {
        return ExportThread.start(dialogs, ui, title, writing, progress -> {
            job.write(progress);
            return done.get();
        }, said -> {
            target.written(file);
            dialogs.announceSaved(title, said, file);
        }, false,
                e -> ExportFailure.tell(dialogs, m, title, failedKey, file, e));
    }

    /**
     * Makes something on a thread of its own (File › Print brief…: the brief and its pages), then hands it to
     * {@code done} on the UI thread; a failure is told with the message of {@code failedKey}. Work still going after
     * {@link #PROGRESS_AFTER} (or the time given) shows a progress strip saying {@code text}, whose Cancel means
     * {@code done} is never run. Returns the thread making it.
     */
    public <T> Thread prepare(String title, String text, Callable<T> make, Consumer<T> done, String failedKey) {
        Messages m = messages.get();
        return ExportThread.startLate(dialogs, ui, progressAfter, title, text, progress -> {
            progress.busy();
            return make.call();
        }, done, e -> ExportFailure.tell(dialogs, m, title, failedKey, null, e));
    }

    private void write(Export export, Path file, String title, Messages m) {
        try {
            export.write(file);
        } catch (IOException | RuntimeException e) {
            ExportFailure.tell(dialogs, m, title, export.failedKey(), file, e);
            return;
        }
        target.written(file);
        dialogs.announceSaved(title, m.format("dialog.png.done", file.toAbsolutePath().toString()), file);
    }
}
