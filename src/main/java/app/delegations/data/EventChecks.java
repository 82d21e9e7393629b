package app.delegations.data;

import app.delegations.model.Event;
import app.delegations.text.Msg;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rules on events that need the whole file (or, in an archive, all its files): no event is its own ancestor, a child lies within its parent's
 * dates, and no two events with the same parent and start day share an order number. Works on indexes into
 * the event list, with one id lookup per event; calls the checkpoint every 4,096 events in each pass.
 */
final class EventChecks {
    /** Where the checks report: event {@code event} (an index into the list) has a problem at {@code at}. */
    @FunctionalInterface
    interface Report {
        void error(int event, long at, DocumentPlace path, Msg message);
    }

    private final Report problems;
    private final List<EventParser.Located> events;
    private final int[] parent; // index of each event's parent, or -1
    private final Checkpoint checkpoint;

    EventChecks(List<EventParser.Located> events, Checkpoint checkpoint, Report problems) {
        this.problems = problems;
        this.events = events;
        this.checkpoint = checkpoint;
        var index = new IdTable(events.size());
        for (int i = 0; i < events.size(); i++) {
            tick(i);
            index.putIfAbsent(events.get(i).event().id(), i);
        }
        parent = new int[events.size()];
        for (int i = 0; i < parent.length; i++) {
            tick(i);
            String p = events.get(i).event().parent();
            parent[i] = p == null ? -1 : (int) index.get(p);
        }
    }

    void check() {
        boolean[] inCycle = cycles();
        for (int i = 0; i < parent.length; i++) {
            tick(i);
            if (parent[i] < 0 || inCycle[i]) {
                continue;
            }
            EventParser.Located e = events.get(i);
            Event ev = e.event();
            Event p = events.get(parent[i]).event();
            if (ev.start().isBefore(p.start()) || ev.start().isAfter(p.end())) {
                problems.error(i, e.startAt(), e.path().key("start"), Msg.of("problem.event.startsOutside",
                        ev.start().toString(), span(p)));
            } else if (ev.end().isAfter(p.end())) {
                problems.error(i, e.endAt(), e.path().key("end"), Msg.of("problem.event.endsAfter",
                        ev.end().toString(), span(p)));
            }
        }
        orders(inCycle);
    }

    /**
     * The slot of (parent, day, order), mixed with a random seed after each part: a linear hash of the three
     * let a file give thousands of events one slot (quadratic probing time); without the seed no file can.
     */
    static int slot(long seed, int parent, long day, int order) {
        long x = mix(seed ^ parent);
        x = mix(x ^ day);
        x = mix(x ^ order);
        return (int) (x ^ x >>> 32);
    }

    private static long mix(long x) { // the finaliser of MurmurHash3 (a bijection that spreads every bit)
        x = (x ^ x >>> 33) * 0xFF51AFD7ED558CCDL;
        x = (x ^ x >>> 33) * 0xC4CEB9FE1A85EC53L;
        return x ^ x >>> 33;
    }

    private void tick(int i) {
        if ((i & 4095) == 4095) {
            checkpoint.check();
        }
    }

    /** "its parent "x" (2016-11-30 to 2016-12-01)": worded only for a problem, not for every event. */
    private static Msg span(Event p) {
        String id = "\"" + p.id() + "\"";
        return p.end().equals(p.start()) ? Msg.of("event.parent.day", id, p.start().toString())
                : Msg.of("event.parent.span", id, p.start().toString(), p.end().toString());
    }

    /** Reports each loop of parents once; returns which events are in one. */
    private boolean[] cycles() {
        int n = parent.length;
        byte[] state = new byte[n]; // 0 not seen, 1 on the current walk, 2 done
        boolean[] inCycle = new boolean[n];
        int[] walk = new int[n];
        for (int s = 0; s < n; s++) {
            tick(s);
            int len = 0;
            int e = s;
            while (e >= 0 && state[e] == 0) {
                state[e] = 1;
                walk[len++] = e;
                e = parent[e];
            }
            if (e >= 0 && state[e] == 1) { // came back to this walk: a loop
                int from = 0;
                while (walk[from] != e) {
                    from++;
                }
                var names = new StringBuilder();
                for (int k = from; k < len; k++) {
                    names.append('"').append(events.get(walk[k]).event().id()).append("\" → ");
                    inCycle[walk[k]] = true;
                }
                names.append('"').append(events.get(e).event().id()).append('"');
                EventParser.Located last = events.get(walk[len - 1]);
                problems.error(walk[len - 1], last.parentAt(), last.path().key("parent"), from == len - 1
                        ? Msg.of("problem.event.ownParent") : Msg.of("problem.event.parentLoop", names.toString()));
            }
            for (int k = 0; k < len; k++) {
                state[walk[k]] = 2;
            }
        }
        return inCycle;
    }

    /**
     * Reports each event whose parent, start day and order number (its place among its siblings) an earlier
     * event has already. The slots are found by hash over arrays (no key object, no map entry per event).
     */
    private void orders(boolean[] inCycle) {
        int n = parent.length;
        long[] days = new long[n];
        int[] orders = new int[n];
        int[] slots = new int[Integer.highestOneBit(Math.max(16, n)) * 4]; // index + 1 of an event; 0: free
        int mask = slots.length - 1;
        long seed = ThreadLocalRandom.current().nextLong();
        for (int i = 0; i < n; i++) {
            tick(i);
            if (inCycle[i]) {
                continue;
            }
            Event ev = events.get(i).event();
            days[i] = ev.start().toEpochDay();
            orders[i] = ev.order();
            int s = slot(seed, parent[i], days[i], orders[i]) & mask;
            int taken = -1;
            for (; slots[s] != 0; s = (s + 1) & mask) {
                int j = slots[s] - 1;
                if (parent[j] == parent[i] && days[j] == days[i] && orders[j] == orders[i]) {
                    taken = j;
                    break;
                }
            }
            if (taken < 0) {
                slots[s] = i + 1;
                continue;
            }
            EventParser.Located e = events.get(i);
            problems.error(i, e.orderAt(), e.path().key("order"), Msg.of("problem.event.orderTaken",
                    String.valueOf(ev.order()), "\"" + events.get(taken).event().id() + "\""));
        }
    }
}
