package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.text.Msg;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The loader's shortcuts over text give what the plain ways give: whitespace without the Unicode tables,
 * and source texts decoded without checking their bytes twice.
 */
class TextShortcutsTest {

    @Test
    void isSpaceIsJavasWhitespaceForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch), QuoteIndex.isSpace(ch),
                    () -> "U+" + Integer.toHexString(ch));
        }
    }

    /** Source decoding as it was: the whole check first, then the JDK's decoder. */
    private static SourceFiles.Text decodeChecked(byte[] bytes, int length) {
        TextEncoding.Check check = TextEncoding.check(bytes, length);
        if (!check.ok()) {
            var positions = new TextPositions(bytes, length, check.textStart());
            int line = positions.line(check.at());
            return SourceFiles.Text.problem(Msg.of("sourceFile.encoding", check.problem(), String.valueOf(line),
                    String.valueOf(positions.column(check.at(), line))));
        }
        String text = new String(bytes, check.textStart(), length - check.textStart(), StandardCharsets.UTF_8);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SourceFiles.Text(text, null);
    }

    @Property(tries = 3000)
    void decodeGivesWhatCheckingFirstGave(@ForAll("texts") byte[] bytes) {
        assertEquals(decodeChecked(bytes, bytes.length), SourceFiles.decode(bytes, bytes.length));
    }

    /** Where the first byte that is not UTF-8 text (or a NUL) stands, by the JDK's strict decoder; -1: none. */
    private static int firstBadByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return firstMalformed(bytes, i) < i ? firstMalformed(bytes, i) : i;
            }
        }
        return firstMalformed(bytes, bytes.length);
    }

    private static int firstMalformed(byte[] bytes, int end) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        var in = ByteBuffer.wrap(bytes, 0, bytes.length);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() && in.position() < end ? in.position() : Integer.MAX_VALUE;
    }

    @Property(tries = 3000)
    void encodingCheckFindsTheFirstBadByte(@ForAll("texts") byte[] piece, @ForAll("texts") byte[] other) {
        byte[] bytes = ("{\"a\": \"" + "x".repeat(piece.length % 13) + "\"").getBytes(StandardCharsets.UTF_8);
        bytes = concat(concat(bytes, piece), concat("Kraków, Gdańsk i Łódź ".getBytes(StandardCharsets.UTF_8), other));
        TextEncoding.Check check = TextEncoding.check(bytes, bytes.length);
        int bad = firstBadByte(bytes);
        assertEquals(bad == Integer.MAX_VALUE ? -1 : bad, check.at(), () -> Arrays.toString(piece)
                + " " + Arrays.toString(other));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodeOfEveryShortSequenceGivesWhatCheckingFirstGave() {
        byte[] prefix = "Notatka\r\n".getBytes(StandardCharsets.UTF_8);
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : new int[] {0x00, 0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
                    byte[] bytes = new byte[prefix.length + 3];
                    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
                    bytes[prefix.length] = (byte) a;
                    bytes[prefix.length + 1] = (byte) b;
                    bytes[prefix.length + 2] = (byte) c;
                    assertEquals(decodeChecked(bytes, bytes.length), SourceFiles.decode(bytes, bytes.length));
                    byte[] start = {(byte) a, (byte) b, (byte) c, 0x41};
                    assertEquals(decodeChecked(start, start.length), SourceFiles.decode(start, start.length));
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> texts() {
        String[] pieces = {"Kraków ", "ą", "\r\n", "\r", "\n", "\uFFFD", "\u0000", "\uFEFF", "żółć", "𝄞", " "};
        byte[][] raw = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
            {0, 0}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {'{', 0}, {0, '{'}};
        return Arbitraries.longs().map(seed -> {
            var random = new Random(seed);
            var out = new ByteArrayOutputStream();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                byte[] piece = random.nextInt(3) == 0 ? raw[random.nextInt(raw.length)]
                        : pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
                out.write(piece, 0, piece.length);
            }
            return out.toByteArray();
        });
    }
}
