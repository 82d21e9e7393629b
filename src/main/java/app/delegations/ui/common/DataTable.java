package app.delegations.ui.common;

import app.delegations.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;

/**
 * A table of the window, made of {@link DataColumn} declarations: what every table does is here, so that a new
 * table is its columns, its rows and its view model. It gives the table dense one-line rows of
 * {@link #ROW_HEIGHT}, a cell per column {@linkplain DataColumn.Look look}, sorting through the view model
 * (which sorts by precomputed keys instead of the table's comparator, which calls the cell value factory twice
 * per comparison), multi-select with Ctrl+C and a context menu that copy the selected rows with the header as
 * TSV and sort by a column from the keyboard ({@link DataTableSort}), and, through the optional steps below, the rows filled gradually ({@link GradualFill}), the column
 * layout remembered ({@link DataTableMemory}) and fitted to the content ({@link DataTableFit}), the row
 * selection kept in step with the window's {@link Selection}, and highlighted rows. Every header is read whole
 * whatever its column's width and text ({@link DataTableHeaders}). Longer than 250 lines
 * because it is the one fluent builder every table is declared with: each optional step is a few lines, and the
 * work behind them already lives in DataTableCells, DataTableFit, DataTableMemory and DataTableSelection.
 *
 * @param <R> the row type
 */
public final class DataTable<R> {
    /** The dense row height of AtlantaFX tables: every row is one line of it. */
    public static final double ROW_HEIGHT = 28;
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final HeaderedTable<R> table = new HeaderedTable<>();
    private final Messages m;
    private final Map<String, DataColumn<R>> byId = new HashMap<>();
    private final Listeners listeners = new Listeners();
    private ObservableList<R> rows;
    private ObservableValue<List<String>> words = new ReadOnlyObjectWrapper<>(List.of());
    private Predicate<R> highlighted = r -> false;
    /** Set by {@link #selecting}. */
    private DataTableSelection<R> sync;

    private DataTable(String id, Messages m, String titleKey) {
        this.m = m;
        table.setId(id);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // columns keep their widths; a sideways scroll bar reaches the rest
        table.getStyleClass().addAll("dense", "striped");
        table.setFixedCellSize(ROW_HEIGHT); // one line per row: the virtual flow skips measuring each row
        table.setTableMenuButtonVisible(true);
        table.setAccessibleText(m.get(titleKey));
        table.setRowFactory(t -> {
            var row = new TableRow<R>() {
                @Override
                protected void updateItem(R item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(HIGHLIGHTED, !empty && item != null && highlighted.test(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (sync != null) {
                    sync.clicked(row, e);
                }
            });
            return row;
        });
        copyAsTsv();
        table.getProperties().put(DataTable.class, this); // found by in(Node) for File › Export
    }

    /** A table view whose headers {@link DataTableHeaders} keeps whole as it lays out. */
    private static final class HeaderedTable<R> extends TableView<R> {
        private final DataTableHeaders<R> headers = new DataTableHeaders<>(this);

        @Override
        protected void layoutChildren() {
            headers.beforeLayout();
            super.layoutChildren();
        }

        @Override
        public String getTypeSelector() {
            return "TableView"; // styled as any table view
        }
    }

    /** The {@link DataTable} in {@code view} (a view's node), if it has one: what File › Export writes. */
    public static Optional<DataTable<?>> in(Node view) {
        if (view == null) {
            return Optional.empty();
        }
        for (Node n : view.lookupAll(".table-view")) {
            if (n.getProperties().get(DataTable.class) instanceof DataTable<?> t) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * A table with node id {@code id} of the given columns (in this default order), named for screen readers by
     * the message {@code titleKey}; a click on a header sorts through {@code sorter} (an empty list: unsorted).
     */
    public static <R, C extends DataColumn<R>> DataTable<R> of(String id, List<C> columns,
                                                               Consumer<List<SortKey<C>>> sorter, Messages m,
                                                               String titleKey) {
        var t = new DataTable<R>(id, m, titleKey);
        Map<String, C> declared = new HashMap<>();
        for (C c : columns) {
            declared.put(c.id(), c);
            t.add(c);
        }
        t.table.setSortPolicy(table -> {
            var keys = new ArrayList<SortKey<C>>();
            for (TableColumn<R, ?> column : table.getSortOrder()) {
                keys.add(new SortKey<>(declared.get(column.getId()), column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            sorter.accept(keys);
            return true;
        });
        return t;
    }

    private void add(DataColumn<R> column) {
        var c = new TableColumn<R, R>(m.get(column.key()));
        c.setId(column.id());
        c.setPrefWidth(column.width());
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> DataTableCells.of(column, () -> words.getValue())); // the words of marking(), when set
        if (column.look() == DataColumn.Look.NUMBER) {
            c.getStyleClass().add("numeric");
        }
        byId.put(column.id(), column);
        table.getColumns().add(c);
    }

    /** Shows {@code items} at once. */
    public DataTable<R> show(ObservableList<R> items) {
        rows = items;
        listenFirst(items);
        table.setItems(items);
        return this;
    }

    /**
     * Shows {@code items}, a large change of them (a large file) a few rows per frame until a screenful
     * ({@link GradualFill}); a small one, like the bundled file, at once.
     */
    public DataTable<R> show(ObservableList<R> items, Frames frames) {
        rows = items;
        listenFirst(items);
        GradualFill.show(table, items, frames, ROW_HEIGHT);
        return this;
    }

    /** Before the table hears of a change of the rows, tells the row selection ({@link #selecting}) that one began. */
    private void listenFirst(ObservableList<R> items) {
        listeners.onList(items, c -> {
            if (sync != null) {
                sync.rowsChanging();
            }
        });
    }

    /**
     * Marks in the {@link DataColumn.Look#MATCHES} columns the matches of these (folded) search words. When they
     * change, the cells that mark them mark the new ones in what they show: the table's cells are kept (a refresh
     * of the table made every row's cells anew, on every keystroke of a search).
     */
    public DataTable<R> marking(ObservableValue<List<String>> searchWords) {
        words = searchWords;
        listeners.onChange(searchWords, (o, a, b) -> {
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof HighlightCell<?> c) {
                    c.remark();
                }
            }
        });
        return this;
    }

    /** Gives the rows {@code highlighted} leaves the pseudo-class {@code :highlighted}; {@link #refresh} after it changes. */
    public DataTable<R> highlighting(Predicate<R> highlighted) {
        this.highlighted = highlighted;
        return this;
    }

    /** What the table shows while it has no rows. */
    public DataTable<R> placeholder(Node placeholder) {
        table.setPlaceholder(placeholder);
        return this;
    }

    /**
     * Restores the column order, sort and widths stored under {@code key} and stores them again on
     * {@link #dispose}. Where no widths are stored for this language, sizes the columns to the content once the
     * table has rows and is laid out, in a frame of its own from {@code fitIn} (null: the declared widths stay).
     * Call after {@code show}.
     */
    public DataTable<R> remembering(AppPreferences prefs, String key, Frames fitIn) {
        Objects.requireNonNull(rows, "show the rows first");
        String language = m.language().code();
        boolean sized = DataTableMemory.restore(table, prefs, key, language);
        listeners.onDispose(() -> DataTableMemory.save(table, prefs, key, language));
        if (!sized && fitIn != null) {
            fitWhenShown(fitIn);
        }
        return this;
    }

    /**
     * Sizes the columns to the content once the table has rows and is laid out, in a frame of its own from
     * {@code fitIn}, without remembering widths (a table rebuilt for each chart). Call after {@code show}.
     */
    public DataTable<R> fitting(Frames fitIn) {
        Objects.requireNonNull(rows, "show the rows first");
        fitWhenShown(fitIn);
        return this;
    }

    private void fitWhenShown(Frames frames) {
        List<R> items = rows;
        InvalidationListener[] check = new InvalidationListener[1];
        check[0] = o -> {
            if (!items.isEmpty() && table.getWidth() > 0) {
                rows.removeListener(check[0]);
                table.widthProperty().removeListener(check[0]);
                frames.later(() -> DataTableFit.fit(table, items, byId, m.locale()));
            }
        };
        rows.addListener(check[0]);
        table.widthProperty().addListener(check[0]);
        check[0].invalidated(null);
    }

    /**
     * Keeps the row selection in step with the window's selection: a click (or the keyboard) on a row selects
     * its record through {@code select}, and the table shows the selected record's row selected when it is listed
     * ({@code shows} says whether a row shows a record) and no row otherwise, also after the rows change: a row
     * stays selected only while the detail pane shows it, and clicking it again shows it again. A double click
     * or Enter ({@link Shortcuts#OPEN_DETAILS}) on a row runs {@code open}. Call after {@code show}.
     *
     * @param kind the kind of record the rows show: a selected record of another kind is looked for in no row
     */
    public DataTable<R> selecting(Selection selection, Class<? extends Entity> kind, BiPredicate<R, Entity> shows,
                                  Consumer<R> select, Consumer<R> open) {
        Objects.requireNonNull(rows, "show the rows first");
        sync = new DataTableSelection<>(table, rows, listeners, selection, kind, shows, select, open);
        return this;
    }

    /** Multi-select, and Ctrl+C / the context menu copy the selected rows with the header as TSV. */
    private void copyAsTsv() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.COPY.match(e)) {
                copy();
                e.consume();
            }
        });
        var item = new MenuItem(m.get("table.copy"));
        item.setAccelerator(Shortcuts.COPY);
        item.setOnAction(e -> copy());
        var sortBy = new Menu(m.get("table.sortBy"));
        sortBy.setId("tableSortBy");
        var menu = new ContextMenu(item, sortBy);
        menu.setOnShowing(e -> DataTableSort.fill(sortBy, table, m)); // the columns shown and the sort of now
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // Shift+F10 and the menu key, wherever the platform
            if (Shortcuts.TABLE_MENU.match(e) || Shortcuts.TABLE_MENU_KEY.match(e)) { // does not raise the menu
                if (!menu.isShowing()) {
                    var b = table.localToScreen(table.getLayoutBounds());
                    if (b != null) {
                        menu.show(table, b.getMinX() + 24, b.getMinY() + 2 * ROW_HEIGHT);
                    }
                }
                e.consume();
            }
        });
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && menu.isShowing()) {
                e.consume(); // shown already by the key above: not moved
            }
        });
    }

    private void copy() {
        List<R> selected = selectedInViewOrder();
        if (!selected.isEmpty()) {
            var content = new ClipboardContent();
            content.putString(Tsv.of(visibleColumns(), selected, m));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Whether any row is selected (at once, however long the table). */
    public boolean hasSelection() {
        return !table.getSelectionModel().isEmpty();
    }

    /** The selected rows in the order the table shows them. */
    public List<R> selectedInViewOrder() {
        var indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        var selected = new ArrayList<R>(indices.size());
        for (Integer i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                selected.add(table.getItems().get(i));
            }
        }
        return selected;
    }

    /**
     * What File › Export writes, named {@code name}: the rows shown (the filter applied, in the table's order) or
     * only the selected ones, in the visible columns in their order, headers in the table's language.
     */
    public ExportTable<R> exportTable(String name, boolean selectedOnly) {
        return ExportTable.of(name, visibleColumns(), selectedOnly ? selectedInViewOrder() : table.getItems(), m);
    }

    /** The visible columns in the order shown. */
    public List<DataColumn<R>> visibleColumns() {
        var shown = new ArrayList<DataColumn<R>>();
        for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) {
            shown.add(byId.get(c.getId()));
        }
        return shown;
    }

    /**
     * View › Sort by: fills {@code menu} with the visible columns (the one the table is sorted by first ticked) and
     * the direction; a choice sorts as a click on that column's header does (see {@link DataTableSort}).
     */
    public void fillSortMenu(Menu menu) {
        DataTableSort.fill(menu, table, m);
    }

    /** Shows every row again (what {@link #highlighting} says changed). */
    public void refresh() {
        table.refresh();
    }

    public TableView<R> view() {
        return table;
    }

    /** Removes the listeners on the view models and stores the column layout. */
    public void dispose() {
        listeners.dispose();
    }
}
