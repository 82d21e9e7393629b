package app.delegations.data;

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
 * user's language later. Past 250 lines because it is one table from Jackson's wording to ours, read best whole.
 */
final class JsonErrors {
    private static final int BYTE_ORDER_MARK = 0xFEFF;

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

    private static Msg endOfInput(String m) {
        int line = lineIn(m);
        if (m.contains("close marker for Object")) {
            return line > 0 ? Msg.of("json.end.object.opened", String.valueOf(line)) : Msg.of("json.end.object");
        }
        if (m.contains("close marker for Array")) {
            return line > 0 ? Msg.of("json.end.list.opened", String.valueOf(line)) : Msg.of("json.end.list");
        }
        if (m.contains("VALUE_STRING") || m.contains("string value") || m.contains("FIELD_NAME")
                || m.contains("field name")) {
            return Msg.of("json.end.text");
        }
        if (m.contains("Object entries")) {
            return Msg.of("json.end.object");
        }
        if (m.contains("Array entries")) {
            return Msg.of("json.end.list");
        }
        if (m.contains("Number") || m.contains("numeric")) {
            return Msg.of("json.end.number");
        }
        return Msg.of("json.end");
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

    private static Msg unexpectedCharacter(String m) {
        int code = code(m);
        if (code == BYTE_ORDER_MARK) {
            return Msg.of("json.bomInside");
        }
        Msg found = show(code);
        if (m.contains("to separate Object entries")) {
            return code == '"' ? Msg.of("json.comma.fields") : Msg.of("json.comma.fields.found", found);
        }
        if (m.contains("to separate Array entries") && code == ':') {
            return Msg.of("json.colonInList");
        }
        if (m.contains("to separate Array entries")) {
            return Msg.of("json.comma.values", found);
        }
        if (m.contains("to start field name")) {
            if (code == '}') {
                return Msg.of("json.trailingComma.object");
            }
            if (code == '\'') {
                return Msg.of("json.singleQuotes.field");
            }
            return Msg.of("json.fieldName", found);
        }
        if (m.contains("colon to separate field name and value")) {
            return Msg.of("json.colon", found);
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return Msg.of("json.comment");
        }
        if (m.contains("plus sign")) {
            return Msg.of("json.plus");
        }
        if (m.contains("in numeric value")) {
            return Msg.of("json.badNumber");
        }
        if (m.contains("hex-digit")) {
            return Msg.of("json.hex");
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            if (code == ']') {
                return Msg.of("json.trailingComma.list");
            }
            if (code == '\'') {
                return Msg.of("json.singleQuotes.text");
            }
            return Msg.of("json.value", found);
        }
        return Msg.of("json.unexpectedChar", found);
    }

    private static Msg closeMarker(String m) {
        int line = lineIn(m);
        String opened = String.valueOf(line);
        if (m.contains("']': expected '}'")) {
            return line > 0 ? Msg.of("json.close.list.opened", opened) : Msg.of("json.close.list");
        }
        if (m.contains("'}': expected ']'")) {
            return line > 0 ? Msg.of("json.close.object.opened", opened) : Msg.of("json.close.object");
        }
        return Msg.of(m.contains("']'") ? "json.close.nothing.list" : "json.close.nothing.object");
    }

    private static Msg limit(String m) {
        if (m.startsWith("Document nesting depth")) {
            return Msg.of("limit.depth", Limits.MAX_DEPTH);
        }
        if (m.startsWith("String value length")) {
            return Msg.of("limit.text", Limits.MAX_STRING_CHARS);
        }
        if (m.startsWith("Number value length")) {
            return Msg.of("limit.number", Limits.MAX_NUMBER_CHARS);
        }
        if (m.startsWith("Name length")) {
            return Msg.of("limit.name", Limits.MAX_NAME_CHARS);
        }
        if (m.startsWith("Document length")) {
            return Msg.of("limit.file", Limits.MAX_FILE_BYTES >> 20);
        }
        return Msg.of("limit.other");
    }

    /** The character Jackson names in "(... (code 125))", as the user sees it. */
    private static Msg show(int code) {
        if (code < 0) {
            return Msg.of("found.other");
        }
        if (code < 32 || code == 127) {
            return Msg.of("found.control", String.valueOf(code));
        }
        if (code == 0xFFFD) {
            return Msg.of("found.notText");
        }
        return Msg.of("found.char", "'" + new String(Character.toChars(code)) + "'");
    }

    private static int code(String m) {
        int i = m.indexOf("code ");
        if (i < 0) {
            return -1;
        }
        int value = 0;
        int digits = 0;
        for (int k = i + 5; k < m.length() && Character.isDigit(m.charAt(k)) && digits < 8; k++, digits++) {
            value = value * 10 + (m.charAt(k) - '0');
        }
        return digits == 0 ? -1 : value;
    }

    private static int lineIn(String m) {
        int i = m.indexOf("line: ");
        if (i < 0) {
            return 0;
        }
        int value = 0;
        for (int k = i + 6; k < m.length() && Character.isDigit(m.charAt(k)) && value < 100_000_000; k++) {
            value = value * 10 + (m.charAt(k) - '0');
        }
        return value;
    }

    private static String between(String m, String open, String close) {
        int a = m.indexOf(open);
        int b = a < 0 ? -1 : m.indexOf(close, a + open.length());
        return a < 0 || b < 0 ? "" : m.substring(a + open.length(), b);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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
