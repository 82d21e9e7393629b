package app.delegations.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of an enumeration as the format writes them ("city", "region", …), in declaration order, matched
 * against the parser's characters without making a String.
 */
final class EnumWords<E> {
    private final Map<String, E> map;
    private final char[][] words;
    private final Object[] values;

    private EnumWords(Map<String, E> map) {
        this.map = map;
        this.words = new char[map.size()][];
        this.values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, E> e : map.entrySet()) {
            words[i] = e.getKey().toCharArray();
            values[i++] = e.getValue();
        }
    }

    /** The values of an enumeration by their words ({@code json} of each), in declaration order. */
    static <E extends Enum<E>> EnumWords<E> of(E[] all, Function<E, String> json) {
        var map = new LinkedHashMap<String, E>();
        for (E e : all) {
            map.put(json.apply(e), e);
        }
        return new EnumWords<>(Collections.unmodifiableMap(map));
    }

    /** The values by their words, in declaration order. */
    Map<String, E> map() {
        return map;
    }

    /** The value written {@code chars[offset, offset + length)}, or null. */
    @SuppressWarnings("unchecked")
    E match(char[] chars, int offset, int length) {
        for (int i = 0; i < words.length; i++) {
            char[] w = words[i];
            if (w.length == length && Arrays.equals(w, 0, length, chars, offset, offset + length)) {
                return (E) values[i];
            }
        }
        return null;
    }
}
