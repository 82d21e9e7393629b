package app.delegations.bench;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds records as small trees (maps, lists, strings, numbers) and writes the format's common parts: names,
 * text, evidence, coordinates. {@link JsonLayout} prints them. Each finished top-level object is a record;
 * {@link #take()} hands them over.
 */
final class Json {
    private final Deque<Object> open = new ArrayDeque<>();
    private final Deque<String> pendingField = new ArrayDeque<>();
    private final List<Map<String, Object>> done = new ArrayList<>();

    /** The records finished since the last call. */
    List<Map<String, Object>> take() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("a record is still open");
        }
        var out = List.copyOf(done);
        done.clear();
        return out;
    }

    void startObject() {
        push(new LinkedHashMap<String, Object>());
    }

    void startObject(String field) {
        pendingField.push(field);
        startObject();
    }

    @SuppressWarnings("unchecked")
    void endObject() {
        var map = (Map<String, Object>) open.pop();
        if (open.isEmpty()) {
            done.add(map);
        }
    }

    void startArray(String field) {
        pendingField.push(field);
        push(new ArrayList<>());
    }

    void endArray() {
        open.pop();
    }

    void string(String field, String value) {
        pendingField.push(field);
        add(value);
    }

    void string(String value) {
        add(value);
    }

    void number(String field, int value) {
        pendingField.push(field);
        add(value);
    }

    void names(String field, NameFactory.Spellings s, String alias) {
        startObject(field);
        string("pl", s.pl());
        string("en", s.en());
        string("native", s.nativeName());
        if (alias != null) {
            startArray("aliases");
            string(alias);
            endArray();
        }
        endObject();
    }

    void text(String field, String pl, String en) {
        startObject(field);
        string("pl", pl);
        string("en", en);
        endObject();
    }

    /** Coordinates with four decimals, kept exact (never a double), so the text never depends on the JDK. */
    void coordinates(int latE4, int lonE4, String seat) {
        startObject("coordinates");
        pendingField.push("lat");
        add(BigDecimal.valueOf(latE4, 4));
        pendingField.push("lon");
        add(BigDecimal.valueOf(lonE4, 4));
        if (seat != null) {
            string("seat", seat);
        }
        endObject();
    }

    void stated(String source, String quote, List<String> fields) {
        citation("stated", source, quote, fields, null, null);
    }

    void inferred(String source, String quote, String reasonPl, String reasonEn) {
        citation("inferred", source, quote, List.of(), reasonPl, reasonEn);
    }

    void reference(List<String> fields, String reasonPl, String reasonEn) {
        citation("reference", null, null, fields, reasonPl, reasonEn);
    }

    private void citation(String basis, String source, String quote, List<String> fields, String reasonPl,
                          String reasonEn) {
        startObject();
        string("basis", basis);
        if (source != null) {
            string("source", source);
        }
        if (quote != null) {
            string("quote", quote);
        }
        if (!fields.isEmpty()) {
            startArray("fields");
            fields.forEach(this::string);
            endArray();
        }
        if (reasonPl != null) {
            text("reason", reasonPl, reasonEn);
        }
        endObject();
    }

    private void push(Object container) {
        if (!open.isEmpty()) {
            add(container);
        } else if (!pendingField.isEmpty()) {
            throw new IllegalStateException("a field outside any object");
        }
        open.push(container);
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) {
        Object parent = open.peek();
        if (parent instanceof Map<?, ?> map) {
            String field = pendingField.pop();
            if (((Map<String, Object>) map).put(field, value) != null) {
                throw new IllegalStateException("duplicate field " + field);
            }
        } else if (parent instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            throw new IllegalStateException("a value outside any object");
        }
    }
}
