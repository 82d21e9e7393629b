package app.delegations.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code Generate RECORDS[,RECORDS...] FOLDER [--seed N] [--mix places=30,venues=5,...] [--per-source N]}:
 * writes {@code FOLDER/gen-RECORDS-sSEED.json} and its notes for each size, and prints what it wrote.
 */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = Arrays.asList(args);
        if (a.size() < 2 || a.size() % 2 != 0) {
            System.err.println("usage: Generate RECORDS[,RECORDS...] FOLDER [--seed N] [--mix places=30,venues=5,"
                    + "organisations=10,people=15,events=40] [--per-source N]");
            System.exit(2);
        }
        long seed = GeneratorSpec.DEFAULT_SEED;
        GeneratorSpec.Mix mix = GeneratorSpec.Mix.STANDARD;
        int perSource = GeneratorSpec.DEFAULT_PER_SOURCE;
        for (int i = 2; i < a.size(); i += 2) {
            switch (a.get(i)) {
                case "--seed" -> seed = Long.parseLong(a.get(i + 1));
                case "--mix" -> mix = "places".equals(a.get(i + 1)) ? GeneratorSpec.Mix.PLACES : GeneratorSpec.Mix.parse(a.get(i + 1));
                case "--per-source" -> perSource = Integer.parseInt(a.get(i + 1));
                default -> {
                    System.err.println("Generate: unknown option " + a.get(i));
                    System.exit(2);
                }
            }
        }
        Path folder = Path.of(a.get(1));
        for (String size : a.get(0).split(",")) {
            var spec = new GeneratorSpec(Integer.parseInt(size.replace("_", "")), seed, mix, perSource);
            long t0 = System.nanoTime();
            DatasetGenerator.Summary s = DatasetGenerator.generate(spec, folder);
            System.out.printf("%s: %d records %s, %d notes, %,d bytes, %d ms%n", s.file(), spec.records(),
                    s.counts(), s.sources(), s.bytes(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
