package app.delegations.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the records problems are in ("place 4 (Koszyce)"): one pass over the file's tokens, reading only the
 * id and the Polish and English name (or title) of the records asked for; everything else is skipped, and the
 * pass ends at the last record asked for. Run once per load and only when there are problems in records (at
 * most {@link Limits#MAX_PROBLEMS}). A syntax error ends the pass: the records before it are named, the others
 * keep their number only.
 */
final class RecordNames {
    private static final Pattern RECORD = Pattern.compile(
            "^(sources|countries|places|venues|organisations|people|events)\\[(\\d{1,9})]");

    private RecordNames() {
    }

    /** The section and index of the record a path is in, as "places[3]", or null. */
    static String recordOf(String path) {
        Matcher m = RECORD.matcher(path);
        return m.find() ? m.group() : null;
    }

    /** The records named by {@code wanted} ("places[3]"…), found in {@code bytes[0, length)}. */
    static Map<String, RecordName> find(byte[] bytes, int length, Set<String> wanted) {
        var found = new HashMap<String, RecordName>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (JsonParser p = DatasetLoader.JSON.createParser(bytes, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return found;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    String key = section + "[" + i + "]";
                    if (p.currentToken() == JsonToken.START_OBJECT && wanted.contains(key)) {
                        found.put(key, record(p, section, i));
                        if (found.size() == wanted.size()) {
                            return found; // the rest of the file is not read
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error (reported by the loader already): the records before it are named
        }
        return found;
    }

    /** At the record's '{': reads it to its '}'. */
    private static RecordName record(JsonParser p, String section, int index) throws IOException {
        String id = null;
        String pl = null;
        String en = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ((field.equals("id") || field.equals("code") && id == null) && t == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else if ((field.equals("names") || field.equals("title")) && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String lang = p.currentName();
                    if (p.nextToken() == JsonToken.VALUE_STRING && lang.equals("pl")) {
                        pl = p.getText();
                    } else if (p.currentToken() == JsonToken.VALUE_STRING && lang.equals("en")) {
                        en = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new RecordName(section, index, shorten(id), shorten(pl), shorten(en));
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
