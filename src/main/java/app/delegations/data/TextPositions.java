package app.delegations.data;

import java.util.Arrays;

/**
 * Turns byte offsets in UTF-8 text into 1-based line and column numbers, the way editors count them: a line
 * ends at LF, CRLF or a lone CR; a column counts characters (code points), not bytes; a byte-order mark is
 * not a column. The line table is built on first use, so a file without problems never pays for it.
 */
final class TextPositions {
    private final byte[] bytes;
    private final int length;
    private final int textStart;
    private int[] lineStarts;
    private int lineCount;

    // the last position asked for, so that columns on one long line are counted incrementally
    private int lastLine = -1;
    private int lastOffset;
    private int lastColumn;

    TextPositions(byte[] bytes, int length, int textStart) {
        this.bytes = bytes;
        this.length = length;
        this.textStart = textStart;
    }

    /** 1-based line of the byte at {@code offset}. */
    int line(long offset) {
        if (lineStarts == null) {
            build();
        }
        int at = clamp(offset);
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, at);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of the byte at {@code offset} on {@code line}. */
    int column(long offset, int line) {
        int at = clamp(offset);
        int from = lineStarts[line - 1];
        int column = 1;
        if (line == lastLine && at >= lastOffset) {
            from = lastOffset;
            column = lastColumn;
        }
        for (int i = from; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        lastLine = line;
        lastOffset = at;
        lastColumn = column;
        return column;
    }

    private int clamp(long offset) {
        return (int) Math.max(textStart, Math.min(offset, length));
    }

    private void build() {
        int[] starts = new int[256];
        int n = 0;
        starts[n++] = textStart;
        for (int i = textStart; i < length; i++) {
            byte c = bytes[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && bytes[i + 1] == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = starts;
        lineCount = n;
    }
}
