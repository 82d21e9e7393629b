package app.delegations.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first field in which two records of the model differ, named as the data format names it
 * ({@code names.en}, {@code participants[2].role}): walks the record components in declaration order (which is
 * the format's order), lists element by element. Used only when two files define the same id, so its cost
 * (reflection) is paid per collision, not per record.
 */
final class RecordDiff {
    /** Model component names that the format spells otherwise. */
    private static final Map<String, String> FORMAT_NAMES = Map.of("nativeName", "native");

    private RecordDiff() {
    }

    /** The path of the first difference between {@code a} and {@code b}, ignoring top-level {@code skip}; or null. */
    static String first(Object a, Object b, String skip) {
        return first(a, b, "", skip);
    }

    private static String first(Object a, Object b, String path, String skip) {
        if (Objects.equals(a, b)) {
            return null;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return path;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                String d = first(x.get(i), y.get(i), path + "[" + i + "]", null);
                if (d != null) {
                    return d;
                }
            }
            return x.size() == y.size() ? null : path + "[" + Math.min(x.size(), y.size()) + "]";
        }
        if (!a.getClass().isRecord()) {
            return path;
        }
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (c.getName().equals(skip)) {
                continue;
            }
            String name = FORMAT_NAMES.getOrDefault(c.getName(), c.getName());
            String d = first(value(c, a), value(c, b), path.isEmpty() ? name : path + "." + name, null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(c.toString(), e);
        }
    }
}
