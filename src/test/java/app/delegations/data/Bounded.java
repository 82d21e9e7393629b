package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Bundle;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Runs a load under a time limit and a limit on the memory it allocates, and checks its words are plain. */
final class Bounded {
    // com.sun.management.ThreadMXBean#getThreadAllocatedBytes, reached reflectively: test code is compiled
    // inside the app's module, which does not read java.management (and should not, for a test helper).
    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long allocatedBytes(long threadId) {
        try {
            return (long) ALLOCATED.invoke(THREADS, threadId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bounded() {
    }

    /** The load's result; fails when it takes longer than {@code seconds} or allocates more than {@code maxBytes}. */
    static LoadResult load(int seconds, long maxBytes, Supplier<LoadResult> load) {
        long[] allocated = new long[1];
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(seconds), () -> {
            long id = Thread.currentThread().getId();
            long before = allocatedBytes(id);
            LoadResult result = load.get();
            allocated[0] = allocatedBytes(id) - before;
            return result;
        });
        assertTrue(allocated[0] <= maxBytes, "allocated " + (allocated[0] >> 20) + " MB, more than "
                + (maxBytes >> 20) + " MB");
        assertPlain(r);
        return r;
    }

    /** No problem names a Java class, a Jackson feature or a stack frame, in English or in Polish. */
    static void assertPlain(LoadResult r) {
        for (Problem p : r.problems()) {
            for (Bundle language : List.of(Bundle.of("en"), Bundle.of("pl"))) {
                String m = p.message(language);
                for (String leak : new String[] {"Exception", "Error:", "com.fasterxml", "java.", "Jackson",
                    "Feature", "StreamReadConstraints", "\tat ", "internal error", "błąd wewnętrzny", "!"
                        + p.text().key()}) {
                    assertFalse(m.contains(leak), "message leaks \"" + leak + "\": " + m);
                }
                assertFalse(m.isBlank(), "empty message: " + p);
            }
        }
    }
}
