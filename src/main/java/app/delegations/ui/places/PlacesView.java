package app.delegations.ui.places;

import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.GradualFill;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.HighlightCell;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.common.Shortcuts;
import app.delegations.ui.common.TableSupport;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Places table: name, native name, kind, country (with its code as a badge), role. */
public final class PlacesView extends StackPane {
    static final String PREFS_KEY = "table.places";
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final PlacesViewModel vm;
    private final Messages m;
    private final TableView<PlaceRow> table = new TableView<>();
    /** The dense row height of AtlantaFX tables. */
    static final double ROW_HEIGHT = 28;
    private final Frames frames;
    /** How many of a column's longest texts (by length) {@link #fitColumns} measures. */
    private static final int LONGEST_MEASURED = 12;
    private final Listeners listeners = new Listeners();
    /** Above the table while rows are highlighted: says what the highlight means (a swatch and a sentence). */
    private final Label legend = new Label();
    private boolean syncing;

    public PlacesView(PlacesViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                      Consumer<Place> onOpen, EmptyState.DataStatus data, Frames frames) {
        this.vm = vm;
        this.m = messages;
        this.frames = frames;
        setId("placesView");
        table.setId("placesTable");
        // many new rows (a large file) come a few per frame until a screenful; a small file, like the bundled one, at once
        GradualFill.show(table, vm.items(), frames, ROW_HEIGHT);
        table.getColumns().setAll(List.of(
                textColumn(PlaceColumn.NAME, 176, true),
                textColumn(PlaceColumn.NATIVE, 180, true),
                textColumn(PlaceColumn.KIND, 76, false),
                countryColumn(),
                textColumn(PlaceColumn.ROLE, 94, false)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll("dense", "striped");
        table.setFixedCellSize(ROW_HEIGHT); // one line per row: the virtual flow skips measuring each row
        table.setTableMenuButtonVisible(true);
        TableSupport.sortThrough(table, vm::sort);
        TableSupport.copyAsTsv(table, rows -> vm.toTsv(rows, TableSupport.visibleColumnKeys(table), m),
                m.get("table.copy"));
        boolean sized = TableSupport.restoreColumns(table, prefs, PREFS_KEY, m.language().code());
        listeners.onDispose(() -> TableSupport.saveColumns(table, prefs, PREFS_KEY, m.language().code()));
        if (!sized) {
            fitColumnsWhenShown();
        }
        table.setAccessibleText(m.get("places.title"));

        table.setRowFactory(t -> {
            var row = new TableRow<PlaceRow>() {
                @Override
                protected void updateItem(PlaceRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(HIGHLIGHTED, !empty && item != null
                            && vm.highlightedProperty().get().contains(item.id()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() != MouseButton.PRIMARY || row.isEmpty()) {
                    return;
                }
                if (!(selection.get() instanceof Place p && p.id().equals(row.getItem().id()))) {
                    vm.select(row.getItem()); // a row the table still had selected: no selection change to follow
                }
                if (e.getClickCount() == 2) {
                    onOpen.accept(row.getItem().entry().place());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (Shortcuts.OPEN_DETAILS.match(e) && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem().entry().place());
                e.consume();
            }
        });
        table.setPlaceholder(EmptyState.forTable(vm.filter(), m, "places", data));
        listeners.onChange(vm.highlightedProperty(), (o, a, b) -> table.refresh());
        listeners.onChange(vm.filter().searchWordsProperty(), (o, a, b) -> table.refresh());
        listeners.onChange(table.getSelectionModel().selectedItemProperty(), (o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b);
            }
        });
        listeners.follow(selection.selectedProperty(), r -> selectFromOutside(r));
        // rows replaced (reload, language, filter): the selected place's row selected again, and no other row
        // left selected by the table's own guess
        listeners.onList(vm.items(), c -> selectFromOutside(selection.get()));
        legend.setId("highlightLegend");
        legend.getStyleClass().add("highlight-legend");
        var swatch = new Region();
        swatch.getStyleClass().add("highlight-swatch");
        legend.setGraphic(swatch);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setTooltip(new Tooltip());
        legend.getTooltip().textProperty().bind(legend.textProperty());
        listeners.onChange(vm.highlightedProperty(), (o, a, b) -> showLegend());
        listeners.onChange(selection.selectedProperty(), (o, a, b) -> showLegend());
        listeners.onChange(vm.filter().placePredicateProperty(), (o, a, b) -> showLegend());
        showLegend();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(new VBox(legend, table));
    }

    private void showLegend() {
        String text = vm.highlightLegend(m);
        legend.setText(text);
        legend.setVisible(text != null);
        legend.setManaged(text != null);
    }

    /** Sizes the columns to this language's texts once the table has rows and is laid out. */
    private void fitColumnsWhenShown() {
        Runnable[] fit = new Runnable[1];
        javafx.beans.InvalidationListener[] check = new javafx.beans.InvalidationListener[1];
        // the country cell is a code badge and the name: measure the name, add the badge
        // only the longest texts are measured: measuring every text of the first 2,000 rows held the UI
        // thread for ~250 ms when a 100,000-record file arrived
        fit[0] = () -> fitColumns(table, vm.items());
        check[0] = o -> {
            if (!vm.items().isEmpty() && table.getWidth() > 0) {
                vm.items().removeListener(check[0]);
                table.widthProperty().removeListener(check[0]);
                frames.later(fit[0]); // in a frame of its own
            }
        };
        vm.items().addListener(check[0]);
        table.widthProperty().addListener(check[0]);
        check[0].invalidated(null);
    }

    /**
     * Sizes each column to its header and its widest text among the first 2,000 rows, measuring only the few
     * longest texts of each column (by length; a few, as glyph widths vary) instead of every one.
     */
    private static void fitColumns(TableView<PlaceRow> table, List<PlaceRow> items) {
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        if (table.lookup(".table-cell") instanceof javafx.scene.control.Labeled l) {
            font = l.getFont();
        }
        var measure = new javafx.scene.text.Text();
        var bold = javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        int n = Math.min(items.size(), 2000);
        for (TableColumn<PlaceRow, ?> c : table.getColumns()) {
            measure.setFont(bold);
            measure.setText(c.getText());
            double w = measure.getLayoutBounds().getWidth() + 30; // padding and the sort arrow
            double extra = c.getUserData() == PlaceColumn.COUNTRY ? 36 : 0; // the code badge
            java.util.function.Function<PlaceRow, String> text = c.getUserData() == PlaceColumn.COUNTRY
                    ? PlaceRow::country : r -> r.text((PlaceColumn) c.getUserData());
            var longest = new java.util.PriorityQueue<String>(java.util.Comparator.comparingInt(String::length));
            for (int i = 0; i < n; i++) {
                String t = text.apply(items.get(i));
                longest.add(t == null ? "" : t);
                if (longest.size() > LONGEST_MEASURED) {
                    longest.poll();
                }
            }
            measure.setFont(font);
            for (String t : longest) {
                measure.setText(t);
                w = Math.max(w, measure.getLayoutBounds().getWidth() + 22 + extra);
            }
            c.setPrefWidth(Math.ceil(Math.min(w, 420)));
        }
    }

    public TableView<PlaceRow> table() {
        return table;
    }

    /** Removes the listeners on the view models and remembers the columns. */
    public void dispose() {
        listeners.dispose();
    }

    /**
     * Shows the selected record's row selected when it is a listed place, and no row selected otherwise: a row
     * stays selected only while the detail pane shows it (clicking it again then shows it again).
     */
    private void selectFromOutside(Entity r) {
        PlaceRow current = table.getSelectionModel().getSelectedItem();
        if (r instanceof Place p && current != null && current.id().equals(p.id())) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (!(r instanceof Place p)) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(p.id())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private TableColumn<PlaceRow, PlaceRow> textColumn(PlaceColumn column, double width, boolean highlight) {
        var c = new TableColumn<PlaceRow, PlaceRow>(m.get(column.key()));
        c.setId(column.id());
        c.setUserData(column);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        if (highlight) {
            c.setCellFactory(col -> new HighlightCell<>(r -> r.text(column), () -> vm.filter().searchWordsProperty().get()));
        } else {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(PlaceRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : ShortText.shorten(item.text(column), ShortText.LINE));
                }
            });
        }
        return c;
    }

    private TableColumn<PlaceRow, PlaceRow> countryColumn() {
        var c = new TableColumn<PlaceRow, PlaceRow>(m.get(PlaceColumn.COUNTRY.key()));
        c.setId(PlaceColumn.COUNTRY.id());
        c.setUserData(PlaceColumn.COUNTRY);
        c.setPrefWidth(212);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();
            private final Label name = new Label();
            private final HBox box = new HBox(6, badge, name);

            {
                badge.getStyleClass().add("country-badge");
                name.getStyleClass().add("country-name");
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                // the graphic stays, hidden while the cell is empty: taken out and put back, it was styled
                // again each time the table gave the cell another row (every row shown, on each new list)
                setGraphic(box);
            }

            @Override
            protected void updateItem(PlaceRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    box.setVisible(false);
                } else {
                    badge.setText(item.countryCode());
                    name.setText(item.country());
                    setText(item.text(PlaceColumn.COUNTRY));
                    box.setVisible(true);
                }
            }
        });
        return c;
    }

    /** The ids currently highlighted (for tests). */
    Set<String> highlighted() {
        return vm.highlightedProperty().get();
    }
}
