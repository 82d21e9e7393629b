package app.delegations.data;

import static app.delegations.data.JsonErrorWording.BYTE_ORDER_MARK;
import static app.delegations.data.JsonErrorWording.between;
import static app.delegations.data.JsonErrorWording.closeMarker;
import static app.delegations.data.JsonErrorWording.code;
import static app.delegations.data.JsonErrorWording.endOfInput;
import static app.delegations.data.JsonErrorWording.limit;
import static app.delegations.data.JsonErrorWording.shorten;
import static app.delegations.data.JsonErrorWording.unexpectedCharacter;

import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Says in plain words what Jackson found wrong with the text, and where. Jackson's own messages name Java
 * features and classes; none of that reaches the user. Messages are matched against Jackson 2.20's wording
 * (the tests pin each one); an unrecognised message still gives a located, plain "not valid JSON here".
 * Each result is a bundle key ({@code json.*}, {@code limit.*}) with its arguments, put into words in the
 * user's language later; {@link JsonErrorWording} reads Jackson's wording.
 */
final class JsonErrors {
    /** A located message, with the JSON path where it is known. */
    record Located(long at, String path, Msg message) {
        Located(long at, Msg message) {
            this(at, "", message);
        }
    }

    /** "this file is not valid JSON: …" */
    private static Msg notJson(String key, Object... args) {
        return Msg.of("json.invalid", Msg.of(key, args));
    }

    private JsonErrors() {
    }

    static Located translate(JsonProcessingException e, JsonParser p, byte[] bytes) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            long at = tokenStart(p);
            long now = p.currentLocation().getByteOffset();
            if (m.startsWith("Number value length") && now > 0) {
                at = JsonErrorPlaces.numberStart(bytes, now); // read whole before it becomes the current token
            } else if (m.startsWith("Name length") && now > 0) {
                at = JsonErrorPlaces.openingQuote(bytes, now);
            }
            return new Located(at, limit(m));
        }
        long at = offset(e.getLocation(), p);
        Located unclosed = unclosedText(m, p, bytes, at);
        if (unclosed != null) {
            return unclosed;
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return new Located(at, endOfInput(m));
        }
        if (m.startsWith("Non-standard token '")) {
            String token = between(m, "'", "'");
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, token), notJson("json.notNumber", token));
        }
        if (m.startsWith("Unrecognized token '")) {
            String token = between(m, "'", "'");
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, token), notJson("json.unknownWord",
                    "\"" + shorten(token) + "\""));
        }
        if (m.startsWith("Duplicate field '")) {
            String name = between(m, "'", "'");
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, "\"" + name + "\""),
                    JsonErrorPlaces.path(p.getParsingContext()),
                    Msg.of("json.duplicateField", "\"" + shorten(name) + "\""));
        }
        if (m.startsWith("Unexpected character (")) {
            boolean inNumber = m.contains("in numeric value") && !m.contains("plus sign");
            long where = inNumber ? JsonErrorPlaces.numberStart(bytes, at)
                    : JsonErrorPlaces.onCharacter(bytes, at, code(m));
            return new Located(where, Msg.of("json.invalid", unexpectedCharacter(m)));
        }
        if (m.startsWith("Illegal unquoted character (")) {
            int code = code(m);
            Msg what = code == '\n' || code == '\r' ? Msg.of("json.lineBreak")
                    : code == '\t' ? Msg.of("json.tab") : Msg.of("json.controlInText", String.valueOf(code));
            return new Located(at, Msg.of("json.invalid", what));
        }
        if (m.startsWith("Illegal character (")) {
            return new Located(JsonErrorPlaces.onCharacter(bytes, at, code(m)), notJson("json.control",
                    String.valueOf(code(m))));
        }
        if (m.startsWith("Unrecognized character escape")) {
            String c = between(m, "'", "'");
            return new Located(at, notJson("json.escape", "\\" + c));
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return new Located(JsonErrorPlaces.numberStart(bytes, at), notJson("json.leadingZero"));
        }
        if (m.startsWith("Invalid numeric value")) {
            return new Located(JsonErrorPlaces.numberStart(bytes, at), notJson("json.badNumber"));
        }
        if (m.startsWith("Unexpected close marker")) {
            return new Located(at, Msg.of("json.invalid", closeMarker(m)));
        }
        if (m.startsWith("Invalid UTF-8")) {
            // the bytes were checked as UTF-8 before parsing: Jackson says this of a character that is not
            // ASCII where a value or field name should start (an unquoted ł…, a byte-order mark inside)
            long start = JsonErrorPlaces.characterStart(bytes, at);
            int c = JsonErrorPlaces.codePointAt(bytes, start);
            if (c == BYTE_ORDER_MARK) {
                return new Located(start, notJson("json.bomInside"));
            }
            return new Located(start, notJson("json.unquoted", shorten(JsonErrorPlaces.wordAt(bytes, start))));
        }
        return new Located(at, notJson("json.unexpected"));
    }

    /**
     * A text whose closing quote is missing runs on into what follows, and Jackson then finds a line break in
     * it or a missing comma after it. Said as such, at the text's opening quote, when the text read so far ends
     * the way a line of JSON does (with , { [ ] } or :), which a real text almost never does.
     */
    private static Located unclosedText(String m, JsonParser p, byte[] bytes, long at) {
        boolean lineBreak = m.startsWith("Illegal unquoted character (") && (code(m) == '\n' || code(m) == '\r');
        boolean comma = m.startsWith("Unexpected character (") && m.contains("to separate Object entries");
        if (!lineBreak && !comma || p.currentToken() != JsonToken.VALUE_STRING && !lineBreak) {
            return null;
        }
        long open = tokenStart(p);
        if (open < 0 || open >= bytes.length || bytes[(int) open] != '"') {
            return null;
        }
        long end = lineBreak ? at : JsonErrorPlaces.closingQuoteBefore(bytes, at);
        if (end <= open || !JsonErrorPlaces.endsLikeJson(bytes, open + 1, end)) {
            return null;
        }
        return new Located(open, notJson("json.unclosed"));
    }

    private static long offset(JsonLocation location, JsonParser p) {
        if (location != null && location.getByteOffset() >= 0) {
            return location.getByteOffset();
        }
        return p.currentLocation().getByteOffset();
    }

    private static long tokenStart(JsonParser p) {
        long at = p.currentTokenLocation().getByteOffset();
        return at >= 0 ? at : p.currentLocation().getByteOffset();
    }
}
