package app.delegations.data;

import app.delegations.text.Msg;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fields one kind of object may have, which of them are required, and (for citations' "fields") the
 * fields of the objects nested in it. Written {@code "id*"} for a required field.
 */
final class Fields {
    private final String what; // a bundle key: object.place
    private final String[] names;
    private final long required;
    private final Map<String, Fields> nested;

    private Fields(String what, Map<String, Fields> nested, String... spec) {
        this.what = what;
        this.nested = nested;
        this.names = new String[spec.length];
        long req = 0;
        for (int i = 0; i < spec.length; i++) {
            String s = spec[i];
            if (s.endsWith("*")) {
                req |= 1L << i;
                s = s.substring(0, s.length() - 1);
            }
            names[i] = s.intern();
        }
        this.required = req;
    }

    static Fields of(String what, String... spec) {
        return new Fields(what, Map.of(), spec);
    }

    static Fields of(String what, Map<String, Fields> nested, String... spec) {
        return new Fields(what, nested, spec);
    }

    /** What such an object is, for messages: "a place" (key {@code object.place}). */
    Msg what() {
        return Msg.of(what);
    }

    /** Index of {@code name}, or -1. Field names from the parser are interned, so identity usually decides. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int i) {
        return names[i];
    }

    long required() {
        return required;
    }

    List<String> names() {
        return Arrays.asList(names);
    }

    /** The fields of the object in field {@code name}, or null when it is not an object of known shape. */
    Fields nested(String name) {
        return nested.get(name);
    }
}
