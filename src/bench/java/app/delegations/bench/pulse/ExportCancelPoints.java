package app.delegations.bench.pulse;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.Checkpoint;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.ui.brief.BriefMaker;
import app.delegations.ui.brief.PaperPdf;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.people.PersonColumn;
import app.delegations.ui.people.PersonRow;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long an export goes without asking whether it is cancelled, the bound on Cancel → the writing thread's end
 * that does not depend on the machine's load: each export of {@code export-frames.sh} written as the export thread
 * writes it ({@link ExportFile}, to a file) with a progress that notes the writing thread's CPU time at every
 * {@code rows} and {@code check} it is asked (from Linux's {@code /proc/thread-self/schedstat}, a few microseconds
 * a read, so the runs take longer than the exports); per run the longest stretch of CPU time between two of them (and from
 * the last to the end), and where in the run it fell (the fraction of the asks before it). Exports: the Events
 * table as XLSX and CSV, every table view's table as one workbook (Places, Events, People, Organisations), the
 * brief of the country of the most places as PDF (made first: its making is not timed, as it is not the writer's;
 * written to the file without {@link ExportFile}'s asking stream, which older builds lack).
 * English. Usage: {@code java -cp ... app.delegations.bench.pulse.ExportCancelPoints ARCHIVE [RUNS]}; the first
 * two runs of each are the JVM warming up.
 */
public final class ExportCancelPoints {
    private ExportCancelPoints() {
    }

    /** Notes the CPU time at each ask; compiles against an {@link ExportProgress} with or without {@code check}. */
    private static final class Stretches implements ExportProgress {
        private long last = PulseGapRecorder.threadCpuNanos();
        private long longest;
        private int asks;
        private int longestAt;

        @Override
        public void rows(int done, int total) {
            check();
        }

        public void check() {
            long now = PulseGapRecorder.threadCpuNanos();
            if (now - last > longest) {
                longest = now - last;
                longestAt = asks;
            }
            asks++;
            last = now;
        }

        String end() {
            long now = PulseGapRecorder.threadCpuNanos();
            boolean atEnd = now - last > longest;
            if (atEnd) {
                longest = now - last;
            }
            return String.format(Locale.ROOT, "longest stretch %.1f ms CPU %s; %d asks", longest / 1e6,
                    atEnd ? "at the end (after the last ask)"
                            : String.format(Locale.ROOT, "after ask %d (%.0f %% of them)", longestAt,
                            100.0 * longestAt / asks), asks);
        }
    }

    @FunctionalInterface
    private interface Run {
        void write(Path file, ExportProgress progress) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Archive archive = new ArchiveLoader(new DatasetLoader()).open(folder, LoadProgress.NONE);
        Dataset dataset = archive.result().datasetOrNull();
        DatasetIndex index = DatasetIndex.build(dataset);
        Messages m = Messages.of(UiLanguage.ENGLISH);
        var events = ExportTable.of("Events", List.of(EventColumn.values()), EventRow.build(index, m,
                Checkpoint.NONE), m);
        List<ExportTable<?>> all = List.of(
                ExportTable.of("Places", List.of(PlaceColumn.values()), PlaceRow.build(index, m), m), events,
                ExportTable.of("People", List.of(PersonColumn.values()), PersonRow.build(index, m, Checkpoint.NONE), m),
                ExportTable.of("Organisations", List.of(OrganisationColumn.values()),
                        OrganisationRow.build(index, m, Checkpoint.NONE), m));
        var places = new HashMap<String, Integer>();
        for (Place p : dataset.places()) {
            if (p.country() != null) {
                places.merge(p.country(), 1, Integer::sum);
            }
        }
        String code = places.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Country most = dataset.country(code).orElseThrow();
        PaperDocument brief = new BriefMaker(index, m).of(most);
        PaperPdf pdf = new PaperPdf();
        System.out.printf("events %d rows; all %d rows; the brief of %s: %d blocks%n", events.rows().size(),
                all.stream().mapToInt(t -> t.rows().size()).sum(), most.code(), brief.blocks().size());
        Path out = Files.createTempDirectory("export-cancel-points");
        var writers = new ArrayList<Object[]>();
        writers.add(new Object[] {"xlsx", (Run) (file, p) -> ExportFile.write(events,
                new ExportChoice(ExportFormat.XLSX, ',', false), file, p)});
        writers.add(new Object[] {"csv", (Run) (file, p) -> ExportFile.write(events,
                new ExportChoice(ExportFormat.CSV, ',', false), file, p)});
        writers.add(new Object[] {"all", (Run) (file, p) -> ExportFile.write(all, file, p)});
        writers.add(new Object[] {"briefcountry", (Run) (file, p) -> {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                pdf.write(brief, o, p); // to the file without ExportFile's asking stream (which older builds lack)
            }
        }});
        for (Object[] w : writers) {
            for (int r = 1; r <= runs; r++) {
                Path file = out.resolve(w[0] + "-" + r);
                var progress = new Stretches();
                long start = System.nanoTime();
                ((Run) w[1]).write(file, progress);
                long wall = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "%s #%d: %.0f ms wall, %s%n", w[0], r, wall / 1e6, progress.end());
                Files.deleteIfExists(file);
            }
        }
    }
}
