package app.delegations.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Where every export's file chooser opens (File › Export, Export all, the brief's PDF, a PNG): the folder of the
 * last file saved by any of them, kept in the preferences ({@link AppPreferences}, under {@value #KEY}) across runs. The stored folder is untrusted: one that is
 * gone, is a file, is not a path, or does not answer within {@link #WAIT} (a share out of reach, which can keep
 * the system busy for many seconds) gives the user's Documents folder, or home when there is none; never an error.
 * The folder is asked on a thread of its own, so a share that does not answer holds the window for at most
 * {@link #WAIT}, and once: a folder that stayed silent is not waited for again in this run (the next export opens
 * the fallback at once) until a question asked in the background meanwhile finds it a folder again.
 */
public final class ExportFolder {
    /** How long the stored folder may take to answer whether it is a folder. */
    static final Duration WAIT = Duration.ofMillis(500);
    /** The preference holding the folder: an absolute path. */
    static final String KEY = "export.folder";

    private final AppPreferences prefs;
    private final Predicate<Path> isFolder;
    private final Path home;
    private final Duration wait;
    /** Folders that did not answer within {@link #wait}: not waited for again while they stay silent. */
    private final Set<Path> silent = ConcurrentHashMap.newKeySet();

    /** The folder kept in {@code prefs}, the user's home ({@code user.home}) as the fallback. */
    public ExportFolder(AppPreferences prefs) {
        this(prefs, Files::isDirectory, Path.of(System.getProperty("user.home")), WAIT);
    }

    /**
     * @param isFolder whether a path is a folder (it may block: it is asked on a thread of its own)
     * @param home     the user's home folder, the fallback (its {@code Documents} when that is a folder)
     * @param wait     how long {@code isFolder} may take
     */
    ExportFolder(AppPreferences prefs, Predicate<Path> isFolder, Path home, Duration wait) {
        this.prefs = prefs;
        this.isFolder = isFolder;
        this.home = home;
        this.wait = wait;
    }

    /** The folder the next export's chooser opens in: the last one saved to if it is still a folder, else the fallback. */
    public Path initial() {
        Optional<Path> stored = stored();
        if (stored.isPresent() && answers(stored.get())) {
            return stored.get();
        }
        Path documents = home.resolve("Documents");
        return answers(documents) ? documents : home;
    }

    /** Remembers the folder of {@code file}, just saved. */
    public void saved(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.put(KEY, folder.toString());
        }
    }

    /** The folder as stored, if it reads as an absolute path (it may be anything: see the class comment). */
    Optional<Path> stored() {
        return StoredNode.path(prefs.get(KEY, null));
    }

    /**
     * True when {@code folder} is a folder, said within {@link #wait}; a failure or no answer in time is false. A
     * folder silent before is asked again in the background, and false is answered at once.
     */
    private boolean answers(Path folder) {
        if (silent.contains(folder)) {
            ask(folder);
            return false;
        }
        CompletableFuture<Boolean> answer = ask(folder);
        try {
            return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            silent.add(folder);
            if (answer.getNow(false)) {
                silent.remove(folder); // it answered as it was noted silent
            }
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code folder} stayed silent and is not waited for. */
    boolean silent(Path folder) {
        return silent.contains(folder);
    }

    /** Asks {@link #isFolder} on a thread of its own; a folder found is no longer silent. */
    private CompletableFuture<Boolean> ask(Path folder) {
        var answer = new CompletableFuture<Boolean>();
        var asking = new Thread(() -> {
            boolean is;
            try {
                is = isFolder.test(folder);
            } catch (RuntimeException e) {
                is = false;
            }
            if (is) {
                silent.remove(folder);
            }
            answer.complete(is);
        }, "delegations-export-folder");
        asking.setDaemon(true); // a share that never answers does not keep the app from ending
        asking.start();
        return answer;
    }
}
