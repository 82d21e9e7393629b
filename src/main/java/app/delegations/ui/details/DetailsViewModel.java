package app.delegations.ui.details;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.filter.DatasetIndex;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The detail pane: the {@link Details} of the selected record, rebuilt when it or the language changes. */
public final class DetailsViewModel {
    private final Selection selection;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private DatasetIndex index = DatasetIndex.empty();
    private Messages messages;

    public DetailsViewModel(Selection selection) {
        this.selection = selection;
        selection.selectedProperty().addListener((o, a, b) -> update());
    }

    public void setData(DatasetIndex index, Messages messages) {
        this.index = index;
        this.messages = messages;
        update();
    }

    /** The details of the selection, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public Details get() {
        return details.get();
    }

    /** Follows a link in the details (an event, a place, a country). */
    public void open(Record record) {
        selection.select(record);
    }

    private void update() {
        Record r = selection.get();
        details.set(r == null || messages == null ? null : new DetailsBuilder(index, messages).build(r));
    }
}
