package app.delegations.data;

import app.delegations.model.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * What loading a file gave: the dataset when the file is valid (warnings allowed), and every problem found
 * (up to the loader's cap). A file with any error gives no dataset.
 */
public record LoadResult(String file, Dataset datasetOrNull, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(datasetOrNull);
    }

    public boolean ok() {
        return datasetOrNull != null;
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }
}
