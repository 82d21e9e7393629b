package app.delegations.data.edit;

import app.delegations.data.Archive;
import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.model.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An archive being edited: the records of each of its data files (as the canonical writer writes them), the
 * records as last saved or read, and the merged dataset the window shows. Immutable: {@link #apply} gives a new
 * draft whose touched files are <em>pending</em> until {@link RecordCheck} has read them as the loader would
 * ({@link #checked}); only then is its {@link #dataset()} the merged records with the change.
 *
 * <p>Where an edit goes (data/README.md, "Editing an archive"): a record defined in several files is changed,
 * or removed, in every file that defines it; a new event goes into a new file named from its start date and id
 * ({@code 2025-03-12-kyiv-visit.json}), or, when it belongs to an event (a session of a visit), into the file of
 * that event; a new record that a new event of the same change refers to (directly or through another such
 * record) goes into that event's file; any other new record into {@value #GAZETTEER}. A file not yet saved that an
 * undo leaves empty is dropped; a file on disk is never deleted (it may be left with empty lists). Past 250 lines because the files, what was last saved, what a check has still to read and where removed
 * records stood change together with every step (apply, check, save, read again, restore), and one class keeps
 * them consistent; where new records go is {@link NewRecordFiles}.
 */
public final class ArchiveDraft {
    /** The file that receives new records that belong to no new event. */
    public static final String GAZETTEER = "gazetteer.json";

    private final Path folder;
    private final Archive archive;
    private final SortedMap<String, DraftFile> files;
    private final Map<String, DraftFile> saved;
    private final Set<String> pending;
    private final Set<String> dropped;
    /** Where each record removed so far stood (file and index): an undo puts it back there. */
    private final Map<References.Ref, List<Location>> removedFrom;

    /** A record's place in a file: the file's name and the index in its list. */
    private record Location(String file, int index) {
    }

    private ArchiveDraft(Path folder, Archive archive, SortedMap<String, DraftFile> files,
                         Map<String, DraftFile> saved, Set<String> pending, Set<String> dropped,
                         Map<References.Ref, List<Location>> removedFrom) {
        this.folder = folder;
        this.archive = archive;
        this.files = Collections.unmodifiableSortedMap(files);
        this.saved = Collections.unmodifiableMap(saved);
        this.pending = Set.copyOf(pending);
        this.dropped = Set.copyOf(dropped);
        this.removedFrom = Map.copyOf(removedFrom);
    }

    /** The draft of an archive as read, with no change; the archive must have loaded without errors. */
    public static ArchiveDraft of(Archive archive) {
        if (!archive.result().ok()) {
            throw new IllegalArgumentException("an archive with errors cannot be edited: " + archive);
        }
        var files = new TreeMap<String, DraftFile>();
        List<LoadResult> parts = archive.parts();
        for (int i = 0; i < parts.size(); i++) {
            files.put(name(archive.files().get(i)), DraftFile.of(parts.get(i).datasetOrNull()));
        }
        return new ArchiveDraft(archive.folder(), archive, files, new HashMap<>(files), Set.of(), Set.of(), Map.of());
    }

    public Path folder() {
        return folder;
    }

    /** The archive as last checked: its files' parts, what a further check starts from. */
    public Archive archive() {
        return archive;
    }

    /** The merged records, as the loader gives them once every file is saved (as of the last check). */
    public Dataset dataset() {
        return archive.result().datasetOrNull();
    }

    /** The names of the data files, in name order (those not yet saved included). */
    public Set<String> fileNames() {
        return files.keySet();
    }

    /** True when some file differs from what was last saved or read. */
    public boolean dirty() {
        return !changedFiles().isEmpty();
    }

    /** The files whose records differ from what was last saved or read (new files included), in name order. */
    public Set<String> changedFiles() {
        var out = new TreeSet<String>();
        files.forEach((name, records) -> {
            DraftFile before = saved.get(name);
            if (before != records && !records.equals(before)) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * The records of the changed files, as they stand and as last saved: what differs between this draft and the
     * files on disk (what the window updates when it shows this draft over the archive as read).
     */
    public List<Record> changedRecords() {
        var out = new ArrayList<Record>();
        for (String name : changedFiles()) {
            References.all(files.get(name).dataset()).forEach(out::add);
            DraftFile before = saved.get(name);
            if (before != null) {
                References.all(before.dataset()).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * What is unsaved, record by record: each record of a changed file as last saved or read (null when new) and as
     * it stands (null when removed), those that differ, once each (a record defined in several files counts once).
     */
    public List<RecordEdit> unsavedEdits() {
        var out = new LinkedHashMap<References.Ref, RecordEdit>();
        for (String name : changedFiles()) {
            DraftFile before = saved.getOrDefault(name, DraftFile.EMPTY);
            DraftFile after = files.getOrDefault(name, DraftFile.EMPTY);
            var was = new LinkedHashMap<References.Ref, Record>();
            References.all(before.dataset()).forEach(r -> was.put(References.Ref.to(r), r));
            References.all(after.dataset()).forEach(r -> {
                Record old = was.remove(References.Ref.to(r));
                if (!r.equals(old)) {
                    out.putIfAbsent(References.Ref.to(r), new RecordEdit(old, r));
                }
            });
            was.forEach((ref, r) -> out.putIfAbsent(ref, RecordEdit.remove(r)));
        }
        return List.copyOf(out.values());
    }

    /** The files touched since the last check, and those dropped (to be left out of the check). */
    Set<String> pending() {
        return pending;
    }

    Set<String> dropped() {
        return dropped;
    }

    /** One file's records, or null when the draft has no such file. */
    DraftFile file(String name) {
        return files.get(name);
    }

    /** The canonical bytes of each changed file, by name. */
    public Map<String, byte[]> changedBytes(Function<Dataset, byte[]> writer) {
        var out = new LinkedHashMap<String, byte[]>();
        for (String name : changedFiles()) {
            out.put(name, writer.apply(files.get(name).dataset()));
        }
        return out;
    }

    /** The canonical bytes of every data file, by name (a copy of the whole archive elsewhere). */
    public Map<String, byte[]> allBytes(Function<Dataset, byte[]> writer) {
        return bytes(files.keySet(), writer);
    }

    /** The bytes of the given files (pending ones, for a check). */
    Map<String, byte[]> bytes(Set<String> names, Function<Dataset, byte[]> writer) {
        var out = new LinkedHashMap<String, byte[]>();
        for (String name : names) {
            out.put(name, writer.apply(files.get(name).dataset()));
        }
        return out;
    }

    /**
     * The source texts to write besides the data files: each source of a changed file that is new, or whose text
     * or file differs from the source as last saved, by its file's path in the folder ({@code sources/x.txt}).
     */
    public Map<String, String> sourceTexts() {
        var before = new HashMap<String, Source>();
        saved.values().forEach(f -> f.sources().forEach(s -> before.putIfAbsent(s.id(), s)));
        var out = new TreeMap<String, String>();
        for (String name : changedFiles()) {
            for (Source s : files.get(name).sources()) {
                Source old = before.get(s.id());
                if (old == null || !old.text().equals(s.text()) || !old.file().equals(s.file())) {
                    out.put(s.file(), s.text());
                }
            }
        }
        return out;
    }

    /** The names of the files that define the record of {@code kind} with {@code id}, in name order. */
    public List<String> filesDefining(Class<? extends Record> kind, String id) {
        var out = new ArrayList<String>();
        files.forEach((name, records) -> {
            if (records.defines(kind, id)) {
                out.add(name);
            }
        });
        return out;
    }

    /** This draft with {@code change} applied to its files (pending until checked): see the class comment. */
    public ArchiveDraft apply(Change change) {
        var next = new TreeMap<>(files);
        var touched = new HashSet<>(pending);
        var removed = new HashMap<>(removedFrom);
        Map<RecordEdit, String> targets = new NewRecordFiles(this::filesDefining).of(change);
        for (RecordEdit edit : change.edits()) {
            var ref = new References.Ref(edit.kind(), edit.id());
            List<String> defining = filesDefining(next, edit.kind(), edit.id());
            if (edit.after() == null) {
                var from = new ArrayList<Location>();
                for (String name : defining) {
                    from.add(new Location(name, next.get(name).indexOf(edit.kind(), edit.id())));
                    next.put(name, next.get(name).without(edit.kind(), edit.id()));
                    touched.add(name);
                }
                removed.put(ref, from);
            } else if (!defining.isEmpty()) {
                for (String name : defining) {
                    next.put(name, next.get(name).with(edit.after()));
                    touched.add(name);
                }
            } else if (removed.containsKey(ref)) { // put back where it was (an undone delete)
                for (Location p : removed.remove(ref)) {
                    next.put(p.file(), next.getOrDefault(p.file(), DraftFile.EMPTY).insert(edit.after(), p.index()));
                    touched.add(p.file());
                }
            } else {
                String name = targets.getOrDefault(edit, GAZETTEER);
                next.put(name, next.getOrDefault(name, DraftFile.EMPTY).with(edit.after()));
                touched.add(name);
            }
        }
        var gone = new HashSet<>(dropped);
        for (String name : Set.copyOf(touched)) {
            if (next.get(name).isEmpty() && !onDisk(name)) {
                next.remove(name);
                touched.remove(name);
                if (archiveHas(name)) {
                    gone.add(name);
                }
            } else {
                gone.remove(name);
            }
        }
        return new ArchiveDraft(folder, archive, next, new HashMap<>(saved), touched, gone, removed);
    }

    /** This draft, its pending files read and merged: {@code checked} is the archive with them, without errors. */
    public ArchiveDraft checked(Archive checked) {
        Objects.requireNonNull(checked.result().datasetOrNull(), "a checked archive has no errors");
        return new ArchiveDraft(folder, checked, new TreeMap<>(files), new HashMap<>(saved), Set.of(), Set.of(),
                removedFrom);
    }

    /**
     * This draft with the files {@code names} as {@code checked} read them (files restored from a recovery copy,
     * read with the others): their records change, what was last saved does not.
     */
    public ArchiveDraft restored(Archive checked, Set<String> names) {
        Objects.requireNonNull(checked.result().datasetOrNull(), "a checked archive has no errors");
        var next = new TreeMap<>(files);
        List<LoadResult> parts = checked.parts();
        for (int i = 0; i < parts.size(); i++) {
            String name = name(checked.files().get(i));
            if (names.contains(name)) {
                next.put(name, DraftFile.of(parts.get(i).datasetOrNull()));
            }
        }
        return new ArchiveDraft(folder, checked, next, new HashMap<>(saved), Set.of(), Set.of(), removedFrom);
    }

    /** This draft as saved: every file's records are now those on disk. */
    public ArchiveDraft saved() {
        return new ArchiveDraft(folder, archive, new TreeMap<>(files), new HashMap<>(files), pending, dropped,
                removedFrom);
    }

    /**
     * The draft on the archive as read again after a change on disk: the files this draft changed keep its records
     * (and what they were when last saved, so that a save still finds they changed on disk); every other file is
     * taken as read. Pending until checked.
     */
    public ArchiveDraft rebase(Archive reloaded) {
        ArchiveDraft read = of(reloaded);
        var next = new TreeMap<>(read.files);
        var base = new HashMap<>(read.saved);
        var touched = new HashSet<String>();
        for (String name : changedFiles()) {
            next.put(name, files.get(name));
            DraftFile before = saved.get(name);
            if (before != null) {
                base.put(name, before);
            } else {
                base.remove(name);
            }
            touched.add(name);
        }
        return new ArchiveDraft(folder, reloaded, next, base, touched, Set.of(), removedFrom);
    }

    private boolean onDisk(String name) {
        return saved.containsKey(name);
    }

    private boolean archiveHas(String name) {
        return archive.files().stream().anyMatch(f -> name(f).equals(name));
    }

    private static List<String> filesDefining(SortedMap<String, DraftFile> files, Class<? extends Record> kind,
                                              String id) {
        var out = new ArrayList<String>();
        files.forEach((name, records) -> {
            if (records.defines(kind, id)) {
                out.add(name);
            }
        });
        return out;
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
