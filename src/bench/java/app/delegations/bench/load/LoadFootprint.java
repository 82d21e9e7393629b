package app.delegations.bench.load;

import app.delegations.bench.BenchData;
import app.delegations.bench.DatasetGenerator;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import java.util.Locale;

/**
 * {@code LoadFootprint [RECORDS]}: the heap a loaded dataset keeps, against the size of its file (target:
 * heap after load ≤ 3 × file size). Measures used heap after a full GC before and after loading, holding the
 * result. Prints one JSON object.
 */
public final class LoadFootprint {
    private LoadFootprint() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        DatasetGenerator.Summary data = BenchData.standard(records);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        LoadResult result = new DatasetLoader().load(data.file());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        if (!result.ok()) {
            System.err.println("not loaded: " + result.problems().stream().limit(5).toList());
            System.exit(1);
        }
        long retained = after - before;
        System.out.printf(Locale.ROOT,
                "{\"records\": %d, \"fileBytes\": %d, \"retainedHeapBytes\": %d, \"ratio\": %.2f, \"firstLoadMs\": %d, \"dataset\": \"%s\"}%n",
                records, data.bytes(), retained, retained / (double) data.bytes(), ms, result.datasetOrNull());
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
