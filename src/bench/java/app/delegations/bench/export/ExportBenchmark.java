package app.delegations.bench.export;

import app.delegations.bench.BenchData;
import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.events.EventRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * File › Export of a table of N rows, as the export thread does it ({@link ExportFile#write}: to a file beside
 * the target, then moved over it): the Events table of a generated file (all seven columns: a span of days,
 * which XLSX writes as two date cells, five texts and a number), with Polish headers, as XLSX and as CSV.
 * Single shots, one fork: each measured call writes the whole file. Targets (issue 16): XLSX of 100,000 rows
 * ≤ 2 s and ≤ 1.5 × CSV of the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExportBenchmark {
    @Param({"100000"})
    public int rows;

    private ExportTable<EventRow> table;
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        Dataset dataset = BenchData.load(BenchData.events(rows));
        Messages polish = Messages.of(UiLanguage.POLISH);
        DatasetIndex index = DatasetIndex.build(dataset);
        List<EventRow> all = EventRow.build(index, polish, Checkpoint.NONE);
        table = ExportTable.of("Wydarzenia", List.of(EventColumn.values()), all.subList(0, rows), polish);
        folder = Files.createDirectories(Path.of("target", "bench-export"));
    }

    @Benchmark
    public long xlsx() throws IOException {
        return write(ExportFormat.XLSX);
    }

    @Benchmark
    public long csv() throws IOException {
        return write(ExportFormat.CSV);
    }

    private long write(ExportFormat format) throws IOException {
        Path file = folder.resolve("events." + format.kind().extension());
        ExportFile.write(table, new ExportChoice(format, ';', false), file, ExportProgress.NONE);
        return Files.size(file);
    }
}
