package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.NewArchive;
import app.delegations.data.edit.Reapply;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.DiskChange;
import app.delegations.data.save.FileStamp;
import app.delegations.data.save.SafeSave;
import app.delegations.data.save.SaveFailed;
import app.delegations.data.save.SaveResult;
import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Saving the archive being edited, on the UI thread: only the changed files (and new source texts) are written,
 * through {@link SafeSave}, which refuses when one of them changed on disk since it was read. Then the officer
 * is told which files changed and chooses: reload the archive and re-apply the unsaved changes (merged field by
 * field with the files as they are now, what both changed told, and checked; not offered while the archive on disk
 * would not load), save a copy of the archive in another (empty) folder, or cancel. Never a silent overwrite. The stamps each save expects are taken when a file is read (the archive
 * opened or read again) and after each save. Unsaved changes that no longer fit the archive as read again are
 * never written (the archive would not load): the files that changed are told, with the same choices.
 */
public final class ArchiveSaving {
    private final EditSession session;
    private final RecordCheck checker;
    private final ArchiveLoader loader;
    private final Function<Dataset, byte[]> writer;
    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private final Consumer<Path> open;
    private final FileStamps stamps;

    /**
     * @param io   reads the files' stamps
     * @param open opens a folder in the window (a copy saved elsewhere), asking nothing
     */
    public ArchiveSaving(EditSession session, RecordCheck checker, ArchiveLoader loader,
                         Function<Dataset, byte[]> writer, Dialogs dialogs, Supplier<Messages> messages,
                         Executor io, Consumer<Path> open) {
        this.stamps = new FileStamps(io);
        this.session = session;
        this.checker = checker;
        this.loader = loader;
        this.writer = writer;
        this.dialogs = dialogs;
        this.messages = messages;
        this.open = open;
    }

    /**
     * The window shows {@code archive} (null: no archive), after the session has taken it: the stamps of its
     * files as read (see {@link FileStamps#shown}).
     */
    public void shown(Archive archive) {
        var unsaved = new HashSet<String>();
        session.draft().ifPresent(d -> unsaved.addAll(d.changedFiles()));
        stamps.shown(archive, unsaved);
    }

    /** The stamps a save expects, by file; waits for those being taken. */
    FileStamps stamps() {
        return stamps;
    }

    /** File › Save: true when nothing is left unsaved (saved, or nothing to save). */
    public boolean save() {
        ArchiveDraft draft = session.draft().orElse(null);
        if (draft == null || !draft.dirty()) {
            return true;
        }
        Map<Path, byte[]> files = files(draft);
        var expected = new HashMap<Path, FileStamp>();
        Map<Path, FileStamp> known = stamps.all();
        for (Path p : files.keySet()) {
            FileStamp s = known.get(p);
            if (s == null && !String.valueOf(p.getFileName()).endsWith(".json")) {
                s = FileStamps.read(p); // a source text: its version on disk now is the one replaced
            }
            if (s != null && s.exists()) {
                expected.put(p, s);
            }
        }
        Archive unfit = session.unfitReading().orElse(null);
        if (unfit != null) {
            return conflict(UnfitFiles.of(draft, unfit, expected));
        }
        Messages m = messages.get();
        try {
            SaveResult result = new SafeSave(draft.folder()).save(files, expected);
            result.saved().forEach(stamps::expect);
            if (result.refused()) {
                return conflict(kinds(result.changes()));
            }
        } catch (SaveFailed e) {
            e.saved().forEach(stamps::expect);
            dialogs.showError(m.get("edit.save.failed.title"), m.format("edit.save.failed.message",
                    e.file().getFileName()), String.valueOf(e.getMessage()));
            return false;
        }
        session.saved();
        return true;
    }

    private static Map<Path, DiskChange.Kind> kinds(List<DiskChange> changes) {
        var out = new LinkedHashMap<Path, DiskChange.Kind>();
        changes.forEach(c -> out.put(c.file(), c.kind()));
        return out;
    }

    /**
     * Asks what to do about files changed on disk ({@link ConflictQuestion}: no reload, bound to fail, while the
     * archive on disk would not load; then Enter cancels); true when everything ended up saved. Nothing is lost.
     */
    private boolean conflict(Map<Path, DiskChange.Kind> changes) {
        Messages m = messages.get();
        ArchiveDraft draft = session.draft().orElse(null);
        DamagedFiles damaged = draft == null ? DamagedFiles.NONE : DamagedFiles.of(draft, loader, changes.keySet());
        String text = ConflictQuestion.message(changes, damaged, m);
        List<String> choices = ConflictQuestion.choices(damaged, m);
        if (!damaged.loads()) {
            return dialogs.chooseCarefully(m.get("edit.conflict.title"), text, choices) == 0 && saveAs();
        }
        int choice = dialogs.choose(m.get("edit.conflict.title"), text, choices);
        if (choice == 0) {
            reloadAndReapply();
            return false;
        } else if (choice == 1) {
            return saveAs();
        }
        return false;
    }

    /**
     * Reads the archive again from disk and puts the unsaved changes on it once more, field by field
     * ({@link Reapply}): what only the officer changed is taken, what only someone else changed is kept. Fields both
     * changed differently, and records one side deleted while the other changed them, are listed (record, field,
     * both values) and the officer keeps theirs or the officer's own, or cancels (nothing changes). The result is
     * checked by the loader's rules and shown, still unsaved, and is one change for undo. When it no longer fits
     * the files as they are now, says why and keeps what is shown. True when the changes were re-applied.
     */
    public boolean reloadAndReapply() {
        ArchiveDraft draft = session.draft().orElse(null);
        if (draft == null) {
            return false;
        }
        Archive archive = loader.open(draft.folder(), LoadProgress.NONE);
        if (!archive.result().ok()) {
            dialogs.showProblems(String.valueOf(draft.folder().getFileName()), archive.result().problems());
            return false;
        }
        ArchiveDraft read = ArchiveDraft.of(archive);
        Reapply merged = Reapply.of(draft.unsavedEdits(), read.dataset());
        Change change = merged.keepingTheirs().orElse(null);
        if (!merged.conflicts().isEmpty()) {
            Messages m = messages.get();
            // Enter cancels: the default button never drops either side's value (as the delete question)
            int choice = dialogs.chooseCarefully(m.get("edit.merge.title"),
                    new MergeConflicts(m).message(merged.conflicts()),
                    List.of(m.get("edit.merge.theirs"), m.get("edit.merge.mine"), m.get("edit.cancel")));
            if (choice == 2) {
                return false;
            }
            change = (choice == 1 ? merged.keepingMine() : merged.keepingTheirs()).orElse(null);
        }
        RecordCheck.Checked checked = checker.check(change == null ? read : read.apply(change), change);
        if (!checked.ok()) {
            dialogs.showProblems(String.valueOf(draft.folder().getFileName()),
                    checked.problems().stream().map(FieldProblem::problem).toList());
            return false;
        }
        stamps.shown(null, Set.of());
        stamps.shown(archive, Set.of());
        session.reapplied(checked.draft(), change);
        return true;
    }

    /**
     * Saves the whole archive as edited into another folder, which must be empty, and opens it there; true when
     * saved. The archive read before is left as it is on disk.
     */
    public boolean saveAs() {
        ArchiveDraft draft = session.draft().orElse(null);
        Messages m = messages.get();
        if (draft == null) {
            return false;
        }
        Path to = dialogs.chooseFolder(m.get("edit.saveAs.title"), draft.folder().getParent()).orElse(null);
        if (to == null) {
            return false;
        }
        try {
            if (!NewArchive.usable(to)) {
                dialogs.showError(m.get("edit.saveAs.title"), m.format("edit.folder.notEmpty", to), to.toString());
                return false;
            }
            Files.createDirectories(to);
            var files = new LinkedHashMap<Path, byte[]>();
            draft.allBytes(writer).forEach((name, bytes) -> files.put(to.resolve(name), bytes));
            for (Source s : draft.dataset().sources()) {
                files.put(to.resolve(s.file()), s.text().getBytes(StandardCharsets.UTF_8));
            }
            SaveResult result = new SafeSave(to).save(files, Map.of());
            if (result.refused()) { // someone else wrote there in the meantime
                return conflict(kinds(result.changes()));
            }
        } catch (IOException e) {
            dialogs.showError(m.get("edit.save.failed.title"), m.format("edit.save.failed.message", to),
                    String.valueOf(e.getMessage()));
            return false;
        }
        open.accept(to);
        return true;
    }

    /** The bytes of each file to write, by path: changed data files and new or changed source texts. */
    private static Map<Path, byte[]> filesOf(ArchiveDraft draft, Function<Dataset, byte[]> writer) {
        var files = new LinkedHashMap<Path, byte[]>();
        draft.changedBytes(writer).forEach((name, bytes) -> files.put(draft.folder().resolve(name), bytes));
        draft.sourceTexts().forEach((name, text) -> files.put(draft.folder().resolve(name),
                text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    Map<Path, byte[]> files(ArchiveDraft draft) {
        return filesOf(draft, writer);
    }
}
