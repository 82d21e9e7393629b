package app.delegations.data;

import app.delegations.model.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * What loading a file gave: the dataset when the file is valid (warnings allowed), and every problem found,
 * up to {@link Limits#MAX_PROBLEMS}; past that the last entry says how many more were not shown. A file with
 * any error gives no dataset.
 *
 * @param file     the file's name as the problems give it
 * @param status   {@link Status#LOADED} exactly when there is a dataset
 * @param notShown problems found beyond the cap (counted in the last entry of {@code problems})
 */
public record LoadResult(String file, Dataset datasetOrNull, List<Problem> problems, Status status, int notShown) {

    /** How a load ended. */
    public enum Status {
        /** Valid: the dataset is there (there may be warnings). */
        LOADED,
        /** Read, but it has errors. */
        INVALID,
        /** Could not be read at all: missing, a folder, no permission… */
        UNREADABLE,
        /** The caller stopped it. */
        CANCELLED
    }

    public LoadResult {
        problems = List.copyOf(problems);
        if ((datasetOrNull != null) != (status == Status.LOADED)) {
            throw new IllegalArgumentException("a dataset goes with status LOADED, and only with it: " + status);
        }
    }

    /** A result with a dataset (valid) or without (invalid). */
    public LoadResult(String file, Dataset datasetOrNull, List<Problem> problems) {
        this(file, datasetOrNull, problems, datasetOrNull != null ? Status.LOADED : Status.INVALID, 0);
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(datasetOrNull);
    }

    public boolean ok() {
        return datasetOrNull != null;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    public boolean unreadable() {
        return status == Status.UNREADABLE;
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    /** Every problem found, including those not shown. */
    public int problemCount() {
        return notShown == 0 ? problems.size() : problems.size() - 1 + notShown;
    }
}
