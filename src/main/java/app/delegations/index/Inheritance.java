package app.delegations.index;

import app.delegations.data.Work;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in each event, by the inheritance rule: an event's own participants, or else those of its
 * nearest ancestor that names any (none when no ancestor does, or the parents loop). Every event is tied to
 * the event that defines its participants (its <em>definer</em>); events with one definer share one list,
 * and a place's events are found through the definers naming it, so nothing is copied per child: a chain
 * 10,000 events deep, or a million children of an event naming 10,000 places, costs time and memory linear
 * in the number of events plus the participations written in the file.
 */
final class Inheritance {
    private final List<Event> events;
    /** Per event (by position in the file): the position of its definer, or -1. */
    private final int[] definer;
    /** Per definer: its distinct own participants, in the file's order (one shared list per definer). */
    private final Map<Integer, List<String>> ownByDefiner = new HashMap<>();
    /** Per definer: the positions of the events it defines, ascending (itself included). */
    private final Map<Integer, int[]> groupByDefiner = new HashMap<>();
    /** Per place: the positions of the definers naming it, ascending. */
    private final Map<String, int[]> definersByPlace = new HashMap<>();
    /** The positions of the events that define participants (have their own), ascending. */
    private final int[] definerList;

    Inheritance(Dataset dataset, Work work) {
        this.events = dataset.events();
        int n = events.size();
        var position = new HashMap<String, Integer>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            position.putIfAbsent(events.get(i).id(), i);
            work.step();
        }
        definer = new int[n];
        byte[] state = new byte[n]; // 0 not seen, 1 on the path being walked, 2 known
        int[] path = new int[n];
        for (int i = 0; i < n; i++) {
            int length = 0;
            int j = i;
            int found = -1;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                path[length++] = j;
                work.step();
                if (!events.get(j).participants().isEmpty()) {
                    found = j;
                    break;
                }
                String parent = events.get(j).parent();
                Integer p = parent == null ? null : position.get(parent);
                j = p == null ? -1 : p;
            }
            if (found < 0 && j >= 0 && state[j] == 2) {
                found = definer[j]; // a known ancestor: its answer; on the path (a loop): none
            }
            for (int k = 0; k < length; k++) {
                definer[path[k]] = found;
                state[path[k]] = 2;
            }
        }
        int[] sizes = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (definer[i] >= 0 && sizes[definer[i]]++ == 0) {
                count++;
            }
        }
        definerList = new int[count];
        count = 0;
        for (int d = 0; d < n; d++) {
            if (sizes[d] > 0) {
                definerList[count++] = d;
                groupByDefiner.put(d, new int[sizes[d]]);
            }
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int d = definer[i];
            if (d >= 0) {
                groupByDefiner.get(d)[filled[d]++] = i;
            }
            work.step();
        }
        var placeCounts = new HashMap<String, int[]>();
        for (int d : definerList) {
            var ids = new LinkedHashSet<String>();
            for (Participation p : events.get(d).participants()) {
                ids.add(p.place());
                work.step();
            }
            List<String> own = List.copyOf(ids);
            ownByDefiner.put(d, own);
            for (String place : own) {
                placeCounts.computeIfAbsent(place, k -> new int[1])[0]++;
            }
        }
        placeCounts.forEach((place, c) -> definersByPlace.put(place, new int[c[0]]));
        for (int d : definerList) {
            for (String place : ownByDefiner.get(d)) {
                definersByPlace.get(place)[--placeCounts.get(place)[0]] = d;
                work.step();
            }
        }
        definersByPlace.values().forEach(Arrays::sort);
    }

    /** The places taking part in the event at {@code i}: the list shared by every event of its definer. */
    List<String> participants(int i) {
        return definer[i] < 0 ? List.of() : ownByDefiner.get(definer[i]);
    }

    /** The positions of the definers naming a place, ascending. */
    int[] definersOf(String placeId) {
        return definersByPlace.getOrDefault(placeId, new int[0]);
    }

    /** The positions of the events a definer defines, ascending. */
    int[] group(int definerPosition) {
        return groupByDefiner.get(definerPosition);
    }

    /** The events a place takes part in, in the file's order: a view of one definer's group, else a merge. */
    List<Event> eventsOf(String placeId) {
        int[] definers = definersOf(placeId);
        if (definers.length == 0) {
            return List.of();
        }
        if (definers.length == 1) {
            return view(group(definers[0]));
        }
        int total = 0;
        for (int d : definers) {
            total += group(d).length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int d : definers) {
            int[] g = group(d);
            System.arraycopy(g, 0, all, at, g.length);
            at += g.length;
        }
        Arrays.sort(all); // the groups are disjoint: each event has one definer
        return view(all);
    }

    private List<Event> view(int[] positions) {
        return new AbstractList<>() {
            @Override
            public Event get(int index) {
                return events.get(positions[index]);
            }

            @Override
            public int size() {
                return positions.length;
            }
        };
    }
}
