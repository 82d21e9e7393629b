package app.delegations.ui.countries;

import app.delegations.model.Entity;
import app.delegations.model.Country;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.common.Shortcuts;
import app.delegations.ui.common.TableSupport;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * The Countries table: code, name, number of places, the places. As in Places, selecting a row selects the
 * country (the detail pane shows it) and double-click or Enter opens the detail pane; the table's selection
 * never changes the filter (the filter pane's country facet does).
 */
public final class CountriesView extends StackPane {
    static final String PREFS_KEY = "table.countries";

    private final CountriesViewModel vm;
    private final Messages m;
    private final TableView<CountryRow> table = new TableView<>();
    /** The dense row height of AtlantaFX tables. */
    static final double ROW_HEIGHT = 28;
    private final Listeners listeners = new Listeners();
    private boolean syncing;

    public CountriesView(CountriesViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                         Consumer<CountryRow> onOpen, EmptyState.DataStatus data) {
        this.vm = vm;
        this.m = messages;
        setId("countriesView");
        table.setId("countriesTable");
        table.setItems(vm.items());
        table.getColumns().setAll(List.of(
                codeColumn(),
                column(CountryColumn.NAME, 180),
                column(CountryColumn.COUNT, 70),
                column(CountryColumn.PLACES, 360)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll("dense", "striped");
        table.setFixedCellSize(ROW_HEIGHT); // one line per row: the virtual flow skips measuring each row
        table.setTableMenuButtonVisible(true);
        table.setAccessibleText(m.get("countries.title"));
        TableSupport.sortThrough(table, vm::sort);
        TableSupport.copyAsTsv(table, rows -> vm.toTsv(rows, TableSupport.visibleColumnKeys(table), m), m.get("table.copy"));
        TableSupport.restoreColumns(table, prefs, PREFS_KEY, m.language().code());
        listeners.onDispose(() -> TableSupport.saveColumns(table, prefs, PREFS_KEY, m.language().code()));
        table.setPlaceholder(EmptyState.forTable(vm.filter(), m, "countries", data));
        table.setRowFactory(t -> {
            var row = new TableRow<CountryRow>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() != MouseButton.PRIMARY || row.isEmpty()) {
                    return;
                }
                if (!(selection.get() instanceof Country c && c.code().equals(row.getItem().code()))) {
                    vm.select(row.getItem()); // a row the table still had selected: no selection change to follow
                }
                if (e.getClickCount() == 2) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (Shortcuts.OPEN_DETAILS.match(e) && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        listeners.onChange(table.getSelectionModel().selectedItemProperty(), (o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b);
            }
        });
        listeners.follow(selection.selectedProperty(), this::selectFromOutside);
        // rows re-filtered or re-sorted: the selected country's row selected again when it is still listed, and no
        // other row left selected by the table's own guess
        listeners.onList(vm.items(), c -> selectFromOutside(selection.get()));
        getChildren().add(table);
    }

    public TableView<CountryRow> table() {
        return table;
    }

    public void dispose() {
        listeners.dispose();
    }

    /**
     * Shows the selected record's row selected when it is a listed country, and no row selected otherwise: a
     * row stays selected only while the detail pane shows it (clicking it again then shows it again).
     */
    private void selectFromOutside(Entity r) {
        CountryRow current = table.getSelectionModel().getSelectedItem();
        if (r instanceof Country country && current != null && current.code().equals(country.code())) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (!(r instanceof Country country)) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).code().equals(country.code())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private TableColumn<CountryRow, CountryRow> codeColumn() {
        var c = new TableColumn<CountryRow, CountryRow>(m.get(CountryColumn.CODE.key()));
        c.setId(CountryColumn.CODE.id());
        c.setUserData(CountryColumn.CODE);
        c.setPrefWidth(64);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("country-badge");
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(CountryRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code());
                badge.setText(empty || item == null ? null : item.code());
                setGraphic(empty || item == null ? null : badge);
            }
        });
        return c;
    }

    private TableColumn<CountryRow, CountryRow> column(CountryColumn column, double width) {
        var c = new TableColumn<CountryRow, CountryRow>(m.get(column.key()));
        c.setId(column.id());
        c.setUserData(column);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private CountryRow watched;
            private final javafx.beans.InvalidationListener refresh = o -> show();

            @Override
            protected void updateItem(CountryRow item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) {
                    watched.placeCountProperty().removeListener(refresh);
                    watched.placesProperty().removeListener(refresh);
                }
                watched = empty ? null : item;
                if (watched != null) {
                    watched.placeCountProperty().addListener(refresh);
                    watched.placesProperty().addListener(refresh);
                }
                show();
            }

            private void show() {
                setText(watched == null ? null : ShortText.shorten(watched.text(column), ShortText.LINE));
            }
        });
        if (column == CountryColumn.COUNT) {
            c.getStyleClass().add("numeric");
        }
        return c;
    }
}
