package app.delegations.ui.forms;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.model.Dataset;
import app.delegations.ui.common.RecordEditing;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Records that may not be edited, for tests that need the window's features but no editing: New and Edit are
 * disabled and say why; nothing is ever committed.
 */
public final class ReadOnlyEditing implements RecordEditing {
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final Supplier<Dataset> shown;

    public ReadOnlyEditing(Supplier<Dataset> shown) {
        this.shown = shown;
    }

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public Dataset dataset() {
        Dataset d = shown.get();
        return d == null ? Dataset.empty() : d;
    }

    @Override
    public String newId(Class<? extends Record> kind, String name) {
        return name;
    }

    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        return CompletableFuture.completedFuture(false);
    }

    @Override
    public List<Record> referrers(Record record) {
        return List.of();
    }
}
