package app.delegations.bench.load;

import app.delegations.bench.BenchData;
import app.delegations.bench.WholeFileRun;
import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Opening a generated archive folder ({@link ArchiveLoader#open}: {@code files} data files, a gazetteer the
 * event files refer to across files, their notes under {@code sources/}) against loading the same records
 * from one file ({@link DatasetLoader#load}, its notes included), in one run. Target (issue 14): opening the
 * 500-file, 100,000-record archive ≤ 1.3 × loading the one file.
 *
 * <p>The setup checks that both load with no problem, so that a figure never measures a failed load; with
 * {@code -Dbench.lenient=true} it only warns (to try the harness against a loader that cannot read the archive
 * yet).
 */
public class ArchiveBenchmark extends WholeFileRun {

    @Param({"100000"})
    public int records;

    @Param({"500"})
    public int files;

    private Path archive;
    private Path oneFile;

    @Setup
    public void setUp() {
        var data = BenchData.archive(records, files);
        archive = data.archive();
        oneFile = data.oneFile();
        check("the one file " + oneFile, new DatasetLoader().load(oneFile));
        check("the archive " + archive, openArchive().result());
    }

    @Benchmark
    public Archive openArchive() {
        return new ArchiveLoader(new DatasetLoader()).open(archive, LoadProgress.NONE);
    }

    @Benchmark
    public LoadResult loadOneFile() {
        return new DatasetLoader().load(oneFile);
    }

    private static void check(String what, LoadResult result) {
        if (result.ok() && result.problems().isEmpty()) {
            return;
        }
        String message = what + " does not load cleanly (" + result.status() + ", " + result.problemCount()
                + " problems): " + result.problems().stream().limit(3).map(Problem::format).toList();
        if (!Boolean.getBoolean("bench.lenient")) {
            throw new IllegalStateException(message);
        }
        System.err.println("WARNING, the figures measure a failed load: " + message);
    }
}
