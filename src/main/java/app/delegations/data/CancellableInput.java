package app.delegations.data;

import java.io.InputStream;

/**
 * The bytes of a data file as the JSON parser reads them, in chunks of at most {@link #CHUNK} bytes, asking
 * before each chunk whether the load is cancelled: parsing, whatever the file holds (one long string, deep
 * nesting, a value skipped), then stops within one chunk's work.
 */
final class CancellableInput extends InputStream {
    static final int CHUNK = 1 << 16;

    private final byte[] bytes;
    private final LoadProgress progress;
    private int at;

    CancellableInput(byte[] bytes, LoadProgress progress) {
        this.bytes = bytes;
        this.progress = progress;
    }

    @Override
    public int read() {
        LoadCancelled.check(progress);
        return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        LoadCancelled.check(progress);
        if (length == 0) {
            return 0;
        }
        int n = Math.min(Math.min(length, CHUNK), bytes.length - at);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
    }

    @Override
    public int available() {
        return bytes.length - at;
    }
}
