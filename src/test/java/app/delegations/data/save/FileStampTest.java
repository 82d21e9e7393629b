package app.delegations.data.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path folder;

    @Test
    void aFilesStampIsThatOfTheBytesItWasReadFrom() throws IOException {
        byte[] bytes = new byte[200_003]; // more than one chunk, and not whole words
        new Random(1).nextBytes(bytes);
        Path file = Files.write(folder.resolve("a.json"), bytes);

        FileStamp read = FileStamp.read(file);

        assertEquals(FileStamp.of(bytes, Files.getLastModifiedTime(file)), read);
        assertEquals(bytes.length, read.size());
        assertTrue(read.exists());
    }

    @Test
    void oneBitChangedOrOneByteMoreIsAnotherContent() {
        byte[] bytes = "{\"places\": [\"krakow\"]}".getBytes(StandardCharsets.UTF_8);
        var hashes = new HashSet<Long>();
        hashes.add(FileStamp.hash(bytes, 0, bytes.length));
        for (int i = 0; i < bytes.length * 8; i++) {
            bytes[i / 8] ^= (byte) (1 << (i % 8));
            assertTrue(hashes.add(FileStamp.hash(bytes, 0, bytes.length)), "bit " + i);
            bytes[i / 8] ^= (byte) (1 << (i % 8));
        }
        assertNotEquals(FileStamp.hash(new byte[8], 0, 8), FileStamp.hash(new byte[9], 0, 9), "a zero byte more");
        assertNotEquals(FileStamp.hash(new byte[0], 0, 0), FileStamp.hash(new byte[1], 0, 1));
    }

    @Test
    void noFileIsAbsentAndDiffersFromAnEmptyFile() throws IOException {
        assertEquals(FileStamp.ABSENT, FileStamp.read(folder.resolve("none.json")));
        assertFalse(FileStamp.ABSENT.exists());
        FileStamp empty = FileStamp.read(Files.write(folder.resolve("empty.json"), new byte[0]));
        assertFalse(empty.sameContent(FileStamp.ABSENT));
        assertTrue(FileStamp.ABSENT.sameContent(FileStamp.ABSENT));
    }
}
