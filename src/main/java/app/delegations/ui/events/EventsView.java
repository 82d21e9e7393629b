package app.delegations.ui.events;

import app.delegations.model.Event;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Icons;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableBar;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The Events table ({@link EventColumn}: dates, title indented by nesting in tree order, kind, venue or place,
 * the event it is part of, number of places, presenters). Selecting a row selects the event (the detail pane and
 * the timeline show it) and double-click or Enter opens the detail pane. While the table is narrowed to a
 * partner's events ({@link EventsViewModel}), a line above it says whose, with a button that shows every event
 * again; the empty state's button clears the narrowing too; when the narrowing alone leaves no row, the empty state says
 * that partner has no events yet and its button shows every event again (no filter is named, as none is set).
 */
public final class EventsView extends StackPane implements TableFeature.View {
    static final String PREFS_KEY = "table.events";

    private final EventsViewModel vm;
    private final Messages m;
    private final DataTable<EventRow> table;
    private final Listeners listeners = new Listeners();
    private final Label legend = new Label();
    private final HBox narrowing;

    public EventsView(EventsViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                      Consumer<Event> onOpen, EmptyState.DataStatus data, Frames frames) {
        this.vm = vm;
        this.m = messages;
        setId("eventsView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        FilterModel filter = vm.filter();
        var narrowedOrFiltered = Bindings.createBooleanBinding(
                () -> filter.activeProperty().get() || vm.narrowingProperty().get() != null,
                filter.activeProperty(), vm.narrowingProperty());
        table = DataTable.of("eventsTable", List.of(EventColumn.values()), vm::sort, messages, "events.title")
                .show(vm.items(), frames)
                .marking(filter.searchWordsProperty())
                .remembering(prefs, PREFS_KEY, frames)
                .placeholder(EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                        narrowedOrFiltered, filter.chosenProperty(), filter::clear), messages, "events", data,
                        Bindings.createStringBinding(() -> vm.narrowedTo(messages), vm.narrowingProperty()),
                        vm::clearNarrowing))
                .selecting(selection, Event.class, (r, e) -> e instanceof Event ev && ev.id().equals(r.id()), vm::select,
                        r -> onOpen.accept(r.event()));
        legend.setId("eventsNarrowing");
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setTooltip(new Tooltip());
        legend.getTooltip().textProperty().bind(legend.textProperty());
        HBox.setHgrow(legend, Priority.ALWAYS);
        Button clear = Icons.button("clearNarrowing", Icons.CLOSE, m.get("events.narrowed.clear"));
        clear.setOnAction(e -> vm.clearNarrowing());
        narrowing = new HBox(8, legend, clear);
        narrowing.setAlignment(Pos.CENTER_LEFT);
        narrowing.getStyleClass().add("highlight-legend");
        listeners.follow(vm.narrowingProperty(), n -> showNarrowing());
        getChildren().add(new TableBar(table.view(), narrowing).node());
    }

    private void showNarrowing() {
        String text = vm.narrowingLegend(m);
        legend.setText(text);
        narrowing.setVisible(text != null);
        narrowing.setManaged(text != null);
    }

    public TableView<EventRow> table() {
        return table.view();
    }

    /** Removes the listeners on the view models and remembers the columns. */
    @Override
    public void dispose() {
        listeners.dispose();
        table.dispose();
    }
}
