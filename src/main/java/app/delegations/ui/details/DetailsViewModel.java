package app.delegations.ui.details;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The detail pane: the {@link Details} of the selected record, rebuilt when it or the language changes, and a
 * notice while the shared filter hides that record from its view; Back and Forward through the links followed.
 * <p>
 * The details are built once per record, data and language shown: a selection or data that leaves all three as
 * they were builds nothing. New data that hold another version of the selected record (an edit, an undo, a file
 * read again) build nothing either: the window then selects the version the data hold (the {@code Workspace}'s
 * update, after every view has the data), and that selection builds the details, once, from data that hold it.
 * A selection always shows its record's details.
 */
public final class DetailsViewModel {
    private final Selection selection;
    private final FilterModel filter;
    private final DetailsHistory history;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper hiddenNotice = new ReadOnlyStringWrapper(this, "hiddenNotice");
    private DatasetIndex index = DatasetIndex.empty();
    private Messages messages;
    /** Builds for {@link #index} in {@link #messages}; null until first needed after either changed. */
    private DetailsBuilder builder;
    /** The record, data and language the details shown were built from. */
    private Entity builtFor;
    private DatasetIndex builtFrom;
    private Messages builtIn;
    private int builds;

    public DetailsViewModel(Selection selection, FilterModel filter) {
        this.selection = selection;
        this.filter = filter;
        this.history = new DetailsHistory(selection);
        selection.selectedProperty().addListener((o, a, b) -> update(false));
        // the event predicate is set after the place predicate: each change checks again
        filter.placePredicateProperty().addListener((o, a, b) -> updateHidden());
        filter.eventPredicateProperty().addListener((o, a, b) -> updateHidden());
    }

    /** Sets the data and language; a new data set forgets the links followed in the old one. */
    public void setData(DatasetIndex index, Messages messages) {
        if (index != this.index) {
            history.clear();
        }
        if (index != this.index || messages != this.messages) {
            builder = null;
        }
        this.index = index;
        this.messages = messages;
        update(true);
    }

    /** The details of the selection, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public Details get() {
        return details.get();
    }

    /**
     * What to say at the top of the details while the filter hides the selected record from its view (a place
     * from Places, a country from Countries, an event from the timeline, an organisation or a person from its
     * table); null while it is shown.
     */
    public ReadOnlyStringProperty hiddenNoticeProperty() {
        return hiddenNotice.getReadOnlyProperty();
    }

    /**
     * Follows a link in the details (an event, a place, a country, an organisation, a person): selects that
     * record, and {@link #history()} remembers the one shown before.
     */
    public void open(Entity record) {
        history.follow(record);
    }

    /** The folded search words, which the details mark ({@link FilterModel#searchWordsProperty}). */
    public ReadOnlyObjectProperty<List<String>> searchWordsProperty() {
        return filter.searchWordsProperty();
    }

    /** Back and Forward through the links followed. */
    public DetailsHistory history() {
        return history;
    }

    /** How many times details were built (a record, data and language taken to {@link Details}). */
    int builds() {
        return builds;
    }

    /** Builds the details of the selection when due; {@code newData}: the data changed, not the selection. */
    private void update(boolean newData) {
        Entity r = selection.get();
        if (r == null || messages == null) {
            builtFor = null;
            details.set(null);
        } else if (r != builtFor || index != builtFrom || messages != builtIn) {
            // new data holding another version of the selection: the version they hold is selected next
            if (!newData || index.dataset().same(r).map(held -> held == r).orElse(true)) {
                if (builder == null) {
                    builder = new DetailsBuilder(index, messages);
                }
                builds++;
                builtFor = r;
                builtFrom = index;
                builtIn = messages;
                details.set(builder.build(r));
            }
        }
        updateHidden();
    }

    private void updateHidden() {
        Entity r = selection.get();
        if (r == null || messages == null || FilterLeaves.record(filter, r)) {
            hiddenNotice.set(null);
            return;
        }
        boolean searching = !filter.searchTextProperty().get().trim().isEmpty();
        hiddenNotice.set(messages.get(hiddenKey(r, EmptyState.Hider.of(searching, filter.chosenProperty().get()))));
    }

    /** The notice for a record that {@code hider} hides: it names the search, the filters, or both. */
    private static String hiddenKey(Entity r, EmptyState.Hider hider) {
        if (r instanceof Country) {
            return hider.pick("details.hidden.country", "details.hidden.country.search", "details.hidden.country.both");
        }
        if (r instanceof Event) {
            return hider.pick("details.hidden.event", "details.hidden.event.search", "details.hidden.event.both");
        }
        if (r instanceof Organisation) {
            return hider.pick("details.hidden.organisation", "details.hidden.organisation.search",
                    "details.hidden.organisation.both");
        }
        if (r instanceof Person) {
            return hider.pick("details.hidden.person", "details.hidden.person.search", "details.hidden.person.both");
        }
        return hider.pick("details.hidden.place", "details.hidden.place.search", "details.hidden.place.both");
    }
}
