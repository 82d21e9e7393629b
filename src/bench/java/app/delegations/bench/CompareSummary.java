package app.delegations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code CompareSummary RESULTS [THRESHOLD]}: the table of {@code compare.sh}. RESULTS holds {@code before/} and
 * {@code after/}, each with JMH's JSON of every run, named {@code rN-Class.method.json} (N the round). A run's
 * figure is its median, as in {@link JmhSummary}: of the samples in sample mode, of the measured iterations
 * otherwise. Benchmarks are matched by class simple name, method, mode and parameters, so that a class moved to
 * another package still matches; those measured on one side only are listed. Per benchmark: the median and the
 * range of its run figures on each side, after / before, and a flag: {@code SLOWER} or {@code faster} when
 * after / before passes THRESHOLD (default 1.10) the bad or the good way, the two ranges do not overlap and every
 * round's pair (run one right after the other, so under about the same load) passes it the same way; the same
 * with a question mark when only the median ratio does (a hint, not a finding). Throughput benchmarks (higher
 * is better) are flagged the other way round, and their pair ratios printed so that above 1 is worse. Then each
 * run's figure by round and the ratio of each round's pair.
 */
public final class CompareSummary {
    private static final Pattern RUN_FILE = Pattern.compile("r(\\d+)-.*\\.json");
    private static final List<String> SIDES = List.of("before", "after");

    private CompareSummary() {
    }

    /** One benchmark with its parameters: the run figures of each side by round. */
    private static final class Row {
        final String unit;
        final boolean higherIsBetter;
        final Map<String, Map<Integer, Double>> figures = new TreeMap<>();

        Row(String unit, boolean higherIsBetter) {
            this.unit = unit;
            this.higherIsBetter = higherIsBetter;
        }

        List<Double> values(String side) {
            return new ArrayList<>(figures.getOrDefault(side, Map.of()).values());
        }
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/compare/results");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 1.10;
        Map<String, Row> rows = new TreeMap<>();
        int failedRuns = 0;
        for (String side : SIDES) {
            List<Path> files;
            try (Stream<Path> list = Files.list(results.resolve(side))) {
                files = list.filter(f -> RUN_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
            }
            for (Path file : files) {
                Matcher m = RUN_FILE.matcher(file.getFileName().toString());
                m.matches();
                int round = Integer.parseInt(m.group(1));
                JsonNode runs = Files.size(file) == 0 ? null : new ObjectMapper().readTree(file.toFile());
                if (runs == null || runs.isEmpty()) {
                    failedRuns++;
                    continue;
                }
                for (JsonNode r : runs) {
                    String mode = r.path("mode").asText();
                    JsonNode metric = r.get("primaryMetric");
                    Row row = rows.computeIfAbsent(key(r), k -> new Row(metric.path("scoreUnit").asText(), "thrpt".equals(mode)));
                    row.figures.computeIfAbsent(side, s -> new TreeMap<>()).put(round, figure(mode, metric));
                }
            }
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        String columns = "%-" + Math.max(width, 26) + "s %-9s %-26s %-26s ";
        System.out.printf(Locale.ROOT, columns + "%7s  %s%n", "benchmark [params] (mode)", "unit",
                "before: median (range)", "after: median (range)", "a/b", "flag (threshold " + threshold + ")");
        List<String> oneSided = new ArrayList<>();
        for (var e : rows.entrySet()) {
            Row row = e.getValue();
            List<Double> before = row.values("before");
            List<Double> after = row.values("after");
            if (before.isEmpty() || after.isEmpty()) {
                oneSided.add(e.getKey() + " (measured only " + (before.isEmpty() ? "after" : "before") + ")");
                continue;
            }
            double ratio = median(after) / median(before);
            System.out.printf(Locale.ROOT, columns + "%7.3f  %s%n", e.getKey(), row.unit, cell(before),
                    cell(after), ratio, flag(row, ratio, threshold));
        }
        if (rows.isEmpty()) {
            System.out.println("(no results)");
        }
        oneSided.forEach(s -> System.out.println("unmatched: " + s));
        if (failedRuns > 0) {
            System.out.println(failedRuns + " run(s) gave no result: see their .log beside the .json");
        }
        System.out.println();
        System.out.println("run figures by round (before | after | after / before of each round's pair, above 1 worse):");
        for (var e : rows.entrySet()) {
            var line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", e.getKey()));
            Map<Integer, Double> before = e.getValue().figures.getOrDefault("before", Map.of());
            Map<Integer, Double> after = e.getValue().figures.getOrDefault("after", Map.of());
            before.values().forEach(v -> line.append(' ').append(number(v)));
            line.append(" |");
            after.values().forEach(v -> line.append(' ').append(number(v)));
            line.append(" |");
            pairRatios(e.getValue()).forEach(r -> line.append(String.format(Locale.ROOT, " %.2f", r)));
            System.out.println(line);
        }
    }

    /** Class simple name, method, parameters and mode: the same benchmark on both sides, wherever its package. */
    private static String key(JsonNode result) {
        String[] name = result.get("benchmark").asText().split("\\.");
        var key = new StringBuilder(name.length < 2 ? name[0] : name[name.length - 2] + "." + name[name.length - 1]);
        var params = new StringBuilder();
        result.path("params").properties().forEach(p -> params.append(params.length() == 0 ? "" : ",")
                .append(p.getKey()).append('=').append(p.getValue().asText()));
        if (params.length() > 0) {
            key.append(" [").append(params).append(']');
        }
        return key.append(" (").append(result.path("mode").asText()).append(')').toString();
    }

    /** The run's median: of its samples in sample mode, of its measured iterations otherwise. */
    private static double figure(String mode, JsonNode metric) {
        if ("sample".equals(mode)) {
            return metric.path("scorePercentiles").path("50.0").asDouble(Double.NaN);
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            fork.forEach(v -> values.add(v.asDouble()));
        }
        return values.isEmpty() ? metric.get("score").asDouble() : median(values);
    }

    private static String flag(Row row, double ratio, double threshold) {
        List<Double> before = row.values("before");
        List<Double> after = row.values("after");
        List<Double> pairs = pairRatios(row);
        double worse = row.higherIsBetter ? 1 / ratio : ratio;
        boolean apart = Collections.min(after) > Collections.max(before)
                || Collections.max(after) < Collections.min(before);
        boolean everyPair = pairs.size() > 1 && pairs.stream().allMatch(p -> worse > 1 ? p > threshold : p < 1 / threshold);
        String sure = apart && everyPair ? "" : "?";
        if (worse > threshold) {
            return "SLOWER" + sure;
        }
        if (worse < 1 / threshold) {
            return "faster" + sure;
        }
        return "";
    }

    /** after / before of each round that has both (oriented so that above 1 is worse). */
    private static List<Double> pairRatios(Row row) {
        Map<Integer, Double> before = row.figures.getOrDefault("before", Map.of());
        Map<Integer, Double> after = row.figures.getOrDefault("after", Map.of());
        List<Double> ratios = new ArrayList<>();
        before.forEach((round, b) -> {
            if (after.containsKey(round)) {
                double r = after.get(round) / b;
                ratios.add(row.higherIsBetter ? 1 / r : r);
            }
        });
        return ratios;
    }

    private static String cell(List<Double> values) {
        String median = number(median(values));
        return values.size() == 1 ? median
                : median + " (" + number(Collections.min(values)) + "–" + number(Collections.max(values)) + ")";
    }

    /** Four significant digits at most, so that the table stays narrow at any scale. */
    private static String number(double v) {
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
