package app.delegations.data;

/**
 * The progress of an archive's files read in parallel, reported to the caller as one: bytes done over all files
 * of the total. Each file reports through its own {@link #file(int)}; the caller's progress is called by one
 * thread at a time.
 */
final class ArchiveProgress {
    private final LoadProgress outer;
    private final long total;
    private final long[] done;
    private long sum;

    ArchiveProgress(LoadProgress outer, long[] sizes) {
        this.outer = outer;
        this.done = new long[sizes.length];
        long t = 0;
        for (long s : sizes) {
            t += s;
        }
        this.total = Math.max(1, t);
    }

    /** The progress of file {@code i}: its bytes count towards the whole; cancelling is the caller's. */
    LoadProgress file(int i) {
        return new LoadProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal) {
                report(i, bytesDone);
            }

            @Override
            public boolean cancelled() {
                return outer.cancelled();
            }
        };
    }

    private synchronized void report(int i, long bytesDone) {
        sum += bytesDone - done[i];
        done[i] = bytesDone;
        outer.progress(Math.min(sum, total), total);
    }
}
