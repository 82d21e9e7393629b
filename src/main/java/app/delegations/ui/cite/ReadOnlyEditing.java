package app.delegations.ui.cite;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.model.Dataset;
import app.delegations.ui.common.RecordEditing;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The archive when nothing can be edited (no edit session wired): never editable, so New source and Cite for…
 * are offered disabled, saying why; commits nothing.
 */
public final class ReadOnlyEditing implements RecordEditing {
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public Dataset dataset() {
        return Dataset.empty();
    }

    @Override
    public String newId(Class<? extends Record> kind, String name) {
        throw new IllegalStateException("nothing can be edited");
    }

    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        return CompletableFuture.completedFuture(false);
    }
}
