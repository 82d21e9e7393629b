import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a macOS .icns file from PNG images, since Linux has no iconutil. Run as a single-file program:
 * {@code java Icns.java OUT.icns DIR}, where DIR holds delegations-N.png for N = 16, 32, 64, 128, 256, 512,
 * 1024. Each entry stores the PNG bytes unchanged (the format macOS 10.7+ reads for these types).
 */
public final class Icns {
    /** Entry type → pixel size of the PNG it holds (1x and @2x slots of the iconset). */
    private static final Map<String, Integer> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("icp4", 16);   // 16x16
        TYPES.put("icp5", 32);   // 32x32
        TYPES.put("ic11", 32);   // 16x16@2x
        TYPES.put("ic12", 64);   // 32x32@2x
        TYPES.put("ic07", 128);  // 128x128
        TYPES.put("ic13", 256);  // 128x128@2x
        TYPES.put("ic08", 256);  // 256x256
        TYPES.put("ic14", 512);  // 256x256@2x
        TYPES.put("ic09", 512);  // 512x512
        TYPES.put("ic10", 1024); // 512x512@2x
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java Icns.java OUT.icns PNG_DIR");
            System.exit(2);
        }
        var body = new ByteArrayOutputStream();
        var out = new DataOutputStream(body);
        for (var e : TYPES.entrySet()) {
            Path png = Path.of(args[1], "delegations-" + e.getValue() + ".png");
            byte[] data = Files.readAllBytes(png);
            for (int i = 0; i < PNG_MAGIC.length; i++) {
                if (data[i] != PNG_MAGIC[i]) {
                    throw new IOException(png + ": not a PNG file");
                }
            }
            out.writeBytes(e.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        out.flush();
        var file = new ByteArrayOutputStream();
        var head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        body.writeTo(head);
        head.flush();
        Files.write(Path.of(args[0]), file.toByteArray());
    }
}
