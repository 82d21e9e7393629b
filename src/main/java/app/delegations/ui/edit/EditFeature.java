package app.delegations.ui.edit;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.WorldCountries;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Editing, wired: the {@link EditSession} (what forms, New, Delete and citing edit through) on the loader's rules
 * with the world's countries and the canonical writer, its saving, its autosave and the window's commands.
 */
public final class EditFeature {
    private final EditSession session;
    private final EditCommands commands;
    private final Autosave autosave;
    private final ExecutorService checks;
    private final ExecutorService stamps;

    /**
     * @param show     shows the records as edited (the window's incremental update)
     * @param ticks    runs the autosave every 30 s
     * @param later    runs a question once the data is shown
     * @param open     opens a folder in the window, asking nothing
     */
    public EditFeature(BiConsumer<Dataset, Collection<? extends Record>> show, Dialogs dialogs,
                       Supplier<Messages> messages, Autosave.Ticks ticks, Executor later, Consumer<Path> open) {
        var loader = new ArchiveLoader(new DatasetLoader(new WorldCountries()));
        var check = new RecordCheck(loader, CanonicalWriter::write);
        checks = Executors.newSingleThreadExecutor(r -> daemon(r, "delegations-edit-checks"));
        session = new EditSession(check, show, checks, Platform::runLater);
        stamps = Executors.newSingleThreadExecutor(r -> daemon(r, "delegations-file-stamps"));
        var saving = new ArchiveSaving(session, check, loader, CanonicalWriter::write, dialogs, messages, stamps,
                open);
        autosave = new Autosave(session, saving, check, new Recovery(), ticks, dialogs, messages);
        commands = new EditCommands(session, saving, autosave, dialogs, messages, later, open);
    }

    /**
     * The window is closing: the autosave's timer, the checking and the stamping threads stop; an edit being
     * checked is not taken.
     */
    public void close() {
        autosave.close();
        session.close();
        checks.shutdownNow();
        stamps.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        var t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The archive being edited: what the forms, New, Delete and "Cite for…" edit through. */
    public EditSession session() {
        return session;
    }

    /** The menu's commands and the questions before unsaved changes are left. */
    public EditCommands commands() {
        return commands;
    }
}
