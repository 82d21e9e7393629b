package app.delegations.data;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * A value in error: what it is, in the user's words, and skipping it with the duplicate-key check kept. The
 * parser's own duplicate detection is off (see {@link FieldWalker}), and values skipped are not read field by
 * field, so this is where a repeated key inside them still fails the read, exactly as Jackson would.
 */
final class SkippedValues {
    private SkippedValues() {
    }

    /**
     * Skips the value at the parser's current token, checking the objects inside it for duplicate keys. Only
     * values in error are skipped, so a hash set per object costs nothing that matters here.
     */
    static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null || !t.isStructStart()) {
            return;
        }
        var open = new ArrayList<Set<String>>(); // per open value: its keys so far (null for a list)
        open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
        while (!open.isEmpty() && (t = p.nextToken()) != null) {
            switch (t) {
                case START_OBJECT -> open.add(new HashSet<>());
                case START_ARRAY -> open.add(null);
                case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
                case FIELD_NAME -> {
                    if (!open.get(open.size() - 1).add(p.currentName())) {
                        throw duplicate(p, p.currentName());
                    }
                }
                default -> { }
            }
        }
    }

    /** A repeated key, failing the read exactly as Jackson's duplicate detection would. */
    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /** What the value at the parser's current token is ("the text "x"", "a list", …). */
    static Msg describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return Msg.of("found.nothing");
        }
        return switch (t) {
            case VALUE_STRING -> Msg.of("found.text", TextRules.quoted(p.getText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Msg.of("found.number", p.getText());
            case VALUE_TRUE -> Msg.of("found.true");
            case VALUE_FALSE -> Msg.of("found.false");
            case VALUE_NULL -> Msg.of("found.null");
            case START_OBJECT -> Msg.of("found.object");
            case START_ARRAY -> Msg.of("found.list");
            default -> Msg.of("found.other");
        };
    }
}
