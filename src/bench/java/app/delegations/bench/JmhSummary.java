package app.delegations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code JmhSummary target/jmh-result.json}: prints each benchmark's score, then the figures issues 5, 14 and 15 set
 * targets for, each against its target (ratios only from benchmarks of the same run). Figures are medians:
 * of the samples in sample mode, of the measured iterations otherwise.
 */
public final class JmhSummary {
    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args.length > 0 ? args[0] : "target/jmh-result.json").toFile());
        Map<String, Double> score = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replaceFirst("^app\\.delegations\\.bench\\.", "");
            var params = new StringBuilder();
            r.path("params").properties().forEach(p -> params.append(params.length() == 0 ? "" : ",")
                    .append(p.getKey()).append('=').append(p.getValue().asText()));
            String key = name + (params.length() == 0 ? "" : " [" + params + "]");
            JsonNode m = r.get("primaryMetric");
            boolean sampled = "sample".equals(r.path("mode").asText());
            double median = m.path("scorePercentiles").path("50.0").asDouble(Double.NaN);
            score.put(key, sampled ? median : m.get("score").asDouble());
            if (sampled) {
                System.out.printf(Locale.ROOT, "%-70s %10.3f median, mean %.3f, p90 %.3f, max %.3f %s (%d samples)%n",
                        key, median, m.get("score").asDouble(), m.path("scorePercentiles").path("90.0").asDouble(),
                        m.path("scorePercentiles").path("100.0").asDouble(), m.get("scoreUnit").asText(),
                        m.path("rawDataHistogram").isMissingNode() ? -1 : sampleCount(m));
            } else {
                double iterationMedian = iterationMedian(m);
                score.put(key, iterationMedian);
                System.out.printf(Locale.ROOT, "%-70s %10.3f median of iterations, mean %.3f ± %.3f %s%n", key,
                        iterationMedian, m.get("score").asDouble(), m.path("scoreError").asDouble(Double.NaN),
                        m.get("scoreUnit").asText());
            }
        }
        System.out.println();
        for (String key : score.keySet()) {
            if (key.startsWith("load.LoadBenchmark.loadAndValidate")) {
                String params = key.substring(key.indexOf(' ') + 1);
                Double floor = score.get("load.LoadBenchmark.jacksonReadTreeBytes " + params);
                Double floorFile = score.get("load.LoadBenchmark.jacksonReadTreeFile " + params);
                double load = score.get(key);
                if (floor != null) {
                    verdict("load+validate / readTree(bytes) " + params, load / floor, 1.5, "x");
                }
                if (floorFile != null) {
                    verdict("load+validate / readTree(read file) " + params, load / floorFile, 1.5, "x");
                }
                if (params.contains("records=100000]")) {
                    verdict("load+validate of 100,000 records", load, 1000, "ms");
                }
            }
            if (key.startsWith("write.WriteBenchmark.canonicalWrite")) {
                String params = key.substring(key.indexOf(' ') + 1);
                Double jackson = score.get("write.WriteBenchmark.jacksonWriteValue " + params);
                if (jackson != null) {
                    verdict("canonical write / Jackson writeValue " + params, score.get(key) / jackson, 1.5, "x");
                }
            }
            if (key.startsWith("load.ArchiveBenchmark.openArchive")) {
                String params = key.substring(key.indexOf(' ') + 1);
                Double one = score.get("load.ArchiveBenchmark.loadOneFile " + params);
                if (one != null) {
                    verdict("open archive / load one file " + params, score.get(key) / one, 1.3, "x");
                }
            }
            if (key.startsWith("views.") && (key.contains("Keystroke") || key.contains("FacetClick"))
                    && key.contains("places=100000]")) {
                verdict("median " + key, score.get(key), 16, "ms");
            }
            if (key.startsWith("views.") && (key.contains("sortBy") || key.contains("sortFirst")) && key.contains("places=100000]")) {
                verdict("median " + key, score.get(key), 100, "ms");
            }
        }
    }

    /** The median of the measured iterations: one disturbed iteration on a shared machine moves the mean. */
    private static double iterationMedian(JsonNode metric) {
        var values = new ArrayList<Double>();
        for (JsonNode fork : metric.path("rawData")) {
            fork.forEach(v -> values.add(v.asDouble()));
        }
        if (values.isEmpty()) {
            return metric.get("score").asDouble();
        }
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static long sampleCount(JsonNode metric) {
        long n = 0;
        for (JsonNode fork : metric.get("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    n += bucket.get(1).asLong();
                }
            }
        }
        return n;
    }

    private static void verdict(String what, double value, double target, String unit) {
        System.out.printf(Locale.ROOT, "%-70s %10.2f %-2s target <= %s %s: %s%n", what, value, unit,
                target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target), unit,
                value <= target ? "met" : "NOT met");
    }
}
