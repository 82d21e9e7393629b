package app.delegations.ui.common;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Opens a folder in the platform's file manager (a saved notice's Open folder) with the platform's own opener:
 * {@code explorer.exe} on Windows, {@code open} on macOS, {@code xdg-open} elsewhere, started on a thread of its
 * own. When the opener cannot be started or says it failed (no file manager registered, a desktop without one), the
 * officer is told so through {@link Dialogs}, with the folder's path to copy, instead of nothing happening.
 * {@code explorer.exe} answers 1 even when it opened the folder, so on Windows only an opener that cannot start
 * counts as a failure.
 */
public final class FolderOpener {
    /** How long an opener may run before it is taken as having opened the folder (some stay as the file manager). */
    static final long WAIT_SECONDS = 10;

    /** Runs a command and gives its exit code; an opener still running after a while counts as done (0). */
    @FunctionalInterface
    public interface Starter {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    private final Supplier<Dialogs> dialogs;
    private final Supplier<Messages> messages;
    private final Executor ui;
    private final String os;
    private final Starter starter;

    /** The opener of this system, processes started by {@link ProcessBuilder}. */
    public FolderOpener(Supplier<Dialogs> dialogs, Supplier<Messages> messages, Executor ui) {
        this(dialogs, messages, ui, System.getProperty("os.name", ""), FolderOpener::start);
    }

    /**
     * @param ui      runs the telling of a failure on the UI thread
     * @param os      the system's name ({@code os.name})
     * @param starter runs the opener's command (called on a thread of its own)
     */
    public FolderOpener(Supplier<Dialogs> dialogs, Supplier<Messages> messages, Executor ui, String os,
                        Starter starter) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.ui = ui;
        this.os = os.toLowerCase(Locale.ROOT);
        this.starter = starter;
    }

    /** The command opening {@code folder} on this system. */
    List<String> command(Path folder) {
        String path = folder.toAbsolutePath().toString();
        if (windows()) {
            return List.of("explorer.exe", path);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", path);
    }

    /** Opens the folder of a {@code file:} URI (what a saved notice hands over); returns the thread opening it. */
    public Thread openUri(String uri) {
        return open(Path.of(URI.create(uri)));
    }

    /** Opens {@code folder} in the file manager, on a thread of its own, which it returns. */
    public Thread open(Path folder) {
        List<String> command = command(folder);
        var opening = new Thread(() -> {
            String failure;
            try {
                int code = starter.run(command);
                failure = code == 0 || windows() ? null : messages.get().format("folder.open.exit", command.get(0), code);
            } catch (IOException e) {
                failure = messages.get().format("folder.open.notStarted", command.get(0));
            } catch (InterruptedException e) {
                return;
            }
            if (failure != null) {
                String why = failure;
                ui.execute(() -> {
                    Messages m = messages.get();
                    dialogs.get().showError(m.get("folder.open.title"), m.format("folder.open.failed", why),
                            folder.toAbsolutePath().toString());
                });
            }
        }, "delegations-open-folder");
        opening.setDaemon(true);
        opening.start();
        return opening;
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private static int start(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) ? p.exitValue() : 0;
    }
}
