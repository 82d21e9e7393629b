package app.delegations.bench.views;

import app.delegations.bench.FxHarness;
import app.delegations.text.TextFold;
import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code TableCellsFrames ARCHIVE_FOLDER [ROUNDS]}: the JavaFX thread's CPU time for a {@link DataTable} shaped as
 * the Places table (two marked name columns, a badge and label, a number, three texts; 1000×700, about 25 rows
 * shown) to take a typed search's new rows and marks and to be styled and laid out (what the pulse after a
 * published search result does with the table on screen): the rows of the archive's {@code places.json} (sorted
 * by English name), filtered by each prefix of {@code pulse.search} (Kowice) typed, then the search cleared. The
 * filtering is done before the timed part. Per step the median and maximum of the rounds after the warm-up ones
 * (a third of them); prints one JSON object. The app's stylesheets (AtlantaFX Primer Light and app.css) are on.
 *
 * <p>Needs a display (Xvfb), or Monocle's headless platform from the test class path:
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} (see src/bench/README.md).
 */
public final class TableCellsFrames {
    private enum Col implements DataColumn<String[]> {
        NAME("name", "places.column.name", 176, Look.MATCHES),
        NATIVE("native", "places.column.native", 180, Look.MATCHES),
        KIND("kind", "places.column.kind", 76, Look.TEXT),
        COUNTRY("country", "places.column.country", 212, Look.BADGE_AND_LABEL),
        MEETINGS("meetings", "places.column.meetings", 80, Look.NUMBER),
        LAST("lastMeeting", "places.column.lastMeeting", 170, Look.TEXT),
        ROLE("role", "places.column.role", 150, Look.TEXT);

        private final ColumnSpec spec;

        Col(String id, String key, double width, Look look) {
            spec = new ColumnSpec(id, key, width, look);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }

        @Override
        public String text(String[] row) {
            return row[ordinal()];
        }

        @Override
        public String badge(String[] row) {
            return row[7];
        }
    }

    private TableCellsFrames() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> rows = rows(Path.of(args[0], "places.json"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String word = System.getProperty("pulse.search", "Kowice");
        var steps = new ArrayList<String>();
        for (int i = 1; i <= word.length(); i++) {
            steps.add(word.substring(0, i));
        }
        steps.add("");
        var shown = new ArrayList<List<String[]>>();
        for (String q : steps) {
            List<String> words = TextFold.words(q);
            shown.add(rows.stream().filter(r -> matches(r, words)).toList());
        }
        FxHarness.print(() -> measure(steps, shown, rounds));
    }

    private static List<String[]> rows(Path places) throws Exception {
        JsonNode all = new ObjectMapper().readTree(places.toFile()).get("places");
        var rows = new ArrayList<String[]>();
        int n = 0;
        for (JsonNode p : all) {
            JsonNode names = p.path("names");
            String en = names.path("en").asText("");
            String code = p.path("country").asText("");
            rows.add(new String[] {en, names.path("native").asText(""), p.path("kind").asText(""),
                    new Locale("", code).getDisplayCountry(Locale.ENGLISH), Integer.toString(n % 37),
                    n % 5 == 0 ? "" : "3–5 March 20" + (10 + n % 15), n % 3 == 0 ? "host" : "seat, venue",
                    code});
            n++;
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]));
        return rows;
    }

    private static boolean matches(String[] row, List<String> words) {
        String folded = TextFold.fold(row[0] + " " + row[1] + " " + row[3]);
        return words.stream().allMatch(folded::contains);
    }

    private static String measure(List<String> steps, List<List<String[]>> shown, int rounds) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var words = new SimpleObjectProperty<List<String>>(List.of());
        ObservableList<String[]> items = FXCollections.observableArrayList(shown.get(shown.size() - 1));
        DataTable<String[]> table = DataTable.of("placesTable", List.of(Col.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title").show(items).marking(words);
        Parent root = table.view();
        var scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(DataTable.class.getResource("/app/delegations/ui/app.css").toExternalForm());
        var stage = new Stage();
        stage.setScene(scene);
        stage.show();
        root.applyCss();
        root.layout();
        // java.management is reached by name (the app's module does not read it), as in UpdateCpu
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        int warm = rounds / 3;
        Sampler sampler = System.getProperty("cells.stacks") == null ? null : new Sampler(Thread.currentThread());
        double[][] ms = new double[steps.size()][rounds - warm];
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < steps.size(); s++) {
                if (sampler != null) {
                    sampler.on = round >= warm;
                }
                long t0 = (Long) cpu.invoke(bean);
                words.set(TextFold.words(steps.get(s)));
                items.setAll(shown.get(s));
                root.applyCss();
                root.layout();
                long t1 = (Long) cpu.invoke(bean);
                if (sampler != null) {
                    sampler.on = false;
                }
                if (round >= warm) {
                    ms[s][round - warm] = (t1 - t0) / 1e6;
                }
            }
        }
        var out = new StringBuilder("{\"rounds\": " + (rounds - warm) + ", \"steps\": [");
        double total = 0;
        for (int s = 0; s < steps.size(); s++) {
            double[] v = ms[s].clone();
            Arrays.sort(v);
            double median = v[v.length / 2];
            total += median;
            out.append(String.format(Locale.ROOT, "%s{\"typed\": \"%s\", \"rows\": %d, \"medianMs\": %.2f, \"maxMs\": %.2f}",
                    s == 0 ? "" : ", ", steps.get(s), shown.get(s).size(), median, v[v.length - 1]));
        }
        out.append(String.format(Locale.ROOT, "], \"sumOfMediansMs\": %.2f}", total));
        stage.close();
        if (sampler != null) {
            sampler.write(Path.of(System.getProperty("cells.stacks")));
        }
        return out.toString();
    }

    /** With {@code -Dcells.stacks=FILE}: where the FX thread was in the timed steps, sampled every 0.5 ms. */
    private static final class Sampler extends Thread {
        private final Thread fx;
        private final java.util.Map<String, Integer> inclusive = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> leaf = new java.util.HashMap<>();
        private int samples;
        volatile boolean on;

        Sampler(Thread fx) {
            this.fx = fx;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            while (true) {
                if (on) {
                    StackTraceElement[] st = fx.getStackTrace();
                    if (on && st.length > 0) {
                        synchronized (this) {
                            samples++;
                            var seen = new java.util.HashSet<String>();
                            for (StackTraceElement e : st) {
                                seen.add(e.getClassName().replaceAll("\\$\\$Lambda.*", "\\$\\$Lambda") + "." + e.getMethodName());
                            }
                            seen.forEach(k -> inclusive.merge(k, 1, Integer::sum));
                            leaf.merge(st[0].getClassName() + "." + st[0].getMethodName(), 1, Integer::sum);
                        }
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(500_000);
            }
        }

        synchronized void write(Path file) throws java.io.IOException {
            var w = new StringBuilder("samples " + samples + "\n-- leaf\n");
            top(w, leaf, 30);
            w.append("-- on stack\n");
            top(w, inclusive, 150);
            java.nio.file.Files.writeString(file, w);
        }

        private void top(StringBuilder w, java.util.Map<String, Integer> counts, int n) {
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n).forEach(e -> w.append(
                    String.format(Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        }
    }
}
