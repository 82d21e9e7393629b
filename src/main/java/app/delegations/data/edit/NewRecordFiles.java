package app.delegations.data.edit;

import app.delegations.model.Event;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which file each new record of a change goes into, when not into {@value ArchiveDraft#GAZETTEER}: a new event
 * into a file named from its start date and id, or into the file of the event it belongs to; a new record that
 * a new event of the change refers to (directly, or through another new record of it) into that event's file.
 */
final class NewRecordFiles {
    /** The files of the draft that define a record of this kind and id, in name order. */
    private final BiFunction<Class<? extends Record>, String, List<String>> filesDefining;

    NewRecordFiles(BiFunction<Class<? extends Record>, String, List<String>> filesDefining) {
        this.filesDefining = filesDefining;
    }

    /** Where each new record of {@code change} goes, when not into {@value #GAZETTEER}. */
    Map<RecordEdit, String> of(Change change) {
        var out = new LinkedHashMap<RecordEdit, String>();
        var fresh = new LinkedHashMap<References.Ref, RecordEdit>();
        for (RecordEdit edit : change.edits()) {
            if (edit.after() != null && filesDefining.apply(edit.kind(), edit.id()).isEmpty()) {
                fresh.put(new References.Ref(edit.kind(), edit.id()), edit);
            }
        }
        for (RecordEdit edit : fresh.values()) {
            if (edit.after() instanceof Event e) {
                out.put(edit, eventFile(e, fresh, new HashSet<>()));
            }
        }
        boolean more = true;
        while (more) { // what the new events' files hold refers to: into the same file
            more = false;
            for (var placed : List.copyOf(out.entrySet())) {
                for (References.Ref ref : References.of(placed.getKey().after())) {
                    RecordEdit referred = fresh.get(ref);
                    if (referred != null && !out.containsKey(referred)) {
                        out.put(referred, placed.getValue());
                        more = true;
                    }
                }
            }
        }
        return out;
    }

    private String eventFile(Event e, Map<References.Ref, RecordEdit> fresh, Set<String> seen) {
        if (e.parent() != null && seen.add(e.parent())) {
            Optional<String> parentFile = filesDefining.apply(Event.class, e.parent()).stream().findFirst();
            if (parentFile.isPresent()) {
                return parentFile.get();
            }
            RecordEdit parent = fresh.get(new References.Ref(Event.class, e.parent()));
            if (parent != null && parent.after() instanceof Event p) {
                return eventFile(p, fresh, seen);
            }
        }
        return e.start() + "-" + e.id() + ".json";
    }
}
