package app.delegations;

import app.delegations.UserActions.UserAction;
import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import app.delegations.ui.common.AppPreferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.testfx.api.FxToolkit;

/**
 * The model-based test of the real window: seeded random sequences of {@value #STEPS} user actions
 * ({@link UserActions}: tabs by key and click, facets, typed dates and date presets, search, rows of every table,
 * ↓ or ↑ in a table with no selection, links, evidence badges and Show in source in the details, a passage of the
 * archive's note cited for a record (Cite for… in the Source view), language, theme, a bad file (and a refused one
 * fixed and tried again: F5 or Try again), an archive and its
 * files changing, reload, edits, record forms left open across steps (F2 or Ctrl+N, typed into or not, while any
 * other action runs; then more typed, Apply, Esc in or outside the form, F2 or Ctrl+N on another record answered
 * Discard or Back to the form: {@link FormSteps}), Delete of the selected record (its question answered Delete,
 * undone at once or not, or Cancel: {@link DeleteSteps}), exports, the print preview and its Export as PDF… (a file chosen, or the chooser
 * cancelled), clear filters, the timeline's zoom, the window's size) on the {@link App} under
 * TestFX/Monocle, each sequence on a fresh window, with every {@link Invariants invariant} checked after every
 * step. When one breaks, jqwik shrinks the sequence to a short one that still breaks it and prints it with the
 * seed.
 * <p>
 * Three starts: the bundled data; a generated file of a few thousand records (written once per run by the
 * benchmarks' {@link DatasetGenerator}); and the bundled data on random stored preferences, damaged ones
 * included (a column layout, window bounds, dividers, language or theme as another version or a broken disk
 * could leave them).
 * <p>
 * {@code mvn verify} runs 200 sequences with fixed seeds. More: {@code -Dmbt.tries=N} sets the sequences of
 * each property ({@code mvn verify -Pmbt-long} runs 2,000 each), {@code -Dmbt.seed=S} another seed.
 * <p>
 * {@code -Dmbt.skip=NAME,NAME} leaves out the named invariants (to see what else breaks while a known failure is
 * being fixed); {@code -Dmbt.trace=true} prints each step with its time and the invariants' time.
 * <p>
 * To extend it: a new action is one line in {@link UserActions#ALL}; a new invariant a method and one line in
 * {@link Invariants#ALL}; a new view's state needs no more than what the window shows (nodes by id).
 */
class ModelBasedUiTest {
    static final int STEPS = 30;

    private UiSession current;
    /** Where the next chain's window starts: set by the property before it runs the chain. */
    private Path startFile;
    private StoredPreferences startPrefs = StoredPreferences.NONE;

    /** The generated file, written once per run. */
    private static final class Generated {
        static final Path DIR = tempDir();
        static final Path FILE = generate(DIR);

        private static Path tempDir() {
            try {
                return Files.createTempDirectory("delegations-mbt-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path generate(Path dir) {
            try {
                return DatasetGenerator.generate(new GeneratorSpec(3_000, GeneratorSpec.DEFAULT_SEED,
                        GeneratorSpec.Mix.STANDARD, GeneratorSpec.DEFAULT_PER_SOURCE), dir).file();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeContainer
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // starts JavaFX; each window gets a stage of its own
        Platform.setImplicitExit(false); // closing a run's window does not end JavaFX
    }

    @AfterContainer
    static void removeGeneratedFile() throws IOException {
        if (Files.isDirectory(Generated.DIR)) {
            try (Stream<Path> files = Files.walk(Generated.DIR)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @AfterTry
    void closeWindow() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Property(tries = 100, seed = "20161130", edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(RunLength.class)
    void onTheBundledData(@ForAll("actions") ActionChain<UiSession> chain) {
        run(null, StoredPreferences.NONE, chain);
    }

    @Property(tries = 50, seed = "20161129", edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(RunLength.class)
    void onAGeneratedFile(@ForAll("actions") ActionChain<UiSession> chain) {
        run(Generated.FILE, StoredPreferences.NONE, chain);
    }

    @Property(tries = 50, seed = "20161201", edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(RunLength.class)
    void onStoredPreferences(@ForAll("stored") StoredPreferences stored, @ForAll("actions") ActionChain<UiSession> chain) {
        run(null, stored, chain);
    }

    /** Runs the chain on a window started on {@code file} (null: the bundled data) and {@code stored} preferences. */
    private void run(Path file, StoredPreferences stored, ActionChain<UiSession> chain) {
        startFile = file;
        startPrefs = stored;
        chain.run(); // each step checks the invariants after it
    }

    @Provide
    Arbitrary<StoredPreferences> stored() {
        return StoredPreferences.arbitrary();
    }

    @Provide
    Arbitrary<ActionChain<UiSession>> actions() {
        List<Path> bad = badFiles();
        ActionChainArbitrary<UiSession> chain = ActionChain.startWith(() -> {
            closeWindow();
            current = UiSession.start(startFile, startPrefs, bad);
            UiSession.fx(() -> {
                Invariants.checkAll(current); // a window that fails to start fails here
                return null;
            });
            return current;
        });
        for (UserAction a : UserActions.ALL) {
            chain = chain.withAction(a.weight(), action(a));
        }
        return chain.withMaxTransformations(STEPS);
    }

    private static Action.Independent<UiSession> action(UserAction a) {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(UiSession s) {
                return s.running() && a.applies().test(s);
            }

            @Override
            public Arbitrary<Transformer<UiSession>> transformer() {
                return a.steps().map(step -> Transformer.mutate(step.description(), s -> {
                    s.log.add(step.description());
                    s.action = a.name();
                    s.editedBefore = UiSession.fx(() -> s.app().editing().session().dataset());
                    long t0 = System.nanoTime();
                    step.run().accept(s);
                    long t1 = System.nanoTime();
                    UiSession.fx(() -> {
                        Invariants.checkAll(s);
                        return null;
                    });
                    if (Boolean.getBoolean("mbt.trace")) {
                        System.err.printf("%5d %5d ms %s%n", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, step.description());
                    }
                }));
            }
        };
    }

    private static List<Path> badFiles() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values stored in the preferences before the window starts; printed as they are when a sequence fails. */
    record StoredPreferences(Map<String, String> values) implements Consumer<AppPreferences> {
        static final StoredPreferences NONE = new StoredPreferences(Map.of());

        @Override
        public void accept(AppPreferences prefs) {
            values.forEach(prefs::put);
        }

        @Override
        public String toString() {
            return "stored " + values;
        }

        /** Each key absent, sound, or damaged (cut short, out of range, from another version). */
        static Arbitrary<StoredPreferences> arbitrary() {
            Map<String, Arbitrary<String>> keys = new LinkedHashMap<>();
            keys.put("table.places", columns("name,nativeName,kind,country,role;name:A"));
            keys.put("table.countries", columns("code,name,count,places;count:D"));
            keys.put("table.places.widths.en", Arbitraries.of("name:200,kind:90", "name:abc,kind:-5", "name:1e9",
                    ":,:", "name"));
            keys.put("window.x", Arbitraries.of("0", "100", "-5000", "1e9", "NaN", "abc"));
            keys.put("window.y", Arbitraries.of("0", "100", "-5000", "1e9", "NaN", "abc"));
            keys.put("window.width", Arbitraries.of("1000", "100000", "3840", "100", "-1", "NaN", "Infinity"));
            keys.put("window.height", Arbitraries.of("700", "100000", "2160", "100", "-1", "NaN", "Infinity"));
            keys.put("window.maximized", Arbitraries.of("true", "false", "yes"));
            keys.put("window.dividers", Arbitraries.of("0.2,0.8", "0.9,0.1", "NaN,NaN", "abc", "0.5", ","));
            keys.put("language", Arbitraries.of("en", "pl", "xx", ""));
            keys.put("theme", Arbitraries.of("light", "dark", "purple"));
            Arbitrary<Map<String, String>> map = Arbitraries.just(Map.of());
            for (var k : keys.entrySet()) {
                map = map.flatMap(m -> k.getValue().injectNull(0.5).map(v -> {
                    var next = new LinkedHashMap<>(m);
                    if (v != null) {
                        next.put(k.getKey(), v);
                    }
                    return Map.copyOf(next);
                }));
            }
            return map.map(StoredPreferences::new);
        }

        /** A column layout: the sound one, one cut short, or a few of its characters shuffled. */
        private static Arbitrary<String> columns(String sound) {
            return Arbitraries.oneOf(Arbitraries.of(sound, "name;:", ";", ":;:", "name;name:X:Y", "nosuch;nosuch:A"),
                    Arbitraries.strings().withChars("nameod;:,AD").ofMaxLength(10));
        }
    }

    /** {@code -Dmbt.tries=N} and {@code -Dmbt.seed=S} override each property's tries and seed. */
    static final class RunLength implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            Integer tries = Integer.getInteger("mbt.tries");
            if (tries != null) {
                context.attributes().setTries(tries);
            }
            String seed = System.getProperty("mbt.seed");
            if (seed != null && !seed.isBlank()) {
                context.attributes().setSeed(seed);
            }
            return property.execute();
        }
    }
}
