package app.delegations.data.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The previous versions of an archive's files: {@code .backups/<the file's path in the archive>/<time><ext>}, e.g.
 * {@code .backups/congress-2016.json/2026-12-06T09-15-30.123Z.json}, the time (UTC) at which that version was
 * replaced. The names of one file's backups sort as their times, newest last, also when the clock goes back or
 * two saves fall in one millisecond (a name is never earlier than the newest there). The last {@link #KEEP} of
 * each file are kept. The archive's loader reads no subfolder, so backups are never data.
 */
public final class Backups {
    /** The folder of the backups, in the archive's folder. */
    public static final String FOLDER = ".backups";
    /** How many backups of one file are kept. */
    public static final int KEEP = 10;

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int NAME_LENGTH = "2026-12-06T09-15-30.123Z".length();
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z");

    private final Path archive;
    private final Clock clock;
    private final int keep;

    /** The backups of the archive in {@code archiveFolder}. */
    public Backups(Path archiveFolder) {
        this(archiveFolder, Clock.systemUTC(), KEEP);
    }

    Backups(Path archiveFolder, Clock clock, int keep) {
        this.archive = archiveFolder.toAbsolutePath().normalize();
        this.clock = clock;
        this.keep = keep;
    }

    /** The backups of {@code file} (a file of the archive), oldest first; none when there are none. */
    public List<Path> of(Path file) throws IOException {
        Path folder = folderOf(file);
        var out = new ArrayList<Path>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
            for (Path p : in) {
                if (isBackup(p, extension(file))) {
                    out.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        out.sort(null);
        return Collections.unmodifiableList(out);
    }

    /** When the version a backup holds was replaced. */
    public static Instant time(Path backup) {
        return Instant.from(NAME.parse(String.valueOf(backup.getFileName()).substring(0, NAME_LENGTH)));
    }

    /** The folder of {@code file}'s backups (a file of the archive, e.g. {@code sources/note.txt}). */
    Path folderOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(archive) || absolute.equals(archive)) {
            throw new IllegalArgumentException(file + " is not in the archive " + archive);
        }
        return archive.resolve(FOLDER).resolve(archive.relativize(absolute));
    }

    /**
     * Keeps the version of {@code file} now on disk as its newest backup: a second name (hard link) of the same
     * bytes when {@code link} and the file system allows it (nothing is copied, and the bytes stay as they are
     * when the file's name is moved to a new version), else a copy flushed to the disk with its name. Null when
     * there is no file.
     */
    Path keep(Path file, boolean link) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Path folder = folderOf(file);
        Files.createDirectories(folder);
        Path backup = folder.resolve(nextName(file));
        if (link) {
            try {
                Files.createLink(backup, linkedTo(file)); // a hard link to a symbolic link would be the link
                return backup;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links here (FAT, some shares): a copy
            }
        }
        copy(file, backup);
        return backup;
    }

    /** The file {@code file} leads to when it is a symbolic link (a data file shared by a link), else itself. */
    static Path linkedTo(Path file) throws IOException {
        return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    }

    /** Replaces {@code backup}, a hard link to {@code file}, by a copy of it flushed to the disk. */
    void unlink(Path backup, Path file) throws IOException {
        Files.delete(backup);
        copy(file, backup);
    }

    /** Deletes all but the newest {@link #KEEP} backups of {@code file}, and copies a crash left half-made. */
    void prune(Path file) throws IOException {
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folderOf(file), "*" + Replacement.TEMP + "*")) {
            for (Path p : in) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            return;
        }
        List<Path> all = of(file);
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    private static void copy(Path file, Path backup) throws IOException {
        Path temp = backup.resolveSibling(backup.getFileName() + Replacement.TEMP
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.copy(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, backup, StandardCopyOption.REPLACE_EXISTING);
            Replacement.forceFolder(backup.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Now, or just after the newest backup of {@code file} if that is not earlier. */
    private String nextName(Path file) throws IOException {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Path> all = of(file);
        if (!all.isEmpty()) {
            Instant newest = time(all.get(all.size() - 1));
            if (!at.isAfter(newest)) {
                at = newest.plusMillis(1);
            }
        }
        return NAME.format(at) + extension(file);
    }

    private static boolean isBackup(Path p, String extension) {
        String name = String.valueOf(p.getFileName());
        if (name.length() != NAME_LENGTH + extension.length() || !name.endsWith(extension)
                || !TIME.matcher(name.substring(0, NAME_LENGTH)).matches()) {
            return false;
        }
        try {
            time(p);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code .json} of {@code congress-2016.json}; empty for a name without a dot. */
    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }
}
