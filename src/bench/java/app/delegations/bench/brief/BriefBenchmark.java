package app.delegations.bench.brief;

import app.delegations.bench.BenchData;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.brief.BriefMaker;
import app.delegations.ui.brief.BriefModel;
import app.delegations.ui.brief.PaperPdf;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * File › Export brief as PDF… on a generated file of N records: the brief of the largest event (the most events
 * inside it at any depth, then the most partners) made ({@link BriefMaker#of}) and written as PDF
 * ({@link PaperPdf}, its fonts read before) to memory, and the same for the place with the most meetings (both now
 * on the export's own thread); the fonts read, which the first brief of a window adds; and what the export of the
 * largest event's brief still does on the UI thread ({@link #uiTake}: {@link BriefModel#later}, the selection and
 * the data taken). Polish. Single shots, one fork: each measured call makes and writes one brief; {@link #uiTake}
 * is averaged over many calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BriefBenchmark {
    @Param({"100000"})
    public int records;

    private DatasetIndex index;
    private Messages polish;
    private Event largestEvent;
    private Place busiestPlace;
    private PaperPdf pdf;
    private BriefModel model;

    @Setup
    public void setUp() {
        Dataset dataset = BenchData.load(BenchData.standard(records));
        index = DatasetIndex.build(dataset);
        polish = Messages.of(UiLanguage.POLISH);
        pdf = new PaperPdf();
        int best = -1;
        for (Event e : dataset.events()) {
            if (e.parent() == null) {
                int size = inside(e) * 1000 + index.participants(e).size();
                if (size > best) {
                    best = size;
                    largestEvent = e;
                }
            }
        }
        for (Place p : dataset.places()) {
            if (busiestPlace == null || index.eventsOf(p.id()).size() > index.eventsOf(busiestPlace.id()).size()) {
                busiestPlace = p;
            }
        }
        var selection = new Selection();
        selection.select(largestEvent);
        model = new BriefModel(selection);
        model.setIndex(index);
        System.out.printf("%nlargest event %s: %d inside, %d partners; busiest place %s: %d meetings%n",
                largestEvent.id(), inside(largestEvent), index.participants(largestEvent).size(), busiestPlace.id(),
                index.eventsOf(busiestPlace.id()).size());
    }

    private int inside(Event e) {
        int n = 0;
        for (Event child : index.children(e)) {
            n += 1 + inside(child);
        }
        return n;
    }

    /**
     * What File › Export brief as PDF… does on the UI thread for the brief itself once the file is chosen: the
     * selected record and the data shown taken ({@link BriefModel#later}); the brief is made and written off it.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Supplier<PaperDocument> uiTake() {
        return model.later(polish);
    }

    @Benchmark
    public PaperDocument makeEvent() {
        return new BriefMaker(index, polish).of(largestEvent);
    }

    @Benchmark
    public int pdfEvent() throws IOException {
        return write(new BriefMaker(index, polish).of(largestEvent));
    }

    @Benchmark
    public int pdfPlace() throws IOException {
        return write(new BriefMaker(index, polish).of(busiestPlace));
    }

    /** The embedded fonts read and parsed: once per window (the brief feature keeps its writer). */
    @Benchmark
    public PaperPdf fonts() {
        return new PaperPdf();
    }

    private int write(PaperDocument brief) throws IOException {
        var out = new ByteArrayOutputStream();
        pdf.write(brief, out);
        return out.size();
    }
}
