package app.delegations.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a file defines, per list, and every reference to one, with where it stands: duplicates are
 * reported as they are read, references checked once the whole file is read (they may point forward).
 */
final class Ids {

    /** The kinds of record that have ids, with the words messages use for them. */
    enum Kind {
        SOURCE("a source"), COUNTRY("a country"), PLACE("a place"), VENUE("a venue"),
        ORGANISATION("an organisation"), PERSON("a person"), EVENT("an event");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    /** A reference to {@code id} of {@code kind}, at byte {@code at}. */
    record Ref(Kind kind, String id, long at, JsonPath path) {
    }

    private final Map<Kind, HashMap<String, Long>> defined = new EnumMap<>(Kind.class);
    private final List<Ref> refs = new ArrayList<>();
    private final Problems problems;

    Ids(Problems problems) {
        this.problems = problems;
        for (Kind k : Kind.values()) {
            defined.put(k, new HashMap<>());
        }
    }

    /** Records the definition of {@code id} (null: nothing to record); false when it was defined before. */
    boolean define(Kind kind, String id, long at, JsonPath path) {
        if (id == null) {
            return false;
        }
        Long before = defined.get(kind).putIfAbsent(id, at);
        if (before != null) {
            problems.error(at, path, "duplicate id \"" + id + "\": " + kind.noun + " on line "
                    + problems.lineOf(before) + " has it already");
            return false;
        }
        return true;
    }

    void refer(Kind kind, String id, long at, JsonPath path) {
        if (id != null) {
            refs.add(new Ref(kind, id, at, path));
        }
    }

    boolean has(Kind kind, String id) {
        return defined.get(kind).containsKey(id);
    }

    /** Where {@code id} is defined, or -1. */
    long where(Kind kind, String id) {
        Long at = defined.get(kind).get(id);
        return at == null ? -1 : at;
    }

    Iterable<String> all(Kind kind) {
        return defined.get(kind).keySet();
    }

    List<Ref> refs() {
        return refs;
    }

    /** Reports every reference to an id that is not defined. */
    void checkReferences() {
        for (Ref r : refs) {
            if (!has(r.kind(), r.id())) {
                String hint = problems.full() ? "" : Suggest.didYouMean(r.id(), all(r.kind()));
                problems.error(r.at(), r.path(), JsonCursor.quoted(r.id()) + " is not " + r.kind().noun
                        + " defined in this file" + hint);
            }
        }
    }
}
