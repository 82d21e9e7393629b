package app.delegations.ui.main;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the paths that changed and hands them over together once none has changed for a quiet period: an
 * editor's save (often several events: truncate, write, rename) or a colleague's copy of many files reloads
 * once, after the last event. Times are passed in (milliseconds of any monotonic clock), so it is tested
 * without waiting. Not thread-safe: one watch thread owns it.
 */
final class QuietPeriod {
    private final long quietMillis;
    private Set<Path> pending = new LinkedHashSet<>();
    private long lastChange;

    QuietPeriod(long quietMillis) {
        this.quietMillis = quietMillis;
    }

    /** Records a change at {@code now}; the quiet period starts again. */
    void changed(Path path, long now) {
        pending.add(path);
        lastChange = now;
    }

    /** How long to wait for the next event before {@link #take} has something: -1 when nothing is pending. */
    long waitMillis(long now) {
        return pending.isEmpty() ? -1 : Math.max(0, lastChange + quietMillis - now);
    }

    /** The paths changed, once the quiet period after the last change has passed; else an empty set. */
    Set<Path> take(long now) {
        if (pending.isEmpty() || now - lastChange < quietMillis) {
            return Set.of();
        }
        Set<Path> due = pending;
        pending = new LinkedHashSet<>();
        return due;
    }
}
