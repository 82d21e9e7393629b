package app.delegations.bench.load;

import app.delegations.bench.BenchData;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and validating a generated file with the real {@link DatasetLoader} (reading the file and its
 * notes included), against the floor: a bare Jackson {@code readTree} of the same bytes, already in memory.
 * Target (issue 5):
 * load ≤ 1.5 × readTree, and under 1 s for 100,000 records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LoadBenchmark {

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
