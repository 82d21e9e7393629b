package app.delegations.bench.load;

import app.delegations.bench.BenchData;
import app.delegations.bench.WholeFileRun;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Loading and validating a generated file with the real {@link DatasetLoader} (reading the file and its
 * notes included), against the floor: a bare Jackson {@code readTree} of the same bytes, already in memory.
 * Target (issue 5):
 * load ≤ 1.5 × readTree, and under 1 s for 100,000 records.
 */
public class LoadBenchmark extends WholeFileRun {

    @Param({"100000"})
    public int records;

    private Path file;
    private byte[] bytes;

    @Setup
    public void setUp() throws IOException {
        var data = BenchData.standard(records);
        file = data.file();
        bytes = Files.readAllBytes(file);
        BenchData.load(data);
    }

    @Benchmark
    public LoadResult loadAndValidate() {
        return new DatasetLoader().load(file);
    }

    @Benchmark
    public JsonNode jacksonReadTreeBytes() throws IOException {
        return new ObjectMapper().readTree(bytes);
    }
}
