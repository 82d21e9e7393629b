package app.delegations.ui.edit;

import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.FileStamp;
import app.delegations.data.save.Recovered;
import app.delegations.data.save.Recovery;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the unsaved changes in the archive's recovery copy ({@link Recovery}, under {@code .recovery/}) every
 * {@link #PERIOD} while there are some, and discards the copy once they are saved or thrown away. When an archive
 * opens with a recovery copy (the app stopped with unsaved changes), offers to restore them: the files of the copy
 * are read with the archive's others by the loader's rules and shown as unsaved changes.
 */
public final class Autosave {
    /** How often the unsaved changes are copied. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    /** Runs a task periodically on the UI thread; the tests run it themselves. */
    @FunctionalInterface
    public interface Ticks {
        /** Runs {@code task} every {@code periodMillis} milliseconds until the returned action stops it. */
        Runnable every(long periodMillis, Runnable task);
    }

    private final EditSession session;
    private final ArchiveSaving saving;
    private final RecordCheck checker;
    private final Recovery recovery;
    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private Runnable stop;

    public Autosave(EditSession session, ArchiveSaving saving, RecordCheck checker, Recovery recovery,
                    Ticks ticks, Dialogs dialogs, Supplier<Messages> messages) {
        this.session = session;
        this.saving = saving;
        this.checker = checker;
        this.recovery = recovery;
        this.dialogs = dialogs;
        this.messages = messages;
        session.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty && stop == null) {
                stop = ticks.every(PERIOD.toMillis(), this::write);
            } else if (!dirty && stop != null) {
                stop.run();
                stop = null;
                discard();
            }
        });
    }

    /** Stops the ticks (the window is closing): a running timer would keep the closed window's data reachable. */
    public void close() {
        if (stop != null) {
            stop.run();
            stop = null;
        }
    }

    /** Copies the unsaved changes now (what each tick does); nothing when there are none. */
    public void write() {
        ArchiveDraft draft = session.draft().orElse(null);
        if (draft == null || !draft.dirty()) {
            return;
        }
        var files = new LinkedHashMap<String, byte[]>();
        var bases = new HashMap<String, FileStamp>();
        Map<Path, FileStamp> stamps = saving.stamps().all();
        saving.files(draft).forEach((path, bytes) -> {
            String name = draft.folder().relativize(path).toString().replace('\\', '/');
            files.put(name, bytes);
            FileStamp base = stamps.get(path);
            if (base != null && base.exists()) {
                bases.put(name, base);
            }
        });
        try {
            recovery.write(draft.folder(), files, bases);
        } catch (IOException | RuntimeException e) {
            // the copy is a safety net: the edits are still in the window, and Save says what fails
        }
    }

    /** Throws the recovery copy away (the changes were saved or discarded). */
    public void discard() {
        session.draft().ifPresent(d -> discard(d.folder()));
    }

    private void discard(Path folder) {
        try {
            recovery.discard(folder);
        } catch (IOException e) {
            // a copy left behind is offered at the next opening, where the officer can discard it
        }
    }

    /**
     * An archive was opened: if it has a recovery copy, asks whether to restore it (Restore / Discard / Later: the
     * copy stays for the next opening). Returns true when changes were restored.
     */
    public boolean offer(Path folder) {
        Optional<Recovered> found = recovery.find(folder);
        ArchiveDraft draft = session.draft().orElse(null);
        if (found.isEmpty() || draft == null || !draft.folder().equals(folder)) {
            return false;
        }
        Recovered r = found.get();
        Messages m = messages.get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.locale())
                .format(r.written().atZone(ZoneId.systemDefault()));
        int choice = dialogs.choose(m.get("edit.recovery.title"), m.format("edit.recovery.message",
                folder.getFileName(), when, String.join(", ", r.files().keySet())),
                List.of(m.get("edit.recovery.restore"), m.get("edit.recovery.discard"), m.get("edit.recovery.later")));
        if (choice == 1) {
            discard(folder);
            return false;
        } else if (choice != 0) {
            return false;
        }
        var data = new LinkedHashMap<String, byte[]>();
        var texts = new HashMap<String, String>();
        r.files().forEach((name, bytes) -> {
            if (name.indexOf('/') < 0 && name.endsWith(".json")) {
                data.put(name, bytes);
            } else {
                texts.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        RecordCheck.Restored restored = checker.restore(draft, data, texts);
        if (restored.draft() == null) {
            dialogs.showProblems(String.valueOf(folder.getFileName()), restored.problems());
            return false;
        }
        r.bases().forEach((name, stamp) -> saving.stamps().expect(folder.resolve(name), stamp));
        session.replace(restored.draft());
        return true;
    }
}
