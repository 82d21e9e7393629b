package app.delegations.ui;

import java.lang.reflect.Method;

/**
 * The bytes the current thread has allocated so far (HotSpot's {@code com.sun.management.ThreadMXBean}): a
 * count of memory a step used that no clock or garbage collection disturbs. Reached by reflection because the
 * tests compile inside the app's module, which does not read {@code java.management}; they run on the class
 * path, where it is readable.
 */
public final class Allocations {
    private Allocations() {
    }

    public static long ofThisThread() {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            return (long) allocated.invoke(threads);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JVM does not count allocated bytes", e);
        }
    }
}
