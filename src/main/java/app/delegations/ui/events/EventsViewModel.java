package app.delegations.ui.events;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowList;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Events table: all rows, kept in the shown order → filtered by the shared {@link FilterModel}'s event
 * predicate (the events the timeline shows) and by the narrowing. As in Places, sorting sorts the rows by their
 * precomputed keys (Arrays.sort) and refills the list, and the filter sits on top, so a keystroke re-filters
 * without re-sorting.
 * <p><b>Order.</b> With no sort the rows are in tree order ({@link EventTree}: a parent, then the events inside
 * it by start day and order), titles indented by nesting depth; sorting by a column sorts every event flat
 * (tree order breaks ties) and shows the titles unindented ({@link EventRow#flat}). The "part of" column names
 * the parent in both.
 * <p><b>Narrowing.</b> When the selection becomes a place (or a country), the table keeps only the events that
 * place (or a place of that country) takes part in, directly or through a parent event
 * ({@link DatasetIndex#eventsOf}). When the selection becomes anything else or is cleared the narrowing stays
 * as it was, so that clicking one of the table's own rows (which selects its event) does not change the rows;
 * {@link #clearNarrowing} ends it. A new dataset keeps the narrowing on the same record, or ends it when the
 * data no longer holds that record.
 */
public final class EventsViewModel {
    private final FilterModel filter;
    private final Selection selection;
    private final RowList<EventRow> rows = new RowList<>();
    private final FilteredList<EventRow> filtered = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<Entity> narrowing = new ReadOnlyObjectWrapper<>(this, "narrowing");
    /** The ids of the events the narrowing leaves; null while not narrowed. */
    private Set<String> narrowedIds;
    private List<EventRow> tree = List.of();
    private Comparator<EventRow> comparator;
    /** How the rows follow the filter: a typed result waits while the view is out of sight ({@link Following}). */
    private final Following.Follower following;
    private List<SortKey<EventColumn>> sortKeys = List.of();
    private DatasetIndex index = DatasetIndex.empty();

    private static final Comparator<EventRow> TREE_ORDER = Comparator.comparingInt(EventRow::treeIndex);

    public EventsViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        following = filter.follow(filter.eventPredicateProperty(), () -> filtered.setPredicate(shown()));
        selection.selectedProperty().addListener((o, a, b) -> {
            if ((b instanceof Place || b instanceof Country) && !b.equals(narrowing.get())) {
                narrow(b);
            }
        });
        filtered.setPredicate(shown());
    }

    /**
     * Shows rows built by {@link EventRow#build} (for a new dataset or language), keeping the sort and the
     * narrowing; {@code treeRows} are in tree order, as {@code build} makes them.
     */
    public void setRows(DatasetIndex index, List<EventRow> treeRows) {
        this.index = index;
        this.tree = List.copyOf(treeRows);
        Entity was = narrowing.get();
        rows.clear(); // the new narrowing's predicate then filters the new rows once, not the old ones first
        narrow(was == null ? null : index.dataset().same(was).map(Entity.class::cast).orElse(null));
        rows.setAll(ordered());
    }

    /**
     * Shows an update of the data: only the rows {@code patch} names change, in their place by the order shown (the
     * filter and the narrowing test just those); the narrowing stays on the same record, its events taken again
     * from {@code index}, and the rows are filtered again only when those events changed. A patch too large to
     * apply row by row shows its rows as {@link #setRows} does.
     */
    public void patchRows(DatasetIndex index, RowPatch<EventRow> patch) {
        if (!patch.small()) {
            setRows(index, patch.rows());
            return;
        }
        this.index = index;
        this.tree = patch.rows();
        Entity was = narrowing.get();
        Entity now = was == null ? null : index.dataset().same(was).map(Entity.class::cast).orElse(null);
        // the events it takes part in, from the new index, whether or not its own record changed: an event the
        // edit added, or gave it as a participant, joins the narrowed rows (once per update, not per row test)
        Set<String> ids = now == null ? null : eventsWith(now);
        if (!Objects.equals(ids, narrowedIds)) {
            narrow(now, ids);
        } else if (now != was) {
            narrowing.set(now); // the same events: the rows need no filtering again
        }
        if (!patch.isEmpty()) {
            patch.applyTo(rows, comparator == null ? TREE_ORDER : comparator,
                    comparator == null ? r -> r : EventRow::flat);
        }
    }

    /** The rows to show: ordered, filtered and narrowed. */
    public ObservableList<EventRow> items() {
        return filtered;
    }

    /** All rows, in the order shown, neither filtered nor narrowed. */
    public ObservableList<EventRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The place or country whose events the table is narrowed to; null while it shows every event. */
    public ReadOnlyObjectProperty<Entity> narrowingProperty() {
        return narrowing.getReadOnlyProperty();
    }

    /** Shows every event the filter leaves again. */
    public void clearNarrowing() {
        narrow(null);
    }

    /** The line above the table while narrowed ("Events with Kraków"), or null while not. */
    public String narrowingLegend(Messages messages) {
        String name = narrowedTo(messages);
        return name == null ? null : messages.format("events.narrowed", name);
    }

    /** The name of the place or country the table is narrowed to, in the language of {@code messages}; or null. */
    public String narrowedTo(Messages messages) {
        Entity n = narrowing.get();
        return n instanceof Place p ? p.names().in(messages.locale())
                : n instanceof Country c ? c.names().in(messages.locale()) : null;
    }

    /** Sorts by the given keys (first key first), flat; an empty list restores the tree order. */
    public void sort(List<SortKey<EventColumn>> keys) {
        this.sortKeys = List.copyOf(keys);
        Comparator<EventRow> c = null;
        for (SortKey<EventColumn> k : keys) {
            EventColumn column = k.column();
            Comparator<EventRow> one = SortKey.blanksLast(column, (a, b) -> EventRow.compare(column, a, b),
                    k.ascending()); // empty cells last in both directions
            c = c == null ? one : c.thenComparing(one);
        }
        comparator = c == null ? null : c.thenComparing(TREE_ORDER);
        rows.setAll(ordered());
    }

    public List<SortKey<EventColumn>> sortKeys() {
        return sortKeys;
    }

    /** The tree rows in tree order, or their flat twins sorted by the comparator. */
    private List<EventRow> ordered() {
        if (comparator == null) {
            return tree;
        }
        EventRow[] array = new EventRow[tree.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = tree.get(i).flat();
        }
        Arrays.sort(array, comparator);
        return Arrays.asList(array);
    }

    /** Makes an event the selected record (the detail pane and the timeline follow); the narrowing stays. */
    public void select(EventRow row) {
        if (row != null) {
            selection.select(row.event());
        }
    }

    public FilterModel filter() {
        return filter;
    }

    /** The rows' following of the filter; the view says where it is shown. */
    public Following.Follower following() {
        return following;
    }

    /** Sets the narrowing, then the rows: listeners of {@link #narrowingProperty} hear of it before the rows change. */
    private void narrow(Entity partner) {
        narrow(partner, partner == null ? null : eventsWith(partner));
    }

    /** {@link #narrow(Entity)} to {@code ids}, the events {@code partner} takes part in by the current index. */
    private void narrow(Entity partner, Set<String> ids) {
        narrowedIds = ids;
        narrowing.set(partner);
        filtered.setPredicate(shown());
    }

    /** The ids of the events a place, or any place of a country, takes part in. */
    private Set<String> eventsWith(Entity partner) {
        var ids = new HashSet<String>();
        if (partner instanceof Place p) {
            index.eventsOf(p.id()).forEach(e -> ids.add(e.id()));
        } else if (partner instanceof Country c) {
            for (PlaceEntry e : index.entries()) {
                if (e.place().country().equals(c.code())) {
                    index.eventsOf(e.id()).forEach(ev -> ids.add(ev.id()));
                }
            }
        }
        return ids;
    }

    /** Which rows the filter and the narrowing leave now. */
    private Predicate<EventRow> shown() {
        Predicate<Event> left = filter.eventPredicateProperty().get();
        Set<String> ids = narrowedIds;
        return r -> left.test(r.event()) && (ids == null || ids.contains(r.id()));
    }
}
