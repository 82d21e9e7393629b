package app.delegations.data.save;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The unsaved edits of an archive, kept on disk so that a crash or a power cut loses at most the last moments
 * of work: {@link #write} every now and then while there are unsaved edits, {@link #find} after a start to
 * offer them back, {@link #discard} once they are saved or thrown away.
 *
 * <p>They live in the archive's {@code .recovery/} folder (never read as data: the loader reads no subfolder),
 * each write in a new numbered folder ({@code .recovery/0000000007/}) holding the files' bytes and, written
 * last and by an atomic rename, {@code manifest.json} ({@link RecoveryManifest}); then the older folders are
 * deleted. So a crash while writing leaves the previous copy whole, and {@link #find} offers the newest copy whose
 * manifest is there and whose bytes match it. One writer per archive at a time.
 */
public final class Recovery {
    /** The folder of the recovery copies, in the archive's folder. */
    public static final String FOLDER = ".recovery";

    private static final Pattern GENERATION = Pattern.compile("\\d{10}");
    /** The name of a file's bytes in a copy: a number, never a path. */
    private static final Pattern STORED = Pattern.compile("\\d{1,9}");

    private final Clock clock;

    public Recovery() {
        this(Clock.systemUTC());
    }

    Recovery(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps {@code unsavedFiles} (by their names in the archive: {@code visits.json}, {@code sources/note.txt})
     * as the archive's recovery copy, replacing the previous one, with the stamps of the files on disk as they
     * are now as the versions the edits started from. Prefer {@link #write(Path, Map, Map)} with the stamps
     * taken when the files were read.
     */
    public void write(Path archiveFolder, Map<String, byte[]> unsavedFiles) throws IOException {
        var bases = new HashMap<String, FileStamp>();
        for (String name : unsavedFiles.keySet()) {
            bases.put(name, FileStamp.read(inArchive(archiveFolder, name)));
        }
        write(archiveFolder, unsavedFiles, bases);
    }

    /**
     * Keeps {@code unsavedFiles} as the archive's recovery copy, replacing the previous one; {@code bases} holds
     * the stamp of each file as it was read (missing: a new file). Nothing unsaved discards the copy.
     *
     * @throws IllegalArgumentException when a name is not that of a file in the archive
     */
    public void write(Path archiveFolder, Map<String, byte[]> unsavedFiles, Map<String, FileStamp> bases)
            throws IOException {
        if (unsavedFiles.isEmpty()) {
            discard(archiveFolder);
            return;
        }
        var names = new TreeMap<>(unsavedFiles);
        for (String name : names.keySet()) {
            inArchive(archiveFolder, name);
        }
        Path root = archiveFolder.resolve(FOLDER);
        Files.createDirectories(root);
        List<Path> before = generations(root);
        long next = before.isEmpty() ? 1 : number(before.get(0)) + 1;
        Path copy = root.resolve(String.format("%010d", next));
        Files.createDirectory(copy);
        var entries = new ArrayList<RecoveryManifest.Entry>();
        for (var e : names.entrySet()) {
            String stored = String.valueOf(entries.size());
            writeForced(copy.resolve(stored), e.getValue());
            entries.add(new RecoveryManifest.Entry(e.getKey(), stored, e.getValue().length,
                    FileStamp.hash(e.getValue(), 0, e.getValue().length),
                    bases.getOrDefault(e.getKey(), FileStamp.ABSENT)));
        }
        Path manifest = copy.resolve(RecoveryManifest.NAME);
        Path temp = Replacement.writeTemporary(manifest, new RecoveryManifest(clock.instant(), entries).bytes());
        Files.move(temp, manifest, StandardCopyOption.ATOMIC_MOVE);
        Replacement.forceFolder(copy);
        Replacement.forceFolder(root);
        for (Path old : before) {
            deleteTree(old);
        }
    }

    /** The newest whole recovery copy of the archive, if there is one; a damaged one is passed over. */
    public Optional<Recovered> find(Path archiveFolder) {
        Path root = archiveFolder.resolve(FOLDER);
        try {
            for (Path copy : generations(root)) {
                Optional<Recovered> found = read(copy);
                if (found.isPresent()) {
                    return found;
                }
            }
        } catch (IOException e) {
            // no readable recovery folder: nothing to offer
        }
        return Optional.empty();
    }

    /** Deletes the archive's recovery copies (after a save, or when the officer discards the edits). */
    public void discard(Path archiveFolder) throws IOException {
        Path root = archiveFolder.resolve(FOLDER);
        if (Files.isDirectory(root)) {
            deleteTree(root);
        }
    }

    private static Optional<Recovered> read(Path copy) {
        try {
            RecoveryManifest manifest = RecoveryManifest.parse(Files.readAllBytes(copy.resolve(
                    RecoveryManifest.NAME)));
            var files = new TreeMap<String, byte[]>();
            var bases = new TreeMap<String, FileStamp>();
            for (RecoveryManifest.Entry e : manifest.files()) {
                if (!STORED.matcher(e.stored()).matches()) {
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(copy.resolve(e.stored()));
                if (bytes.length != e.size() || FileStamp.hash(bytes, 0, bytes.length) != e.hash()) {
                    return Optional.empty();
                }
                files.put(e.name(), bytes);
                bases.put(e.name(), e.base());
            }
            return Optional.of(new Recovered(manifest.written(), files, bases));
        } catch (IOException e) {
            return Optional.empty(); // half-written (no manifest yet) or damaged: an older copy may be whole
        }
    }

    /** The numbered copies, newest first. */
    private static List<Path> generations(Path root) throws IOException {
        var out = new ArrayList<Path>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(root)) {
            for (Path p : in) {
                if (GENERATION.matcher(String.valueOf(p.getFileName())).matches() && Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Path::getFileName).reversed());
        return out;
    }

    private static long number(Path generation) {
        return Long.parseLong(String.valueOf(generation.getFileName()));
    }

    /** The file {@code name} of the archive; throws when the name leads out of it. */
    private static Path inArchive(Path archiveFolder, String name) {
        Path folder = archiveFolder.toAbsolutePath().normalize();
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || file.equals(folder) || Path.of(name).isAbsolute()
                || file.startsWith(folder.resolve(FOLDER)) || file.startsWith(folder.resolve(Backups.FOLDER))) {
            throw new IllegalArgumentException("not a file of the archive: " + name);
        }
        return file;
    }

    private static void writeForced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (NoSuchFileException e) {
            // gone already
        }
    }
}
