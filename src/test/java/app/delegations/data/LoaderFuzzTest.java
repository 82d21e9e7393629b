package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Mutates the valid fixture (byte flips, deletions, insertions of bytes and of JSON tokens, truncation, token
 * swaps, duplicated slices) and checks that the loader always answers with a consistent dataset or at least
 * one located error — never an exception, never an internal error, never a Java name in a message.
 */
class LoaderFuzzTest {
    private static final Path FIXTURE = TestFiles.fixture();
    private static final byte[] VALID = read(FIXTURE);
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1e999", "-0",
        "NaN", "//", "/*", "\uFEFF", "\u0000", "\"id\"", "\"krakow\"", "\"2016-02-30\"", "\"kind\": \"city\",",
        "\"parent\": \"visit-2019\",", "\"evidence\": [],", "{}", "[]", "\r\n", "\"\u0105\"", "\ud83d\ude00", "99999999999"};

    @Property(tries = 4000)
    void mutatedFileGivesDatasetOrLocatedProblems(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = VALID;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        check(bytes);
    }

    @Property(tries = 600)
    void arbitraryBytesNeverBreakTheLoader(@ForAll @Size(max = 600) byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 600)
    void tokenSoupNeverBreaksTheLoader(@ForAll @Size(max = 80) List<@IntRange(max = 28) Integer> tokens) {
        var sb = new StringBuilder("{\"schemaVersion\": 1, ");
        for (int t : tokens) {
            sb.append(TOKENS[t]).append(' ');
        }
        check(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void check(byte[] bytes) {
        LoadResult r = DatasetLoader.parse("fuzz.json", bytes, SourceFiles.folder(FIXTURE.getParent()),
                LoadProgress.NONE);
        assertNotNull(r);
        Bounded.assertPlain(r);
        if (r.ok()) {
            assertEquals(List.of(), r.errors());
            consistent(r.dataset().orElseThrow());
        } else {
            assertEquals(LoadResult.Status.INVALID, r.status());
            assertTrue(r.errors().size() >= 1, "an invalid file has at least one error");
            for (Problem p : r.problems()) {
                boolean summary = p.message().endsWith("more problems not shown")
                        || p.message().endsWith("more problem not shown");
                assertTrue(summary || p.line() >= 1 && p.column() >= 1, "located: " + p);
            }
        }
    }

    /** A dataset the loader accepts keeps the promises of the format. */
    private static void consistent(Dataset d) {
        for (Place p : d.places()) {
            assertTrue(d.country(p.country()).isPresent(), p.id());
            p.evidence().forEach(c -> quoteInSource(d, c));
        }
        for (Event e : d.events()) {
            assertTrue(!e.end().isBefore(e.start()), e.id());
            if (e.parent() != null) {
                Event parent = d.event(e.parent()).orElseThrow();
                assertTrue(!e.start().isBefore(parent.start()) && !e.end().isAfter(parent.end()), e.id());
            }
            e.participants().forEach(p -> assertTrue(d.place(p.place()).isPresent(), p.place()));
            e.evidence().forEach(c -> quoteInSource(d, c));
        }
    }

    private static void quoteInSource(Dataset d, Citation c) {
        if (c.quote() != null) {
            String text = d.source(c.source()).orElseThrow().text();
            assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), c.quote());
            assertEquals(QuoteIndex.fold(c.quote()), QuoteIndex.fold(text.substring(c.start(), c.end())));
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    enum Kind { FLIP_BYTE, SET_BYTE, DELETE, INSERT_BYTES, INSERT_TOKEN, TRUNCATE, SWAP_TOKENS, DUPLICATE }

    /** One change to the bytes; where and what come from the seed, so a failure shrinks and replays. */
    record Mutation(Kind kind, long seed) {
        byte[] apply(byte[] b) {
            var r = new Random(seed);
            int n = b.length;
            int at = n == 0 ? 0 : r.nextInt(n);
            switch (kind) {
                case FLIP_BYTE -> {
                    if (n == 0) {
                        return b;
                    }
                    byte[] f = b.clone();
                    f[at] ^= (byte) (1 << r.nextInt(8));
                    return f;
                }
                case SET_BYTE -> {
                    if (n == 0) {
                        return b;
                    }
                    byte[] s = b.clone();
                    s[at] = (byte) r.nextInt(256);
                    return s;
                }
                case DELETE -> {
                    return cut(b, at, Math.min(n, at + 1 + r.nextInt(40)));
                }
                case INSERT_BYTES -> {
                    byte[] ins = new byte[1 + r.nextInt(8)];
                    r.nextBytes(ins);
                    return insert(b, at, ins);
                }
                case INSERT_TOKEN -> {
                    return insert(b, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                }
                case TRUNCATE -> {
                    return Arrays.copyOf(b, at);
                }
                case SWAP_TOKENS -> {
                    return swapTokens(b, r);
                }
                default -> {
                    int end = Math.min(n, at + 1 + r.nextInt(200));
                    return insert(b, end, Arrays.copyOfRange(b, at, end));
                }
            }
        }
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    /** Splits the text at JSON punctuation and whitespace and swaps two of the pieces. */
    private static byte[] swapTokens(byte[] b, Random r) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < b.length; i++) {
            if ("{}[],: \n\"".indexOf(b[i]) >= 0) {
                starts.add(i);
                starts.add(i + 1);
            }
        }
        starts.add(b.length);
        if (starts.size() < 4) {
            return b;
        }
        int i = r.nextInt(starts.size() - 1);
        int j = r.nextInt(starts.size() - 1);
        if (i == j) {
            return b;
        }
        int a = Math.min(i, j);
        int c = Math.max(i, j);
        int aFrom = starts.get(a);
        int aTo = Math.max(aFrom, starts.get(a + 1));
        int cFrom = Math.max(aTo, starts.get(c));
        int cTo = Math.max(cFrom, starts.get(c + 1));
        var out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, aFrom);
        out.write(b, cFrom, cTo - cFrom);
        out.write(b, aTo, cFrom - aTo);
        out.write(b, aFrom, aTo - aFrom);
        out.write(b, cTo, b.length - cTo);
        return out.toByteArray();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
