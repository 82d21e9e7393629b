package app.delegations.data;

/**
 * Lets a caller follow a long load and stop it. Called on the loading thread (for an archive, on the threads that
 * read its files, one call at a time): implementations must be thread-safe (e.g. post to the UI thread) and quick.
 */
public interface LoadProgress {
    /** How far reading has come: {@code bytesDone} of {@code bytesTotal} bytes of the data file. */
    void progress(long bytesDone, long bytesTotal);

    /**
     * True when the caller wants the load stopped; the load then ends with "loading was cancelled". Asked often:
     * every step of a load asks after each bounded amount of work, so the answer must be cheap, such as reading
     * a flag.
     */
    boolean cancelled();

    /** No progress reports, never cancelled. */
    LoadProgress NONE = new LoadProgress() {
        @Override
        public void progress(long bytesDone, long bytesTotal) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
