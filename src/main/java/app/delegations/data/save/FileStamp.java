package app.delegations.data.save;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file held when it was read: its size, its modification time and a 64-bit hash of its bytes; or that
 * there was no file ({@link #ABSENT}). Two stamps are of the same content when {@link #sameContent} says so:
 * size and hash decide, the time does not (a file touched or rewritten with the same bytes has not changed;
 * one rewritten within the file system's time resolution with other bytes has). Take it from the very bytes
 * the records were read from ({@link #of(byte[], FileTime)}) so that a change between reading and stamping
 * cannot go unseen. The hash finds accidental changes, it is no defence against a forger.
 *
 * @param size the number of bytes, or -1 for no file
 * @param modified the modification time in milliseconds since the epoch (0 for no file); shown, not compared
 * @param hash the hash of the bytes ({@link #hash(byte[], int, int)}), 0 for no file
 */
public record FileStamp(long size, long modified, long hash) {
    /** No file at that path. */
    public static final FileStamp ABSENT = new FileStamp(-1, 0, 0);

    private static final int CHUNK = 1 << 16; // a multiple of 8: whole words per chunk
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    /** The stamp of these bytes, read from a file of that modification time. */
    public static FileStamp of(byte[] bytes, FileTime modified) {
        var h = new Hasher();
        h.add(bytes, 0, bytes.length);
        return new FileStamp(bytes.length, modified.toMillis(), h.finish());
    }

    /** The stamp of the file as it is now ({@link #ABSENT} when there is none); reads the whole file. */
    public static FileStamp read(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        var h = new Hasher();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                h.add(chunk, 0, n); // readNBytes fills the chunk but at the end: words never straddle chunks
            }
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        return new FileStamp(h.length, attributes.lastModifiedTime().toMillis(), h.finish());
    }

    /** Whether there is a file. */
    public boolean exists() {
        return size >= 0;
    }

    /** Whether both stamps are of the same bytes (or both of no file). */
    public boolean sameContent(FileStamp other) {
        return size == other.size && hash == other.hash;
    }

    /** The hash of {@code length} bytes from {@code offset}: 64 bits, each input bit spread over all of them. */
    static long hash(byte[] bytes, int offset, int length) {
        var h = new Hasher();
        h.add(bytes, offset, length);
        return h.finish();
    }

    /**
     * One lane of XXH64's rounds over little-endian words, then its final mix; fed in pieces whose lengths are
     * multiples of 8 but for the last one.
     */
    private static final class Hasher {
        private long acc = P5;
        private long length;

        void add(byte[] b, int off, int len) {
            int end = off + len;
            int i = off;
            for (; i + 8 <= end; i += 8) {
                long k = (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16
                        | (b[i + 3] & 0xFFL) << 24 | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40
                        | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
                acc ^= Long.rotateLeft(k * P2, 31) * P1;
                acc = Long.rotateLeft(acc, 27) * P1 + P4;
            }
            for (; i < end; i++) {
                acc ^= (b[i] & 0xFFL) * P5;
                acc = Long.rotateLeft(acc, 11) * P1;
            }
            length += len;
        }

        long finish() {
            long h = acc + length * P3;
            h ^= h >>> 33;
            h *= P2;
            h ^= h >>> 29;
            h *= P3;
            return h ^ (h >>> 32);
        }
    }

    @Override
    public String toString() {
        return exists() ? "FileStamp[" + size + " bytes, modified " + modified + ", hash " + Long.toHexString(hash)
                + "]" : "FileStamp[absent]";
    }
}
