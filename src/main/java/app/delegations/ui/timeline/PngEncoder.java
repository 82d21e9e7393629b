package app.delegations.ui.timeline;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * Writes an image as an 8-bit RGBA PNG (signature, IHDR, one zlib IDAT with the Sub filter, IEND), so that
 * exporting needs neither javafx.swing nor java.desktop.
 */
public final class PngEncoder {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    public static void write(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        if (reader == null || width <= 0 || height <= 0) {
            throw new IOException("the image has no pixels to write");
        }
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        write(width, height, argb, out);
    }

    /** @param argb non-premultiplied ARGB pixels, row by row; any thread */
    public static void write(int width, int height, int[] argb, OutputStream out) throws IOException {
        var data = new DataOutputStream(out);
        data.write(SIGNATURE);
        var header = new ByteArrayOutputStream(13);
        var h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);  // bits per sample
        h.writeByte(6);  // colour type: RGBA
        h.writeByte(0);  // deflate
        h.writeByte(0);  // adaptive filtering
        h.writeByte(0);  // no interlace
        chunk(data, "IHDR", header.toByteArray());
        chunk(data, "IDAT", compress(width, height, argb));
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static byte[] compress(int width, int height, int[] argb) throws IOException {
        var bytes = new ByteArrayOutputStream(width * height);
        var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (var z = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 4 * width];
            byte[] raw = new byte[4 * width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    raw[4 * x] = (byte) (p >>> 16);
                    raw[4 * x + 1] = (byte) (p >>> 8);
                    raw[4 * x + 2] = (byte) p;
                    raw[4 * x + 3] = (byte) (p >>> 24);
                }
                row[0] = 1;  // Sub: each byte minus the same channel of the pixel to its left
                for (int i = 0; i < raw.length; i++) {
                    row[1 + i] = (byte) (raw[i] - (i >= 4 ? raw[i - 4] : 0));
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] payload) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(payload);
        out.writeInt(payload.length);
        out.write(name);
        out.write(payload);
        out.writeInt((int) crc.getValue());
    }
}
