package app.delegations.ui.events;

import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Events table's default order: the top-level events by start day, each followed by the events inside it
 * (recursively), siblings by start day, then {@link Event#order}, then end day, then the file's order. Every
 * event of the dataset appears once: one whose parent the file does not define is top-level, and one that only a
 * cycle of parents reaches (the loader reports those) comes last at depth 0. Iterative, so a deep chain of
 * nested events cannot overflow the stack; O(n log n).
 */
final class EventTree {
    /** An event at its position in the tree: {@code depth} 0 for a top-level event. */
    record Node(Event event, int depth, int fileIndex) {
    }

    private EventTree() {
    }

    static List<Node> order(DatasetIndex index, Work work) {
        List<Event> events = index.dataset().events();
        Map<Event, Integer> fileIndex = new IdentityHashMap<>(events.size() * 2);
        for (int i = 0; i < events.size(); i++) {
            fileIndex.put(events.get(i), i);
        }
        Comparator<Event> siblings = Comparator.comparing(Event::start).thenComparingInt(Event::order)
                .thenComparing(Event::end).thenComparingInt(fileIndex::get);
        var roots = new ArrayList<Event>();
        for (Event e : events) {
            if (e.parent() == null || index.dataset().event(e.parent()).isEmpty()) {
                roots.add(e);
            }
        }
        roots.sort(siblings);
        var out = new ArrayList<Node>(events.size());
        var placed = new boolean[events.size()];
        var stack = new ArrayDeque<Node>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.push(new Node(roots.get(r), 0, fileIndex.get(roots.get(r))));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (placed[n.fileIndex()]) {
                continue;
            }
            placed[n.fileIndex()] = true;
            out.add(n);
            work.step();
            var children = new ArrayList<>(index.children(n.event()));
            children.sort(siblings);
            for (int c = children.size() - 1; c >= 0; c--) {
                Event child = children.get(c);
                stack.push(new Node(child, n.depth() + 1, fileIndex.get(child)));
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (!placed[i]) {
                out.add(new Node(events.get(i), 0, i));
            }
        }
        return out;
    }
}
