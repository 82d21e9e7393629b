package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditHistory;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.References;
import app.delegations.model.Dataset;
import app.delegations.ui.common.RecordEditing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The archive being edited, on the UI thread: the {@link ArchiveDraft} with every change committed, checked by
 * the loader's rules before it is taken ({@link RecordCheck}, run off the UI thread by {@link EditChecks}: a
 * commit, undo or redo waits for the ones asked before it, then its check, then is taken on the UI thread), its
 * undo and redo ({@link EditHistory}), and whether it has unsaved changes. Only an archive folder is editable;
 * the bundled data and a single file are read-only. Each commit, undo and redo is shown through {@code show}
 * (the window's incremental update); what the window shows of the archive read again is {@link #shown}'s answer.
 * Saving, conflicts and autosave are the {@link ArchiveSaving}'s (which builds on this session). Past 250 lines
 * because the draft, its undo history and the readings of its archive change together, in the checks' turn, and
 * one class keeps them consistent; the checks themselves are {@link EditChecks}'.
 */
public final class EditSession implements RecordEditing {
    private final RecordCheck checker;
    private final EditChecks checks;
    private final BiConsumer<Dataset, Collection<? extends Record>> show;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final EditHistory history = new EditHistory();
    private ArchiveDraft draft;
    private Archive shownArchive;
    /** See {@link #unfitReading}. */
    private Archive unfit;
    private Dataset shown = Dataset.empty();

    /** A session whose checks run on the caller's thread (tests, benchmarks): its futures answer at once. */
    public EditSession(RecordCheck checker, BiConsumer<Dataset, Collection<? extends Record>> show) {
        this(checker, show, Runnable::run, Runnable::run);
    }

    /**
     * @param show   shows the records as edited, with the records a change added, replaced or removed
     * @param worker runs the checks of edits, one at a time (a single thread)
     * @param ui     runs on the UI thread (what a check answers is taken there)
     */
    public EditSession(RecordCheck checker, BiConsumer<Dataset, Collection<? extends Record>> show, Executor worker,
                       Executor ui) {
        this.checker = checker;
        this.show = show;
        this.checks = new EditChecks(checker, worker, ui);
    }

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** True while some file differs from what was last saved (the title's •). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while an edit (commit, undo, redo) or a check is under way or waiting for its turn. */
    public ReadOnlyBooleanProperty busyProperty() {
        return checks.busyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public boolean dirty() {
        return dirty.get();
    }

    /**
     * The archive as read last, when the unsaved changes no longer fit it (they stay on the files read before, and
     * the archive would not load with them written: a save must not write them there); else empty.
     */
    public Optional<Archive> unfitReading() {
        return Optional.ofNullable(unfit);
    }

    /** The draft being edited, or empty when what is shown is not an archive that loaded. */
    public Optional<ArchiveDraft> draft() {
        return Optional.ofNullable(draft);
    }

    @Override
    public Dataset dataset() {
        return draft != null ? draft.dataset() : shown;
    }

    /**
     * The window has read new data, and shows {@link #dataset()} once this answers (the very records read when
     * nothing is unsaved; nothing goes through {@code show}): {@code archive} is the folder as read (null for a file
     * or the bundled data). Another archive, or none, starts afresh (no history) at once; the same archive read
     * again (a colleague's change, a save seen on disk) keeps the history and the files with unsaved changes: the
     * others are taken as read once the whole is checked (off the UI thread, after the edits asked before). Answers
     * the problems when the unsaved changes no longer fit the files as read: then they are kept as they were, and
     * {@link #unfitReading} says so until a reading fits.
     */
    public CompletableFuture<List<FieldProblem>> shown(Dataset data, Archive archive) {
        if (archive != null && archive == shownArchive) {
            return CompletableFuture.completedFuture(List.of()); // the same reading, shown again (an edit, a language)
        }
        shownArchive = archive;
        if (archive != null && archive.result().ok() && draft != null && draft.folder().equals(archive.folder())) {
            shown = data;
            return checks.inTurn(() -> reread(archive));
        }
        shown = data;
        unfit = null;
        history.clear();
        draft = archive != null && archive.result().ok() ? ArchiveDraft.of(archive) : null;
        update();
        return CompletableFuture.completedFuture(List.of());
    }

    /** The draft's files without unsaved changes taken as read in {@code archive}, unless a newer reading came. */
    private CompletableFuture<List<FieldProblem>> reread(Archive archive) {
        if (archive != shownArchive || draft == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (!draft.dirty()) { // nothing to keep but where removed records stood, for an undo
            unfit = null;
            draft = draft.rebase(archive);
            update();
            return CompletableFuture.completedFuture(List.of());
        }
        ArchiveDraft on = draft;
        return checks.run(() -> checker.check(on.rebase(archive), null)).handle((checked, failed) -> {
            if (checked == null || archive != shownArchive) {
                return CompletableFuture.completedFuture(List.<FieldProblem>of()); // closed, or read again since
            }
            if (draft != on) {
                return reread(archive); // saved meanwhile
            }
            unfit = checked.ok() ? null : archive;
            if (!checked.ok()) {
                return CompletableFuture.completedFuture(checked.problems()); // the changes stay as they were
            }
            draft = checked.draft(); // the window shows it next, in place of the files as read
            update();
            return CompletableFuture.completedFuture(List.<FieldProblem>of());
        }).thenCompose(f -> f);
    }

    @Override
    public String newId(Class<? extends Record> kind, String name) {
        return NewRecordIds.propose(dataset(), kind, name);
    }

    /** {@inheritDoc} Nothing is editable (no archive): no problem is found, and {@link #commit} refuses. */
    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        if (draft == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return EditChecks.map(checks.check(draft, change), RecordCheck.Checked::problems);
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        return edit(() -> Optional.of(change), c -> c, history::committed);
    }

    /**
     * Undoes the last change, after the edits asked before; false (nothing changed) when there is none or the
     * files no longer allow it.
     */
    public CompletableFuture<Boolean> undo() {
        return edit(history::lastDone, Change::inverse, c -> history.undo());
    }

    /**
     * Redoes the change undone last, after the edits asked before; false (nothing changed) when there is none or
     * the files no longer allow it.
     */
    public CompletableFuture<Boolean> redo() {
        return edit(history::nextUndone, c -> c, c -> history.redo());
    }

    /** The window closes: no edit is taken from now on, not even one whose check is under way. */
    public void close() {
        checks.close();
    }

    /** One edit in its turn ({@link EditChecks#edit}): when taken, recorded by {@code taken} and shown. */
    private CompletableFuture<Boolean> edit(Supplier<Optional<Change>> pick, UnaryOperator<Change> applied,
                                            Consumer<Change> taken) {
        return checks.edit(() -> draft, pick, applied, (change, checked) -> {
            taken.accept(change);
            take(checked.draft(), records(change));
        });
    }

    /** The draft has been saved as it stands: no unsaved changes (the history stays, for undo). */
    public void saved() {
        if (draft != null) {
            draft = draft.saved();
            update();
        }
    }

    /**
     * Takes a draft made elsewhere (the archive read again and the changes re-applied, or restored from the
     * recovery file) and shows it: every record may have changed.
     */
    public void replace(ArchiveDraft next) {
        var changed = new ArrayList<Record>(next.changedRecords());
        References.all(dataset()).forEach(changed::add);
        unfit = null;
        take(next, changed);
    }

    /**
     * Takes the archive read again with the unsaved changes put on it ({@code change}, none when nothing of them
     * is left) and shows it. The history becomes that one change: an undo takes back what was re-applied and
     * nothing of what was read, which the changes done before the reading would not.
     */
    public void reapplied(ArchiveDraft next, Change change) {
        history.clear();
        if (change != null) {
            history.committed(change);
        }
        replace(next);
    }

    private void take(ArchiveDraft next, Collection<? extends Record> changed) {
        draft = next;
        show.accept(next.dataset(), changed);
        update();
    }

    private void update() {
        editable.set(draft != null);
        dirty.set(draft != null && draft.dirty());
        canUndo.set(draft != null && history.canUndo());
        canRedo.set(draft != null && history.canRedo());
    }

    private static List<Record> records(Change change) {
        return change.edits().stream().<Record>map(e -> e.after() != null ? e.after() : e.before()).toList();
    }
}
