package app.delegations.data.edit;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a draft by the loader's own rules, not a copy of them: the files a change touched are written by the
 * canonical writer and read back by the {@link ArchiveLoader} in memory with the archive's other files as read
 * before ({@link ArchiveLoader#withFiles}), and each error the loader finds is placed on the record and field its
 * JSON path names ({@code places[3].names.en} → that place, {@code names.en}). What the window then shows is what
 * the loader gives for the files as they will be saved. A check costs about the files it writes: the loader
 * merges them against what the last merge without problems kept, and merges the whole archive again only where
 * that cannot tell (and wherever a problem is to be found and placed).
 */
public final class RecordCheck {
    private static final Map<String, Class<? extends Record>> SECTIONS = Map.of("sources", Source.class,
            "countries", Country.class, "places", Place.class, "venues", Venue.class,
            "organisations", Organisation.class, "people", Person.class, "events", Event.class);

    private final ArchiveLoader loader;
    private final Function<Dataset, byte[]> writer;

    /** @param writer the canonical writer: a file's records to the bytes saved */
    public RecordCheck(ArchiveLoader loader, Function<Dataset, byte[]> writer) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * The outcome of a check: the draft checked (its {@link ArchiveDraft#dataset()} the merged records) when the
     * loader finds no error, else null and the errors, each on its record and field.
     */
    public record Checked(ArchiveDraft draft, List<FieldProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return draft != null;
        }
    }

    /** Checks {@code draft}'s pending files; {@code change} is the change that made them pending (may be null). */
    public Checked check(ArchiveDraft draft, Change change) {
        if (draft.pending().isEmpty() && draft.dropped().isEmpty()) {
            return new Checked(draft, List.of());
        }
        Archive archive = loader.withFiles(draft.archive(), draft.bytes(draft.pending(), writer), draft.dropped(),
                draft.sourceTexts(), LoadProgress.NONE);
        LoadResult result = archive.result();
        if (result.ok()) {
            return new Checked(draft.checked(archive), List.of());
        }
        Record fallback = fallback(draft, change);
        var problems = new ArrayList<FieldProblem>();
        for (Problem p : result.errors()) {
            problems.add(place(draft, p, fallback));
        }
        return new Checked(null, problems);
    }

    /** The outcome of restoring files: the draft with them, or the loader's errors in them. */
    public record Restored(ArchiveDraft draft, List<Problem> problems) {
        public Restored {
            problems = List.copyOf(problems);
        }
    }

    /**
     * {@code draft} with the data files {@code files} (bytes by name, e.g. from a recovery copy) read in place of
     * its own, their source texts not on disk given in {@code texts}; the loader's errors when they do not load
     * with the archive's other files.
     */
    public Restored restore(ArchiveDraft draft, Map<String, byte[]> files, Map<String, String> texts) {
        Archive archive = loader.withFiles(draft.archive(), files, Set.of(), texts, LoadProgress.NONE);
        if (!archive.result().ok()) {
            return new Restored(null, archive.result().errors());
        }
        return new Restored(draft.restored(archive, files.keySet()), List.of());
    }

    /** A problem placed on the record its path names in its file, or on {@code fallback} as a whole. */
    static FieldProblem place(ArchiveDraft draft, Problem p, Record fallback) {
        String path = p.path();
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        DraftFile file = draft.file(p.file());
        if (file != null && open > 0 && close > open) {
            Class<? extends Record> kind = SECTIONS.get(path.substring(0, open));
            int index = parse(path.substring(open + 1, close));
            if (kind != null && index >= 0 && index < file.list(kind).size()) {
                String field = close + 1 < path.length() && path.charAt(close + 1) == '.'
                        ? path.substring(close + 2) : path.substring(close + 1);
                return new FieldProblem(file.list(kind).get(index), field, p);
            }
        }
        return new FieldProblem(fallback, "", p);
    }

    private static Record fallback(ArchiveDraft draft, Change change) {
        if (change != null) {
            RecordEdit first = change.edits().get(0);
            return first.after() != null ? first.after() : first.before();
        }
        var changed = draft.changedRecords(); // a check of files read again: the first record with unsaved changes
        return changed.isEmpty() ? References.all(draft.dataset()).findFirst().orElseThrow() : changed.get(0);
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
