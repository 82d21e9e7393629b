package app.delegations.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a data file into a validated {@link app.delegations.model.Dataset}, or a list of located problems.
 * Never throws for bad input. (Skeleton: the implementation lands with the loader work.)
 */
public final class DatasetLoader {

    /** Name of the bundled dataset, as problems and the title bar show it. */
    public static final String BUNDLED_NAME = "congress-2016.json";

    /** Classpath folder of the bundled data: the repository's {@code data/} is copied here at build time. */
    public static final String BUNDLED_ROOT = "/app/delegations/data/bundled/";

    public LoadResult load(Path file) {
        return new LoadResult(String.valueOf(file.getFileName()), null,
                List.of(new Problem(Problem.Severity.ERROR, String.valueOf(file.getFileName()), 0, 0, "",
                        "loading is not implemented yet")));
    }

    public LoadResult loadBundled() {
        return new LoadResult(BUNDLED_NAME, null,
                List.of(new Problem(Problem.Severity.ERROR, BUNDLED_NAME, 0, 0, "", "loading is not implemented yet")));
    }
}
