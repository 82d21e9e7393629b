package app.delegations.bench;

import app.delegations.bench.ArchiveGenerator.Conflict;
import app.delegations.bench.ArchiveGenerator.Unresolved;
import app.delegations.bench.ArchivePlan.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "bad" variant of an archive: the same files with deliberate cross-file mistakes, each of which a file
 * alone does not show: in three event files (a quarter, half and three quarters of the way) the re-defined place
 * differs from the gazetteer's in {@code names.en}, and in the first event file a participant of the first
 * event is a place no file defines ({@value #UNKNOWN_PLACE}).
 */
final class BadArchive {
    static final String UNKNOWN_PLACE = "no-such-place-0";
    static final String CHANGED_FIELD = "names.en";

    /** The bad files, and what is wrong with them. */
    record Result(List<DataFile> files, List<Conflict> conflicts, Unresolved unresolved) {
    }

    private BadArchive() {
    }

    /** {@code files}: the gazetteer first, then at least four event files (left unchanged). */
    static Result of(List<DataFile> files) {
        int events = files.size() - 1;
        if (events < 4) {
            throw new IllegalArgumentException("the bad variant needs at least 4 event files: " + events);
        }
        var out = new ArrayList<>(files);
        DataFile gazetteer = files.get(0);
        var conflicts = new ArrayList<Conflict>();
        for (int f : new int[] {events / 4, events / 2, 3 * events / 4}) {
            DataFile file = files.get(1 + f);
            if (file.list("places").isEmpty()) {
                throw new IllegalStateException(file.name() + " re-defines no place to change");
            }
            Map<String, Object> place = GeneratedRecords.copy(file.list("places").get(0));
            @SuppressWarnings("unchecked")
            var names = (Map<String, Object>) place.get("names");
            names.put("en", names.get("en") + " (old spelling)");
            String id = GeneratedRecords.id(place);
            out.set(1 + f, with(file, "places", List.of(place)));
            conflicts.add(new Conflict(file.name(), "places[0]", id, gazetteer.name(),
                    "places[" + indexOf(gazetteer.list("places"), id) + "]", CHANGED_FIELD));
        }
        DataFile first = files.get(1);
        Map<String, Object> event = GeneratedRecords.copy(first.list("events").get(0));
        int participant = 0;
        List<?> participants = (List<?>) event.get("participants");
        while (!"participant".equals(((Map<?, ?>) participants.get(participant)).get("role"))) {
            participant++;
        }
        @SuppressWarnings("unchecked")
        var changed = (Map<String, Object>) participants.get(participant);
        if (Set.copyOf(gazetteer.list("places").stream().map(GeneratedRecords::id).toList()).contains(UNKNOWN_PLACE)) {
            throw new IllegalStateException(UNKNOWN_PLACE + " is a generated place");
        }
        changed.put("place", UNKNOWN_PLACE);
        var events0 = new ArrayList<>(first.list("events"));
        events0.set(0, event);
        out.set(1, with(first, "events", events0));
        var unresolved = new Unresolved(first.name(), "events[0].participants[" + participant + "].place", UNKNOWN_PLACE);
        return new Result(out, conflicts, unresolved);
    }

    private static DataFile with(DataFile file, String list, List<Map<String, Object>> records) {
        var lists = new LinkedHashMap<>(file.lists());
        lists.put(list, records);
        return new DataFile(file.name(), lists);
    }

    private static int indexOf(List<Map<String, Object>> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(GeneratedRecords.id(list.get(i)))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + id);
    }
}
