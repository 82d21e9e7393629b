package app.delegations.data;

import app.delegations.text.Msg;

/**
 * Jackson's wording of a syntax error, read: the character code, line and quoted token in its message, and the
 * errors that need more than one of our messages (an unexpected character, the end of the input, a close
 * marker, a limit) sorted into bundle keys ({@code json.*}, {@code limit.*}). Matched against Jackson 2.20's
 * wording; the tests pin each message. What is not recognised gets the most general key of its kind.
 */
final class JsonErrorWording {
    static final int BYTE_ORDER_MARK = 0xFEFF;

    private JsonErrorWording() {
    }

    static Msg endOfInput(String m) {
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

    static Msg unexpectedCharacter(String m) {
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

    static Msg closeMarker(String m) {
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

    static Msg limit(String m) {
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
    static Msg show(int code) {
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

    static int code(String m) {
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

    static int lineIn(String m) {
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

    static String between(String m, String open, String close) {
        int a = m.indexOf(open);
        int b = a < 0 ? -1 : m.indexOf(close, a + open.length());
        return a < 0 || b < 0 ? "" : m.substring(a + open.length(), b);
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
