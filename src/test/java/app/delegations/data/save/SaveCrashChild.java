package app.delegations.data.save;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process {@link SaveCrashTest} kills: saves the files of {@link #FILES} in the archive folder given as its
 * argument through {@link SafeSave}, over and over, alternating version {@code B} and version {@code A} (the
 * folder starts with A), and prints the number of each round on a line of its own just before the round
 * starts. It does not end by itself, but for a safeguard: it exits when its standard input closes (the test's JVM
 * is gone) or after {@link #MAX_ROUNDS} rounds; it exits with 2 when a save is refused (nobody else writes the
 * folder).
 * Its classpath is the main and test classes only: it loads nothing else (no Jackson, no JavaFX).
 */
public final class SaveCrashChild {
    /** The files saved, by name, with their number of places: small, middling and large (about 0.3 MB). */
    static final Map<String, Integer> FILES = files();

    /** Far more rounds than any kill waits for. */
    static final int MAX_ROUNDS = 10_000;

    private SaveCrashChild() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        var orphan = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the test writes nothing: wait for the end of the input
                }
            } catch (IOException e) {
                // closed
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-watch");
        orphan.setDaemon(true);
        orphan.start();
        var save = new SafeSave(folder);
        var stamps = new HashMap<Path, FileStamp>();
        for (String name : FILES.keySet()) {
            stamps.put(folder.resolve(name), FileStamp.read(folder.resolve(name)));
        }
        for (long round = 1; round <= MAX_ROUNDS; round++) {
            String version = round % 2 == 1 ? "B" : "A";
            var changed = new LinkedHashMap<Path, byte[]>();
            FILES.forEach((name, places) -> changed.put(folder.resolve(name), version(name, version)));
            System.out.println(round);
            System.out.flush();
            SaveResult result = save.save(changed, stamps);
            if (result.refused()) {
                System.err.println("refused: " + result.changes());
                System.exit(2);
            }
            stamps.putAll(result.saved());
        }
    }

    /** The bytes of file {@code name} in version {@code A} or {@code B}. */
    static byte[] version(String name, String version) {
        return SaveFiles.data(name.substring(0, name.indexOf('.')), FILES.get(name), version);
    }

    private static Map<String, Integer> files() {
        var out = new LinkedHashMap<String, Integer>();
        out.put("a-small.json", 1);
        out.put("b-middle.json", 100);
        out.put("c-large.json", 1500);
        out.put("d-small.json", 3);
        return Collections.unmodifiableMap(out);
    }
}
