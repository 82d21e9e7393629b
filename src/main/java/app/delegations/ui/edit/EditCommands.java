package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.DatasetLoader;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.NewArchive;
import app.delegations.data.edit.Removal;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's editing commands, on the UI thread: Edit › Undo, Redo and Delete, File › Save and New archive, and
 * the question before unsaved changes would be left (closing the window, opening another file or archive):
 * Save / Discard / Cancel. The window asks it what to show of each file or archive it reads ({@link #shown}).
 */
public final class EditCommands {
    private final EditSession session;
    private final ArchiveSaving saving;
    private final Autosave autosave;
    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private final Executor later;
    private final Consumer<Path> open;
    /** Asked first before anything is left: an open form's typed changes (see {@link #askingFirst}). */
    private BooleanSupplier first = () -> true;
    /** Asked before Undo, Redo or Delete change the records: an open form's (see {@link #askingBeforeChange}). */
    private Predicate<String> beforeChange = questionKey -> true;

    /**
     * @param later runs a question after the data has been shown (the recovery copy's offer)
     * @param open  opens a folder in the window, asking nothing
     */
    public EditCommands(EditSession session, ArchiveSaving saving, Autosave autosave, Dialogs dialogs,
                        Supplier<Messages> messages, Executor later, Consumer<Path> open) {
        this.session = session;
        this.saving = saving;
        this.autosave = autosave;
        this.dialogs = dialogs;
        this.messages = messages;
        this.later = later;
        this.open = open;
    }

    public EditSession session() {
        return session;
    }

    /**
     * The window has read {@code data} from {@code archive} (null: not an archive) and asks what to show of it,
     * before its views are given it: answers, on the UI thread, the session's records once it has taken the
     * reading ({@link EditSession#shown}): {@code data} itself, unless the archive being edited was read again with
     * unsaved changes: then those changes on the files as read (checked first, off the UI thread), or, when they no
     * longer fit them, the changes as they were, and the problems are shown after. A newly opened archive with a
     * recovery copy is offered to be restored, once it is shown.
     */
    public CompletableFuture<Dataset> shown(Dataset data, Archive archive) {
        boolean opened = archive != null && session.draft().map(d -> !d.folder().equals(archive.folder()))
                .orElse(true);
        CompletableFuture<Dataset> answer = session.shown(data, archive).thenApply(lost -> {
            if (!lost.isEmpty()) { // once the views are given what is shown
                later.execute(() -> dialogs.showProblems(String.valueOf(archive.folder().getFileName()),
                        lost.stream().map(FieldProblem::problem).toList()));
            }
            return session.dataset();
        });
        saving.shown(archive);
        if (opened && session.draft().isPresent()) {
            later.execute(() -> autosave.offer(archive.folder()));
        }
        return answer;
    }

    /**
     * Undoes the last change once the edits asked before are taken; answers whether it was undone. An open form is
     * dealt with first ({@link #askingBeforeChange}).
     */
    public CompletableFuture<Boolean> undo() {
        return session.canUndoProperty().get() && !beforeChange.test("forms.changed.undo")
                ? CompletableFuture.completedFuture(false) : session.undo();
    }

    /** Redoes the change undone last, as {@link #undo} undoes; answers whether it was redone. */
    public CompletableFuture<Boolean> redo() {
        return session.canRedoProperty().get() && !beforeChange.test("forms.changed.redo")
                ? CompletableFuture.completedFuture(false) : session.redo();
    }

    /**
     * What is asked before Undo, Redo or Delete change the records: the forms' question about the open form, given
     * the key of the question for that command (true: go on, the form closed).
     */
    public void askingBeforeChange(Predicate<String> question) {
        beforeChange = question;
    }

    public boolean save() {
        return saving.save();
    }

    /**
     * Edit › Delete of {@code record}: when other records mention it, the officer is told first what happens to them
     * ({@link Removal}: those that merely mention it lose the mention; those that cannot exist without it go too,
     * each named with why) and chooses Delete or, the default (Enter), Cancel; then one change does it all, undone
     * as one. Answers true when something was removed; when the archive's rules refuse the removal, their problems
     * are shown.
     */
    public CompletableFuture<Boolean> delete(Record record) {
        if (record == null || !session.editableProperty().get()) {
            return CompletableFuture.completedFuture(false);
        }
        if (!beforeChange.test("forms.changed.delete")) {
            return CompletableFuture.completedFuture(false);
        }
        Messages m = messages.get();
        Removal removal = Removal.of(session.dataset(), record);
        if (!removal.alone() && dialogs.chooseCarefully(m.get("edit.delete.title"), DeleteQuestion.message(removal, m),
                DeleteQuestion.choices(removal, m)) != 0) {
            return CompletableFuture.completedFuture(false);
        }
        Change change = removal.change();
        return session.commit(change).thenCompose(removed -> removed ? CompletableFuture.completedFuture(true)
                : session.check(change).thenApply(problems -> {
                    if (!problems.isEmpty()) {
                        dialogs.showProblems(m.get("edit.delete.title"), problems.stream()
                                .map(FieldProblem::problem).toList());
                    }
                    return false;
                }));
    }

    /**
     * What is asked before the unsaved changes whenever the window would be left: the forms' question about a form
     * holding changes not applied (true: go on). A form's typing is not in the draft yet, so it is asked about first.
     */
    public void askingFirst(BooleanSupplier question) {
        first = question;
    }

    /**
     * Before unsaved changes would be left: first what {@link #askingFirst} asks (a form's typed changes), then
     * Save / Discard / Cancel. True when the window may go on (nothing unsaved, saved, or discarded); false to stay.
     */
    public boolean mayLeave() {
        if (!first.getAsBoolean()) {
            return false;
        }
        Messages m = messages.get();
        if (session.busyProperty().get()) { // an edit still being checked is not in the draft yet: stay for it
            dialogs.showInfo(m.get("edit.unsaved.title"), m.get("edit.busy.message"), "");
            return false;
        }
        if (!session.dirty()) {
            return true;
        }
        String name = session.draft().map(d -> String.valueOf(d.folder().getFileName())).orElse("");
        int choice = dialogs.choose(m.get("edit.unsaved.title"), m.format("edit.unsaved.message", name),
                List.of(m.get("edit.unsaved.save"), m.get("edit.unsaved.discard"), m.get("edit.cancel")));
        if (choice == 0) {
            return saving.save();
        }
        if (choice == 1) {
            autosave.discard();
            return true;
        }
        return false;
    }

    /**
     * File › New archive…: asks for an empty folder, puts a copy of the bundled congress in it (the archive's
     * first file) and opens it. Unsaved changes are asked about first.
     */
    public void newArchive(Path start, DatasetLoader loader) {
        Messages m = messages.get();
        if (!mayLeave()) {
            return;
        }
        Path folder = dialogs.chooseFolder(m.get("edit.newArchive.title"), start).orElse(null);
        if (folder == null) {
            return;
        }
        try {
            if (!NewArchive.usable(folder)) {
                dialogs.showError(m.get("edit.newArchive.title"), m.format("edit.folder.notEmpty", folder),
                        folder.toString());
                return;
            }
            NewArchive.create(folder, loader);
        } catch (IOException e) {
            dialogs.showError(m.get("edit.newArchive.title"), m.format("edit.newArchive.failed", folder),
                    String.valueOf(e.getMessage()));
            return;
        }
        open.accept(folder);
    }
}
