package app.delegations.bench.load;

import app.delegations.bench.BenchData;
import app.delegations.bench.DatasetGenerator;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code LoadAllocation [RECORDS [LOADS]]}: bytes allocated by the loading thread per load of a generated
 * file (deterministic, unlike times on a shared machine), and the median time of the loads. Loads the file
 * {@code LOADS} times (default 7) in one JVM, the first two as warm-up, each with the real
 * {@link DatasetLoader} (reading the file and its notes included). Prints one JSON object.
 */
public final class LoadAllocation {
    private LoadAllocation() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        DatasetGenerator.Summary data = BenchData.standard(records);
        // through reflection: the test sources compile inside the app's module, which does not read
        // java.management (and the app must not require it for a benchmark)
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                .invoke(null);
        Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getThreadAllocatedBytes", long.class);
        long thread = Thread.currentThread().getId();
        int warmUp = Math.min(2, loads - 1);
        long[] bytes = new long[loads - warmUp];
        long[] nanos = new long[loads - warmUp];
        for (int i = 0; i < loads; i++) {
            long a0 = (long) allocated.invoke(threads, thread);
            long t0 = System.nanoTime();
            LoadResult result = new DatasetLoader().load(data.file());
            long t1 = System.nanoTime();
            long a1 = (long) allocated.invoke(threads, thread);
            if (!result.ok() || !result.problems().isEmpty()) {
                System.err.println("not loaded cleanly: " + result.problems().stream().limit(5).toList());
                System.exit(1);
            }
            if (i >= warmUp) {
                bytes[i - warmUp] = a1 - a0;
                nanos[i - warmUp] = t1 - t0;
            }
        }
        long floor = readTreeAllocation(data, allocated, threads, thread);
        Arrays.sort(bytes);
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "{\"records\": %d, \"fileBytes\": %d, \"loads\": %d, "
                        + "\"allocatedMBPerLoad\": %.1f, \"allocatedMBMin\": %.1f, \"allocatedMBMax\": %.1f, "
                        + "\"medianMs\": %d, \"readTreeMB\": %.1f}%n",
                records, data.bytes(), bytes.length, bytes[bytes.length / 2] / 1e6, bytes[0] / 1e6,
                bytes[bytes.length - 1] / 1e6, nanos[nanos.length / 2] / 1_000_000, floor / 1e6);
    }

    /** Bytes allocated by a bare Jackson {@code readTree} of the file's bytes (the benchmark's floor), for scale. */
    private static long readTreeAllocation(DatasetGenerator.Summary data, Method allocated, Object threads, long thread)
            throws ReflectiveOperationException {
        try {
            byte[] bytes = Files.readAllBytes(data.file());
            var mapper = new ObjectMapper();
            mapper.readTree(bytes);
            long a0 = (long) allocated.invoke(threads, thread);
            mapper.readTree(bytes);
            return (long) allocated.invoke(threads, thread) - a0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
