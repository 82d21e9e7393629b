package app.delegations.ui.brief;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Entity;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.Selection;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The brief of the selected record: available while data is shown and the selection is an event, a place or a
 * country; made on demand, in the language asked, from the data shown ({@link BriefMaker}).
 */
public final class BriefModel {
    private final Selection selection;
    private final ObjectProperty<DatasetIndex> index = new SimpleObjectProperty<>();
    private final BooleanBinding available;

    public BriefModel(Selection selection) {
        this.selection = selection;
        this.available = Bindings.createBooleanBinding(() -> index.get() != null && selection.get() != null
                && BriefMaker.covers(selection.get()), index, selection.selectedProperty());
    }

    /** The data shown, which briefs are made from. */
    public void setIndex(DatasetIndex index) {
        this.index.set(index);
    }

    /** True while a brief can be made of the selection. */
    public ObservableBooleanValue availableProperty() {
        return available;
    }

    /** The brief of the selected record; throws IllegalStateException when none can be made. */
    public PaperDocument document(Messages messages) {
        if (!available.get()) {
            throw new IllegalStateException("no event, place or country is selected");
        }
        return new BriefMaker(index.get(), messages).of(selected());
    }

    /**
     * The brief of the record selected now, from the data shown now, to be made later on any thread (the data and
     * the record are immutable); throws IllegalStateException when none can be made.
     */
    public Supplier<PaperDocument> later(Messages messages) {
        if (!available.get()) {
            throw new IllegalStateException("no event, place or country is selected");
        }
        DatasetIndex shown = index.get();
        Entity record = selected();
        return () -> new BriefMaker(shown, messages).of(record);
    }

    /** The file name proposed for the selection's brief, with the extension. */
    public String suggestedName(Messages messages) {
        String name = available.get() ? BriefMaker.fileName(selected(), messages) : messages.get("brief.file");
        return name + ".pdf";
    }

    /** The selected record as the data shown holds it (a selection made before an edit finds its new version). */
    private Entity selected() {
        Entity record = selection.get();
        return index.get().dataset().same(record).map(Entity.class::cast).orElse(record);
    }
}
