package app.delegations.bench;

import java.util.List;
import java.util.Objects;

/**
 * What to generate: {@code records} entries over the six record lists (countries, places, venues,
 * organisations, people, events; the source notes they cite are extra), shared out by the weights of
 * {@code mix}, from {@code seed}. Every {@code perSource} consecutive records cite one generated note.
 */
public record GeneratorSpec(int records, long seed, Mix mix, int perSource) {
    public static final long DEFAULT_SEED = 20161130L;
    public static final int DEFAULT_PER_SOURCE = 40;
    public static final int MIN_RECORDS = 10;

    /** Relative weights of the lists after countries; {@link #STANDARD} is an archive of congresses. */
    public record Mix(int places, int venues, int organisations, int people, int events) {
        public static final Mix STANDARD = new Mix(30, 5, 10, 15, 40);
        /** Nearly all places: for measuring the places table at a given number of places. */
        public static final Mix PLACES = new Mix(96, 0, 0, 2, 2);
        /** Mostly events (and the places, people and organisations they name): for the timeline. */
        public static final Mix EVENTS = new Mix(6, 1, 2, 4, 87);

        public Mix {
            if (places <= 0 || venues < 0 || organisations < 0 || people < 0 || events < 0) {
                throw new IllegalArgumentException("mix weights must be >= 0, places > 0");
            }
        }

        int total() {
            return places + venues + organisations + people + events;
        }

        /** {@code places=30,venues=5,...}; missing lists get weight 0. */
        public static Mix parse(String text) {
            int[] w = new int[5];
            var names = List.of("places", "venues", "organisations", "people", "events");
            for (String part : text.split(",")) {
                String[] kv = part.split("=", 2);
                int at = names.indexOf(kv[0].trim());
                if (at < 0 || kv.length != 2) {
                    throw new IllegalArgumentException("mix part \"" + part + "\": expected one of " + names + "=N");
                }
                w[at] = Integer.parseInt(kv[1].trim());
            }
            return new Mix(w[0], w[1], w[2], w[3], w[4]);
        }
    }

    /** How many records each list gets. */
    public record Counts(int countries, int places, int venues, int organisations, int people, int events) {
        public int total() {
            return countries + places + venues + organisations + people + events;
        }
    }

    public GeneratorSpec {
        if (records < MIN_RECORDS) {
            throw new IllegalArgumentException("records must be at least " + MIN_RECORDS + ": " + records);
        }
        if (perSource < 1) {
            throw new IllegalArgumentException("perSource must be at least 1");
        }
        Objects.requireNonNull(mix, "mix");
        if (counts(records, mix).places() < 2) {
            throw new IllegalArgumentException("the mix leaves fewer than 2 places for " + records + " records");
        }
    }

    public static GeneratorSpec of(int records) {
        return new GeneratorSpec(records, DEFAULT_SEED, Mix.STANDARD, DEFAULT_PER_SOURCE);
    }

    public Counts counts() {
        return counts(records, mix);
    }

    private static Counts counts(int records, Mix mix) {
        int countries = Math.max(3, Math.min(Countries.ALL.size(), records / 250));
        int rest = records - countries;
        int total = mix.total();
        int places = (int) ((long) rest * mix.places() / total);
        int venues = (int) ((long) rest * mix.venues() / total);
        int organisations = (int) ((long) rest * mix.organisations() / total);
        int people = (int) ((long) rest * mix.people() / total);
        int events = (int) ((long) rest * mix.events() / total);
        int remainder = rest - places - venues - organisations - people - events;
        if (mix.events() > 0) {
            events += remainder;
        } else {
            places += remainder;
        }
        return new Counts(countries, places, venues, organisations, people, events);
    }

    /** File name stem: {@code gen-100000-s20161130}; the notes go in a folder of that name beside the file. */
    public String stem() {
        String base = "gen-" + records + "-s" + seed
                + (perSource == DEFAULT_PER_SOURCE ? "" : "-n" + perSource);
        return mix.equals(Mix.STANDARD) ? base : base + "-p" + mix.places() + "v" + mix.venues() + "o"
                + mix.organisations() + "h" + mix.people() + "e" + mix.events();
    }
}
