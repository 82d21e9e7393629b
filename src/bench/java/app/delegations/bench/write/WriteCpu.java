package app.delegations.bench.write;

import app.delegations.bench.BenchData;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The same two writes as {@link WriteBenchmark} (the canonical writer, Jackson's plain writeValue of the same
 * model), interleaved one after the other in one JVM and timed as the process's CPU time as well as wall time,
 * so that a machine shared with other builds moves both alike. Prints the medians and p90 of {@code rounds}
 * rounds after {@code warm} rounds, and the ratio of the medians (target: ≤ 1.5).
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xms3g -Xmx3g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.write.WriteCpu [RECORDS [ROUNDS [WARM]]]
 * </pre>
 */
public final class WriteCpu {
    private WriteCpu() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LoadResult r = new DatasetLoader().load(BenchData.standard(records).file());
        Dataset dataset = r.dataset().orElseThrow(() -> new IllegalStateException(r.problems().toString()));
        var lists = WriteBenchmark.Lists.of(dataset);
        ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule().addSerializer(LocalDate.class,
                ToStringSerializer.instance));
        Supplier<byte[]> canonical = () -> CanonicalWriter.write(dataset);
        Supplier<byte[]> jackson = () -> {
            try {
                return mapper.writeValueAsBytes(lists);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        };
        // java.management is reached by name (the app's module does not read it), as in DateRangeCpu
        Object os = Class.forName("java.lang.management.ManagementFactory").getMethod("getOperatingSystemMXBean")
                .invoke(null);
        Method cpuTime = Class.forName("com.sun.management.OperatingSystemMXBean").getMethod("getProcessCpuTime");
        long[][] canonicalTimes = new long[2][rounds];
        long[][] jacksonTimes = new long[2][rounds];
        long[] sizes = new long[2];
        for (int i = -warm; i < rounds; i++) {
            sizes[0] = time(canonical, os, cpuTime, canonicalTimes, i);
            sizes[1] = time(jackson, os, cpuTime, jacksonTimes, i);
        }
        System.out.printf("%d records, %d rounds after %d, %d cores; canonical %,d bytes, Jackson %,d bytes%n", records,
                rounds, warm, Runtime.getRuntime().availableProcessors(), sizes[0], sizes[1]);
        for (int k = 0; k < 2; k++) {
            Arrays.sort(canonicalTimes[k]);
            Arrays.sort(jacksonTimes[k]);
            System.out.printf("%s  canonicalWrite median %.0f ms, p90 %.0f | jacksonWriteValue median %.0f ms, p90 %.0f"
                            + " | ratio of medians %.2f%n", k == 0 ? "wall" : "CPU ",
                    canonicalTimes[k][rounds / 2] / 1e6, canonicalTimes[k][rounds * 9 / 10] / 1e6,
                    jacksonTimes[k][rounds / 2] / 1e6, jacksonTimes[k][rounds * 9 / 10] / 1e6,
                    canonicalTimes[k][rounds / 2] / (double) jacksonTimes[k][rounds / 2]);
        }
    }

    private static long time(Supplier<byte[]> write, Object os, Method cpuTime, long[][] into, int i)
            throws ReflectiveOperationException {
        System.gc(); // the previous write's garbage is not counted against the next
        long c0 = (long) cpuTime.invoke(os);
        long w0 = System.nanoTime();
        byte[] bytes = write.get();
        long wall = System.nanoTime() - w0;
        long cpu = (long) cpuTime.invoke(os) - c0;
        if (i >= 0) {
            into[0][i] = wall;
            into[1][i] = cpu;
        }
        return bytes.length;
    }
}
