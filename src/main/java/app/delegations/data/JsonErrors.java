package app.delegations.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Says in plain words what Jackson found wrong with the text, and where. Jackson's own messages name Java
 * features and classes; none of that reaches the user. Messages are matched against Jackson 2.20's wording
 * (the tests pin each one); an unrecognised message still gives a located, plain "not valid JSON here".
 */
final class JsonErrors {
    static final String NOT_JSON = "this file is not valid JSON: ";
    private static final String CUT_OFF = " — it may have been cut off";
    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final String BOM_INSIDE = "U+FEFF (an invisible byte-order mark) inside the file: delete it (a "
            + "byte-order mark may only stand at the very start of a file)";

    /** A located message, with the JSON path where it is known. */
    record Located(long at, String path, String message) {
        Located(long at, String message) {
            this(at, "", message);
        }
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
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, token),
                    NOT_JSON + token + " is not a number JSON allows (leave out a field that has no value)");
        }
        if (m.startsWith("Unrecognized token '")) {
            String token = between(m, "'", "'");
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, token), NOT_JSON + "unknown word \""
                    + shorten(token)
                    + "\": text must be in double quotes, and the only words JSON allows are true, false and null");
        }
        if (m.startsWith("Duplicate field '")) {
            String name = between(m, "'", "'");
            return new Located(JsonErrorPlaces.tokenStart(bytes, at, "\"" + name + "\""),
                    JsonErrorPlaces.path(p.getParsingContext()),
                    "the field \"" + shorten(name) + "\" appears twice in this object: keep one");
        }
        if (m.startsWith("Unexpected character (")) {
            boolean inNumber = m.contains("in numeric value") && !m.contains("plus sign");
            long where = inNumber ? JsonErrorPlaces.numberStart(bytes, at)
                    : JsonErrorPlaces.onCharacter(bytes, at, code(m));
            return new Located(where,
                    NOT_JSON + unexpectedCharacter(m));
        }
        if (m.startsWith("Illegal unquoted character (")) {
            int code = code(m);
            String what = code == '\n' || code == '\r' ? "a line break inside a text in quotes must be written as \\n"
                    : code == '\t' ? "a tab inside a text in quotes must be written as \\t"
                    : "a control character (code " + code + ") inside a text in quotes must be written as an escape";
            return new Located(at, NOT_JSON + what);
        }
        if (m.startsWith("Illegal character (")) {
            return new Located(JsonErrorPlaces.onCharacter(bytes, at, code(m)), NOT_JSON + "a control character (code "
                    + code(m)
                    + ") is not allowed here");
        }
        if (m.startsWith("Unrecognized character escape")) {
            String c = between(m, "'", "'");
            return new Located(at, NOT_JSON + "\\" + c + " is not an escape JSON knows (write \\\\ for a backslash)");
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return new Located(JsonErrorPlaces.numberStart(bytes, at),
                    NOT_JSON + "a number cannot start with 0 (write 7, not 07)");
        }
        if (m.startsWith("Invalid numeric value")) {
            return new Located(JsonErrorPlaces.numberStart(bytes, at),
                    NOT_JSON + "this number is not written as JSON requires (e.g. 12, -3.5, 1.5e3)");
        }
        if (m.startsWith("Unexpected close marker")) {
            return new Located(at, NOT_JSON + closeMarker(m));
        }
        if (m.startsWith("Invalid UTF-8")) {
            // the bytes were checked as UTF-8 before parsing: Jackson says this of a character that is not
            // ASCII where a value or field name should start (an unquoted ł…, a byte-order mark inside)
            long start = JsonErrorPlaces.characterStart(bytes, at);
            int c = JsonErrorPlaces.codePointAt(bytes, start);
            if (c == BYTE_ORDER_MARK) {
                return new Located(start, NOT_JSON + BOM_INSIDE);
            }
            return new Located(start, NOT_JSON + "a text must be in double quotes: "
                    + shorten(JsonErrorPlaces.wordAt(bytes, start)) + " is written without them");
        }
        return new Located(at, NOT_JSON + "unexpected text here");
    }

    private static String endOfInput(String m) {
        int line = lineIn(m);
        String opened = line > 0 ? " (opened on line " + line + ")" : "";
        if (m.contains("close marker for Object")) {
            return "the file ends in the middle of an object { … }" + opened + CUT_OFF;
        }
        if (m.contains("close marker for Array")) {
            return "the file ends in the middle of a list [ … ]" + opened + CUT_OFF;
        }
        if (m.contains("VALUE_STRING") || m.contains("string value") || m.contains("FIELD_NAME")
                || m.contains("field name")) {
            return "the file ends in the middle of a text in quotes" + CUT_OFF;
        }
        if (m.contains("Object entries")) {
            return "the file ends in the middle of an object { … }" + CUT_OFF;
        }
        if (m.contains("Array entries")) {
            return "the file ends in the middle of a list [ … ]" + CUT_OFF;
        }
        if (m.contains("Number") || m.contains("numeric")) {
            return "the file ends in the middle of a number" + CUT_OFF;
        }
        return "the file ends too early" + CUT_OFF;
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
        return new Located(open, NOT_JSON + "a text is not closed: the closing \" of the text that starts here is "
                + "missing");
    }

    private static String unexpectedCharacter(String m) {
        int code = code(m);
        if (code == BYTE_ORDER_MARK) {
            return BOM_INSIDE;
        }
        String found = show(code);
        if (m.contains("to separate Object entries")) {
            return "a comma is missing between two fields of an object" + (code == '"' ? "" : " (found " + found + ")");
        }
        if (m.contains("to separate Array entries") && code == ':') {
            return "found ':' inside a list [ … ]: a list holds values, not field: value pairs — is a ] missing "
                    + "before it?";
        }
        if (m.contains("to separate Array entries")) {
            return "a comma is missing between two values in a list (found " + found + ")";
        }
        if (m.contains("to start field name")) {
            if (code == '}') {
                return "a comma before } is not allowed: remove the comma after the last field";
            }
            if (code == '\'') {
                return "field names must be in double quotes \", not single quotes '";
            }
            return "expected a field name in double quotes, found " + found;
        }
        if (m.contains("colon to separate field name and value")) {
            return "a colon : is missing after the field name (found " + found + ")";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "comments (// … or /* … */) are not allowed in JSON";
        }
        if (m.contains("plus sign")) {
            return "a number cannot start with + (write 7, not +7)";
        }
        if (m.contains("in numeric value")) {
            return "this number is not written as JSON requires (e.g. 12, -3.5, 1.5e3)";
        }
        if (m.contains("hex-digit")) {
            return "\\u must be followed by four hexadecimal digits";
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            if (code == ']') {
                return "a comma before ] is not allowed: remove the comma after the last value";
            }
            if (code == '\'') {
                return "text must be in double quotes \", not single quotes '";
            }
            return "expected a value (text in double quotes, a number, true, false, null, an object { } or a list [ ])"
                    + ", found " + found;
        }
        return "unexpected " + found + " here";
    }

    private static String closeMarker(String m) {
        int line = lineIn(m);
        String opened = line > 0 ? " on line " + line : "";
        if (m.contains("']': expected '}'")) {
            return "] closes a list, but the object { opened" + opened + " is not closed yet (missing })";
        }
        if (m.contains("'}': expected ']'")) {
            return "} closes an object, but the list [ opened" + opened + " is not closed yet (missing ])";
        }
        return (m.contains("']'") ? "]" : "}") + " closes nothing: there is no matching "
                + (m.contains("']'") ? "[" : "{") + " before it";
    }

    private static String limit(String m) {
        if (m.startsWith("Document nesting depth")) {
            return "the data is nested more than " + Limits.MAX_DEPTH + " levels deep (objects and lists inside each "
                    + "other); a data file needs far fewer";
        }
        if (m.startsWith("String value length")) {
            return "a text in quotes is longer than " + thousands(Limits.MAX_STRING_CHARS) + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than " + Limits.MAX_NUMBER_CHARS + " characters";
        }
        if (m.startsWith("Name length")) {
            return "a field name is longer than " + Limits.MAX_NAME_CHARS + " characters";
        }
        if (m.startsWith("Document length")) {
            return "the file is larger than " + (Limits.MAX_FILE_BYTES >> 20) + " MB, the most this app reads";
        }
        return "the file exceeds a limit this app sets on data files";
    }

    static String thousands(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** The character Jackson names in "(... (code 125))", as the user sees it. */
    private static String show(int code) {
        if (code < 0) {
            return "something else";
        }
        if (code < 32 || code == 127) {
            return "a control character (code " + code + ")";
        }
        if (code == 0xFFFD) {
            return "a character that is not text";
        }
        return "'" + new String(Character.toChars(code)) + "'";
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
