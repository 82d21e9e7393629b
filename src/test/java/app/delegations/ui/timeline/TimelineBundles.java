package app.delegations.ui.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Objects;
import java.util.ResourceBundle;

/** Resource bundles built from timeline-keys.txt, as the window's bundle will hold them. */
final class TimelineBundles {

    static final String KEYS = "/app/delegations/i18n/timeline-keys.txt";

    private TimelineBundles() {
    }

    static ResourceBundle english() {
        return bundle(0);
    }

    static ResourceBundle polish() {
        return bundle(1);
    }

    /** Every line as {key, English, Polish}. */
    static List<String[]> entries() {
        var list = new ArrayList<String[]>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TimelineBundles.class.getResourceAsStream(KEYS), KEYS),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf(" = ");
                int bar = line.lastIndexOf(" | ");
                if (eq < 0 || bar < eq) {
                    throw new IllegalStateException("not `key = English | Polish`: " + line);
                }
                list.add(new String[] {line.substring(0, eq).trim(), line.substring(eq + 3, bar).trim(),
                    line.substring(bar + 3).trim()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    private static ResourceBundle bundle(int language) {
        Object[][] contents = entries().stream()
                .map(e -> new Object[] {e[0], e[1 + language]})
                .toArray(Object[][]::new);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }
}
