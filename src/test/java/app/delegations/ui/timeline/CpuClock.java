package app.delegations.ui.timeline;

import java.lang.reflect.Method;

/**
 * CPU time of the current thread, so that timings do not depend on other builds sharing the machine.
 * {@code java.lang.management} is reached by name: the tests are compiled inside the app's module, which does
 * not read {@code java.management}, but run on the class path, where it is readable.
 */
final class CpuClock {

    private static final Object BEAN;
    private static final Method CPU_TIME;

    static {
        try {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            BEAN = factory.getMethod("getThreadMXBean").invoke(null);
            CPU_TIME = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CpuClock() {
    }

    /** Nanoseconds of CPU used by the calling thread so far. */
    static long now() {
        try {
            return (long) CPU_TIME.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
