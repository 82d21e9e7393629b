package app.delegations.bench.edit;

import app.delegations.bench.ArchiveRounds;
import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.save.FileStamp;
import app.delegations.data.save.SafeSave;
import app.delegations.data.save.SaveResult;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Event;
import app.delegations.model.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * Issue 15's "saving one changed event in the 100,000-record archive ≤ 50 ms", in its two parts as the window
 * does them: {@code commit} (the change applied to the draft, the event's file written by the canonical writer
 * and read back by the loader with the other files as read, and the archive merged again: {@link RecordCheck})
 * and {@code save} (that file's canonical bytes written by {@link SafeSave}: stamps compared, a flushed temporary
 * file, a backup, an atomic rename). Also {@code stamps}: reading the stamps of every file when the archive opens.
 * The generated archive is copied to a temporary folder first; each round renames the middle event back and
 * forth. Prints medians and p90 of wall time.
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xms2g -Xmx2g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.edit.EditCpu [RECORDS [FILES [ROUNDS [WARM]]]]
 * </pre>
 */
public final class EditCpu {
    private EditCpu() {
    }

    public static void main(String[] args) throws IOException {
        var run = ArchiveRounds.of(args, 20, 5);
        int rounds = run.rounds();
        int warm = run.warm();
        Path folder = Files.createTempDirectory("edit-bench");
        ArchiveRounds.copy(run.data().archive(), folder);
        var loader = new ArchiveLoader(new DatasetLoader());
        Archive archive = loader.open(folder, LoadProgress.NONE);
        if (!archive.result().ok()) {
            throw new IllegalStateException(archive.result().problems().toString());
        }
        var check = new RecordCheck(loader, CanonicalWriter::write);
        ArchiveDraft draft = ArchiveDraft.of(archive);
        var stamps = new HashMap<Path, FileStamp>();
        long[] stampTimes = new long[rounds];
        long[] commitTimes = new long[rounds];
        long[] saveTimes = new long[rounds];
        var save = new SafeSave(folder);
        for (int i = -warm; i < rounds; i++) {
            long s0 = System.nanoTime();
            for (Path f : archive.files()) {
                stamps.put(f, FileStamp.read(f));
            }
            long s1 = System.nanoTime();
            Event before = draft.dataset().events().get(draft.dataset().events().size() / 2);
            Event after = corrected(before);
            long c0 = System.nanoTime();
            RecordCheck.Checked checked = check.check(draft.apply(Change.of(RecordEdit.replace(before, after))), null);
            long c1 = System.nanoTime();
            if (!checked.ok()) {
                throw new IllegalStateException(checked.problems().toString());
            }
            draft = checked.draft();
            long w0 = System.nanoTime();
            var bytes = new LinkedHashMap<Path, byte[]>();
            draft.changedBytes(CanonicalWriter::write).forEach((name, b) -> bytes.put(folder.resolve(name), b));
            var expected = new HashMap<Path, FileStamp>();
            bytes.keySet().forEach(p -> expected.put(p, stamps.get(p)));
            SaveResult result = save.save(bytes, expected);
            long w1 = System.nanoTime();
            if (result.refused() || bytes.size() != 1) {
                throw new IllegalStateException("refused or not one file: " + result + " " + bytes.keySet());
            }
            stamps.putAll(result.saved());
            draft = draft.saved();
            if (i >= 0) {
                stampTimes[i] = s1 - s0;
                commitTimes[i] = c1 - c0;
                saveTimes[i] = w1 - w0;
            }
        }
        System.out.printf("%d records, %d files, %d rounds after %d, %d cores%n", run.records(), run.files(), rounds,
                warm, Runtime.getRuntime().availableProcessors());
        print("stamps (every file, at opening)", stampTimes);
        print("commit (apply + write + read back + merge)", commitTimes);
        print("save (one file: bytes + SafeSave)", saveTimes);
        long[] both = new long[rounds];
        Arrays.setAll(both, i -> commitTimes[i] + saveTimes[i]);
        print("commit + save", both);
        ArchiveRounds.delete(folder);
    }

    /** {@code before} with " (corrected)" added to its English title, or taken away again. */
    static Event corrected(Event before) {
        Names t = before.title();
        return new Event(before.id(), before.kind(), new Names(t.pl(), t.en().endsWith(" (corrected)")
                ? t.en().substring(0, t.en().length() - 12) : t.en() + " (corrected)", t.nativeName(), t.aliases()),
                before.parent(), before.start(), before.end(), before.order(), before.venue(), before.place(),
                before.description(), before.participants(), before.people(), before.organisations(),
                before.evidence());
    }

    private static void print(String what, long[] times) {
        Arrays.sort(times);
        System.out.printf("%-45s median %6.1f ms, p90 %6.1f ms%n", what, times[times.length / 2] / 1e6,
                times[times.length * 9 / 10] / 1e6);
    }
}
