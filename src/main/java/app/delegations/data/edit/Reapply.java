package app.delegations.data.edit;

import app.delegations.model.Dataset;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The officer's unsaved changes put again on an archive read anew (a colleague saved over a file being edited): a
 * three-way merge per record and per field. The base is each record as last saved or read, "mine" as the unsaved
 * changes left it, "theirs" as the archive now reads. A field only I changed takes mine, a field only they changed
 * keeps theirs, and a field both changed to different values is a {@link Conflict}, as is a record one side
 * deleted while the other changed it; a record nobody else touched takes mine whole. Fields are
 * the record's components, and a component that is itself a record (a name's Polish and English, a description's)
 * is merged component by component ({@code title.en}); a list is one value. Nothing is dropped silently: the
 * conflicts are listed, and the officer chooses whose values they take.
 */
public final class Reapply {
    /**
     * A field both sides changed to different values ({@code field} its path, e.g. {@code title.en}), or a record one
     * side deleted while the other changed it ({@code field} empty, the deleted side's value null).
     */
    public record Conflict(Record record, String field, Object mine, Object theirs) {
        /** True when one side deleted the record the other changed. */
        public boolean deletion() {
            return field.isEmpty();
        }
    }

    private final Change keepingTheirs;
    private final Change keepingMine;
    private final List<Conflict> conflicts;

    private Reapply(Change keepingTheirs, Change keepingMine, List<Conflict> conflicts) {
        this.keepingTheirs = keepingTheirs;
        this.keepingMine = keepingMine;
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * The unsaved edits (a record edited twice: from its first {@code before} to its last {@code after}; see
     * {@link ArchiveDraft#unsavedEdits}) merged onto {@code theirs}, the merged records of the archive as read again.
     */
    public static Reapply of(List<RecordEdit> unsaved, Dataset theirs) {
        var bases = new LinkedHashMap<References.Ref, Record>();
        var mine = new LinkedHashMap<References.Ref, Record>();
        for (RecordEdit e : unsaved) {
            var ref = new References.Ref(e.kind(), e.id());
            if (!mine.containsKey(ref)) {
                bases.put(ref, e.before());
            }
            mine.put(ref, e.after());
        }
        Map<References.Ref, Record> now = new LinkedHashMap<>();
        References.all(theirs).forEach(r -> now.putIfAbsent(new References.Ref(r.getClass(), RecordEdit.id(r)), r));
        var forTheirs = new ArrayList<RecordEdit>();
        var forMine = new ArrayList<RecordEdit>();
        var conflicts = new ArrayList<Conflict>();
        mine.forEach((ref, after) -> {
            Record base = bases.get(ref);
            Record current = now.get(ref);
            if (Objects.equals(base, after) || Objects.equals(current, after)) {
                return; // changed and changed back, or they made the same change
            }
            if (current == null) {
                if (base != null && after != null) { // they deleted what I changed
                    conflicts.add(new Conflict(after, "", after, null));
                }
                if (after != null) {
                    forMine.add(RecordEdit.add(after));
                    if (base == null) {
                        forTheirs.add(RecordEdit.add(after));
                    }
                }
                return;
            }
            if (after == null) { // I deleted it
                if (!current.equals(base)) {
                    conflicts.add(new Conflict(current, "", null, current));
                } else {
                    forTheirs.add(RecordEdit.remove(current));
                }
                forMine.add(RecordEdit.remove(current));
                return;
            }
            var clashes = new ArrayList<Conflict>();
            Record theirsKept = (Record) merge(current, base, after, current, "", false, clashes);
            Record mineKept = (Record) merge(current, base, after, current, "", true, new ArrayList<>());
            conflicts.addAll(clashes);
            if (!theirsKept.equals(current)) {
                forTheirs.add(RecordEdit.replace(current, theirsKept));
            }
            if (!mineKept.equals(current)) {
                forMine.add(RecordEdit.replace(current, mineKept));
            }
        });
        return new Reapply(forTheirs.isEmpty() ? null : new Change(forTheirs),
                forMine.isEmpty() ? null : new Change(forMine), conflicts);
    }

    /** The fields both sides changed, and the records one deleted while the other changed them; in change order. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** The change that puts my changes on their records, keeping their values where both changed: none if empty. */
    public Optional<Change> keepingTheirs() {
        return Optional.ofNullable(keepingTheirs);
    }

    /** The change that puts my changes on their records, taking my values where both changed: none if empty. */
    public Optional<Change> keepingMine() {
        return Optional.ofNullable(keepingMine);
    }

    /** One field merged: see the class comment; {@code record} is the record it belongs to, for a conflict. */
    private static Object merge(Record record, Object base, Object mine, Object theirs, String path,
                                boolean preferMine, List<Conflict> conflicts) {
        if (Objects.equals(mine, theirs) || Objects.equals(base, theirs)) {
            return mine;
        }
        if (Objects.equals(base, mine)) {
            return theirs;
        }
        if (mine instanceof Record m && theirs instanceof Record t && m.getClass() == t.getClass()
                && (base == null || base.getClass() == m.getClass())) { // both added it: merged on no base
            Record b = (Record) base;
            RecordComponent[] parts = m.getClass().getRecordComponents();
            var values = new Object[parts.length];
            var types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String name = path.isEmpty() ? parts[i].getName() : path + "." + parts[i].getName();
                Object was = b == null ? null : value(parts[i], b);
                values[i] = merge(record, was, value(parts[i], m), value(parts[i], t), name, preferMine, conflicts);
                types[i] = parts[i].getType();
            }
            try {
                return m.getClass().getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record is made by its canonical constructor: " + m.getClass(), e);
            }
        }
        conflicts.add(new Conflict(record, path, mine, theirs));
        return preferMine ? mine : theirs;
    }

    private static Object value(RecordComponent part, Record of) {
        try {
            return part.getAccessor().invoke(of);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's component is read by its accessor: " + part, e);
        }
    }
}
