package app.delegations.data;

import app.delegations.model.Country;
import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ids a file defines, per list, and the references to them, with where they stand: duplicates are
 * reported as they are read. A reference to an id already defined is resolved at once (and shares the
 * defined instance of the id); only references that point forward are kept, and checked once the whole
 * file is read (or, when the file is part of an archive, left open for the archive to resolve).
 */
final class Ids {

    /** The kinds of record that have ids, with the words messages use for them (bundle keys). */
    enum Kind {
        SOURCE("source"), COUNTRY("country"), PLACE("place"), VENUE("venue"),
        ORGANISATION("organisation"), PERSON("person"), EVENT("event");

        /** "a place": {@code object.place}. */
        final Msg noun;
        /** "a place" as "is not a place defined…" needs it ({@code ref.place}; Polish: "miejsca"). */
        final Msg undefined;

        Kind(String word) {
            this.noun = Msg.of("object." + word);
            this.undefined = Msg.of("ref." + word);
        }
    }

    /** A reference to {@code id} of {@code kind}, at byte {@code at}, not defined when it was read. */
    record Ref(Kind kind, String id, long at, JsonPath path) {
    }

    private final IdTable[] defined = new IdTable[Kind.values().length];
    private final List<Ref> refs = new ArrayList<>();
    private final Set<String> referenceCountries = new HashSet<>(); // taken from a CountryReference
    private final Problems problems;

    Ids(Problems problems) {
        this.problems = problems;
        for (Kind k : Kind.values()) {
            defined[k.ordinal()] = new IdTable();
        }
    }

    /**
     * Records the definition of {@code id} (null: nothing to record) at the value of {@code key} in
     * {@code parent}; false when it was defined before.
     */
    boolean define(Kind kind, String id, long at, DocumentPlace parent, String key) {
        if (id == null) {
            return false;
        }
        long before = defined[kind.ordinal()].putIfAbsent(id, at);
        if (before >= 0) {
            problems.error(at, JsonCursor.path(parent, key), Msg.of("problem.id.duplicate", "\"" + id + "\"",
                    kind.noun, String.valueOf(problems.lineOf(before))));
            return false;
        }
        return true;
    }

    /**
     * A reference to {@code id} (null: none) at the value of {@code key} in {@code parent}: kept for the check
     * at the end unless the id is defined already. Returns the id, as defined when it is.
     */
    String refer(Kind kind, String id, long at, DocumentPlace parent, String key) {
        if (id == null) {
            return null;
        }
        String known = defined[kind.ordinal()].find(id);
        if (known != null) {
            return known;
        }
        refs.add(new Ref(kind, id, at, JsonCursor.path(parent, key)));
        return id;
    }

    /** The id of {@code kind} spelt {@code chars[offset, offset + length)} if it is defined already, or null. */
    String known(Kind kind, char[] chars, int offset, int length) {
        return defined[kind.ordinal()].find(chars, offset, length);
    }

    /** Keeps a reference to an id not defined yet (see {@link #known}) for the check at the end. */
    void referForward(Kind kind, String id, long at, DocumentPlace parent, String key) {
        refs.add(new Ref(kind, id, at, JsonCursor.path(parent, key)));
    }

    boolean has(Kind kind, String id) {
        return defined[kind.ordinal()].get(id) >= 0 || kind == Kind.COUNTRY && referenceCountries.contains(id);
    }

    /**
     * The countries referred to but not defined that {@code reference} knows, once each, in the order of their
     * first reference; from then on they count as defined.
     */
    List<Country> countriesFrom(CountryReference reference) {
        var out = new ArrayList<Country>();
        for (Ref r : refs) {
            if (r.kind() == Kind.COUNTRY && !has(Kind.COUNTRY, r.id())) {
                Optional<Country> c = reference.country(r.id());
                if (c.isPresent()) {
                    referenceCountries.add(r.id());
                    out.add(c.get());
                }
            }
        }
        return out;
    }

    /** The references to ids this file does not define, in the order read: for an archive to resolve. */
    List<Ref> unresolved() {
        var out = new ArrayList<Ref>();
        for (Ref r : refs) {
            if (!has(r.kind(), r.id())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Where {@code id} is defined, or -1. */
    long where(Kind kind, String id) {
        return defined[kind.ordinal()].get(id);
    }

    Iterable<String> all(Kind kind) {
        return defined[kind.ordinal()].keySet();
    }

    /** Reports every reference to an id that is not defined; calls {@code checkpoint} every 4,096 references. */
    void checkReferences(Checkpoint checkpoint) {
        int seen = 0;
        for (Ref r : refs) {
            if ((++seen & 4095) == 0) {
                checkpoint.check();
            }
            if (!has(r.kind(), r.id())) {
                checkpoint.check(); // before each suggestion too: one may compare thousands of ids
                String meant = problems.full() ? null : Suggest.closest(r.id(), all(r.kind()));
                problems.error(r.at(), r.path(), meant == null
                        ? Msg.of("problem.ref.unknown", TextRules.quoted(r.id()), r.kind().undefined)
                        : Msg.of("problem.ref.unknown.meant", TextRules.quoted(r.id()), r.kind().undefined,
                                "\"" + meant + "\""));
            }
        }
    }
}
