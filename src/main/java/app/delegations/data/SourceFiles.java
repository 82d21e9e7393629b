package app.delegations.data;

import app.delegations.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the source texts a data file names, from its folder or from the bundled data, and never from
 * anywhere else: a name must be a plain relative path (no "..", no absolute path, no backslash), and on disk
 * its real path (symbolic links resolved) must lie inside the data file's folder. Texts are UTF-8, at most
 * {@link Limits#MAX_SOURCE_BYTES}; line ends become \n.
 */
abstract class SourceFiles {

    /** A text, or why there is none: {@code problem} completes "the source file \"x\" …". */
    record Text(String text, Msg problem) {
        static Text problem(Msg why) {
            return new Text(null, why);
        }
    }

    private final Map<String, Text> read = new HashMap<>();

    /** Sources of a data file in {@code folder} on disk. */
    static SourceFiles folder(Path folder) {
        return new Folder(folder);
    }

    /** Sources of the bundled data, on the class path under {@code root} (ending in /). */
    static SourceFiles bundled(String root) {
        return new Bundled(root);
    }

    /** The text of {@code name} (as the data file writes it); read once, then remembered. */
    final Text read(String name) {
        return read.computeIfAbsent(name, n -> {
            Msg bad = checkName(n);
            return bad != null ? Text.problem(bad) : readChecked(n);
        });
    }

    abstract Text readChecked(String name);

    /** Why {@code name} is not an acceptable source file name, or null. */
    static Msg checkName(String name) {
        if (name.isEmpty()) {
            return Msg.of("sourceFile.emptyName");
        }
        if (name.length() > Limits.MAX_ID_CHARS) {
            return Msg.of("sourceFile.longName", Limits.MAX_ID_CHARS);
        }
        if (name.indexOf('\\') >= 0) {
            return Msg.of("sourceFile.backslash");
        }
        if (name.startsWith("/") || name.length() >= 2 && name.charAt(1) == ':') {
            return Msg.of("sourceFile.absolute");
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 32 || name.charAt(i) == 127) {
                return Msg.of("sourceFile.control");
            }
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return Msg.of("sourceFile.parent");
            }
            if (part.isEmpty() || part.equals(".")) {
                return Msg.of("sourceFile.notPlain");
            }
        }
        return null;
    }

    /**
     * The text of a source file's bytes, or why they are not UTF-8 text. The JDK's decoder replaces every
     * byte that is not well-formed UTF-8 with U+FFFD (it rejects what {@link TextEncoding#check} rejects:
     * overlong forms, surrogates, past U+10FFFF), so a decoded text with no U+FFFD, no NUL and no byte-order
     * mark of UTF-16 or UTF-32 is known good without a second pass over the bytes; otherwise the check says
     * what is wrong and where.
     */
    static Text decode(byte[] bytes, int length) {
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String decoded = new String(bytes, start, length - start, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0 && decoded.indexOf('\0') < 0 && (start == 3 || !maybeWide(bytes, length))) {
            return new Text(lineEnds(decoded), null);
        }
        TextEncoding.Check check = TextEncoding.check(bytes, length);
        if (!check.ok()) {
            var positions = new TextPositions(bytes, length, check.textStart());
            int line = positions.line(check.at());
            return Text.problem(Msg.of("sourceFile.encoding", check.problem(), String.valueOf(line),
                    String.valueOf(positions.column(check.at(), line))));
        }
        return new Text(lineEnds(start == check.textStart() ? decoded
                : new String(bytes, check.textStart(), length - check.textStart(), StandardCharsets.UTF_8)), null);
    }

    /** True when the bytes might be UTF-16 or UTF-32 that {@link TextEncoding#check} recognises. */
    private static boolean maybeWide(byte[] b, int length) {
        return length >= 2 && (b[0] == 0 || b[1] == 0 || (b[0] & 0xFF) >= 0xFE);
    }

    private static String lineEnds(String text) {
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    private static final class Folder extends SourceFiles {
        private final Path folder;
        private Path realFolder;

        Folder(Path folder) {
            this.folder = folder;
        }

        @Override
        Text readChecked(String name) {
            try {
                if (realFolder == null) {
                    realFolder = folder.toRealPath();
                }
                Path real = folder.resolve(name).toRealPath();
                if (!real.startsWith(realFolder)) {
                    return Text.problem(Msg.of("sourceFile.link"));
                }
                if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    return Text.problem(Msg.of("sourceFile.notRegular"));
                }
                long size = Files.size(real);
                if (size > Limits.MAX_SOURCE_BYTES) {
                    return tooLarge();
                }
                byte[] bytes = new byte[(int) size + 1]; // one byte more: a file that grew is seen, not cut
                int n;
                try (InputStream in = Files.newInputStream(real)) {
                    n = in.readNBytes(bytes, 0, bytes.length);
                    if (n == bytes.length) {
                        byte[] rest = in.readNBytes(Limits.MAX_SOURCE_BYTES + 1 - n);
                        bytes = Arrays.copyOf(bytes, n + rest.length);
                        System.arraycopy(rest, 0, bytes, n, rest.length);
                        n = bytes.length;
                    }
                }
                return n > Limits.MAX_SOURCE_BYTES ? tooLarge() : decode(bytes, n);
            } catch (NoSuchFileException e) {
                return Text.problem(Msg.of("sourceFile.missing"));
            } catch (AccessDeniedException e) {
                return Text.problem(Msg.of("sourceFile.denied"));
            } catch (InvalidPathException e) {
                return Text.problem(Msg.of("sourceFile.badName"));
            } catch (IOException e) {
                return Text.problem(Msg.of("sourceFile.unreadable", IoReason.of(e)));
            }
        }
    }

    private static final class Bundled extends SourceFiles {
        private final String root;

        Bundled(String root) {
            this.root = root;
        }

        @Override
        Text readChecked(String name) {
            try (InputStream in = SourceFiles.class.getResourceAsStream(root + name)) {
                if (in == null) {
                    return Text.problem(Msg.of("sourceFile.notBundled"));
                }
                byte[] bytes = in.readNBytes(Limits.MAX_SOURCE_BYTES + 1);
                return bytes.length > Limits.MAX_SOURCE_BYTES ? tooLarge() : decode(bytes, bytes.length);
            } catch (IOException e) {
                return Text.problem(Msg.of("sourceFile.bundledUnreadable", IoReason.of(e)));
            }
        }
    }

    private static Text tooLarge() {
        return Text.problem(Msg.of("sourceFile.tooLarge", Limits.MAX_SOURCE_BYTES >> 20));
    }
}
