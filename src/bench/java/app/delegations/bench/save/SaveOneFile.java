package app.delegations.bench.save;

import app.delegations.bench.ArchiveRounds;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.save.FileStamp;
import app.delegations.data.save.SafeSave;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The disk part of issue 15's "saving one changed event in the 100,000-record archive ≤ 50 ms": {@link
 * SafeSave#save} of one changed event file of the generated archive (500 files), the bytes given (the canonical
 * writer's part is measured apart). A copy of the archive's files in {@code target/bench-save} is saved, two
 * versions of its middle event file in turn (one English name's first letter changed). Against two floors on
 * the same file and bytes: {@code write}, {@link Files#write} (no flush: the page cache only), and {@code
 * writeForce}, the write and one {@link FileChannel#force} (what any durable save pays). Also {@code stamp}, the
 * {@link FileStamp#read} of the file a save makes to see that nobody changed it. Wall time (a flush waits for
 * the disk, not the CPU); prints the median and p90 of each after warm-up rounds, interleaved.
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.save.SaveOneFile [RECORDS [FILES [ROUNDS [WARM]]]]
 * </pre>
 */
public final class SaveOneFile {
    private SaveOneFile() {
    }

    public static void main(String[] args) throws IOException {
        var run = ArchiveRounds.of(args, 50, 10);
        int rounds = run.rounds();
        int warm = run.warm();
        Path source = run.data().archive();
        Path archive = Path.of("target/bench-save");
        copy(source, archive);
        List<Path> data = ArchiveLoader.dataFiles(archive);
        Path file = data.stream().filter(p -> p.getFileName().toString().startsWith("event")).skip(data.size() / 4)
                .findFirst().orElse(data.get(data.size() / 2));
        byte[][] versions = versions(Files.readAllBytes(file));
        Path floor = file.resolveSibling("floor.bin");

        var save = new SafeSave(archive);
        FileStamp stamp = FileStamp.read(file);
        long[][] times = new long[4][rounds];
        for (int i = -warm; i < rounds; i++) {
            byte[] bytes = versions[(i + warm + 1) % 2];
            long t0 = System.nanoTime();
            stamp = save.save(Map.of(file, bytes), Map.of(file, stamp)).saved().get(file);
            long t1 = System.nanoTime();
            Files.write(floor, bytes);
            long t2 = System.nanoTime();
            try (FileChannel channel = FileChannel.open(floor, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            long t3 = System.nanoTime();
            FileStamp.read(file);
            long t4 = System.nanoTime();
            if (i >= 0) {
                times[0][i] = t1 - t0;
                times[1][i] = t2 - t1;
                times[2][i] = t3 - t2;
                times[3][i] = t4 - t3;
            }
        }
        Files.delete(floor);
        System.out.printf("%s (%d bytes) of %d files, %d rounds after %d%n", file.getFileName(), versions[0].length,
                data.size(), rounds, warm);
        String[] names = {"save", "write", "writeForce", "stamp"};
        for (int k = 0; k < names.length; k++) {
            Arrays.sort(times[k]);
            System.out.printf("%-10s median %6.2f ms, p90 %6.2f ms%n", names[k], times[k][rounds / 2] / 1e6,
                    times[k][rounds * 9 / 10] / 1e6);
        }
    }

    /** The file's bytes and the same with one letter of its first English title changed. */
    private static byte[][] versions(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"en\": \"") + "\"en\": \"".length();
        char c = text.charAt(at);
        String other = text.substring(0, at) + (c == 'X' ? 'Y' : 'X') + text.substring(at + 1);
        return new byte[][] {bytes, other.getBytes(StandardCharsets.UTF_8)};
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (Stream<Path> all = Files.walk(to)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(to);
        for (Path f : ArchiveLoader.dataFiles(from)) {
            Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
