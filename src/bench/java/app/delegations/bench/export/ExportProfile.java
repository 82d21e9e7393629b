package app.delegations.bench.export;

import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Where the time of an export goes: the {@link ExportBenchmark}'s export (the same 100,000 Events rows, the same
 * {@code ExportFile.write}) run {@code RUNS} times in a row, printing each run's wall time, with a JFR recording
 * (the JDK's {@code profile} settings: Java stacks every 10 ms, native ones every 20 ms) of the runs after the
 * first third, which warm the JIT up. Summed by {@code src/bench/scripts/jfr_buckets.py FILE}.
 * <pre>
 * java -Xms2g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.export.ExportProfile xlsx|csv|both RUNS [FILE.jfr]
 * </pre>
 */
public final class ExportProfile {
    private ExportProfile() {
    }

    public static void main(String[] args) throws Exception {
        var bench = new ExportBenchmark();
        bench.rows = 100_000;
        bench.setUp();
        String what = args.length > 0 ? args[0] : "both";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Recording recording = null;
        for (int i = 0; i < runs; i++) {
            if (i == runs / 3 && args.length > 2) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            long t0 = System.nanoTime();
            if (!what.equals("csv")) {
                bench.xlsx();
            }
            long t1 = System.nanoTime();
            if (!what.equals("xlsx")) {
                bench.csv();
            }
            long t2 = System.nanoTime();
            System.out.printf("xlsx %d ms  csv %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        if (recording != null) {
            recording.dump(Path.of(args[2]));
        }
    }
}
