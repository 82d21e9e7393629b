package app.delegations.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints records the way data/congress-2016.json is laid out: two-space indentation, LF line ends,
 * {@code "key": value}, and a value on one line ({@code {"pl": "Sofia", "en": "Sofia", "native": "София"}})
 * when it fits in {@value #WIDTH} columns, else one member per line. Non-ASCII text is written as is (UTF-8).
 */
final class JsonLayout {
    static final int WIDTH = 120;

    private final Writer out;
    private boolean firstInList;

    JsonLayout(Writer out) {
        this.out = out;
    }

    void beginDocument(int schemaVersion) {
        write("{\n  \"schemaVersion\": " + schemaVersion);
    }

    void beginList(String name) {
        write(",\n  \"" + name + "\": [");
        firstInList = true;
    }

    void record(Map<String, Object> record) {
        write(firstInList ? "\n    " : ",\n    ");
        firstInList = false;
        var sb = new StringBuilder(512);
        expanded(record, 4, sb);
        write(sb.toString());
    }

    void endList() {
        write(firstInList ? "]" : "\n  ]");
    }

    void endDocument() {
        write("\n}\n");
    }

    private static void value(Object v, int indent, int used, StringBuilder sb) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            String oneLine = compact(v);
            if (used + oneLine.length() + 1 <= WIDTH) {
                sb.append(oneLine);
            } else {
                expanded(v, indent, sb);
            }
        } else {
            scalar(v, sb);
        }
    }

    private static void expanded(Object v, int indent, StringBuilder sb) {
        String inner = " ".repeat(indent + 2);
        if (v instanceof Map<?, ?> map) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                var e = it.next();
                sb.append('\n').append(inner);
                int start = sb.length();
                scalar(e.getKey(), sb);
                sb.append(": ");
                value(e.getValue(), indent + 2, indent + 2 + sb.length() - start, sb);
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            sb.append('\n').append(" ".repeat(indent)).append('}');
        } else {
            List<?> list = (List<?>) v;
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append('\n').append(inner);
                value(list.get(i), indent + 2, indent + 2, sb);
                if (i < list.size() - 1) {
                    sb.append(',');
                }
            }
            sb.append('\n').append(" ".repeat(indent)).append(']');
        }
    }

    private static String compact(Object v) {
        var sb = new StringBuilder(64);
        compact(v, sb);
        return sb.toString();
    }

    private static void compact(Object v, StringBuilder sb) {
        if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (var e : map.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                scalar(e.getKey(), sb);
                sb.append(": ");
                compact(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                compact(list.get(i), sb);
            }
            sb.append(']');
        } else {
            scalar(v, sb);
        }
    }

    private static void scalar(Object v, StringBuilder sb) {
        if (v instanceof String s) {
            sb.append('"');
            JsonStringEncoder.getInstance().quoteAsString(s, sb);
            sb.append('"');
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Integer i) {
            sb.append(i.intValue());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
