package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows a view model keeps for its table, in the order shown: an observable list that can also put a new row
 * where the old one stands as an <em>update</em> of that place ({@link #update}), not as a replacement. A table
 * told that one of its items was replaced empties and fills every visible cell again; told that an item was
 * updated, it asks only the row at that place for its item again, and only when that row's item is not equal
 * to the new one are its cells filled again. A {@code FilteredList} over it turns the update into an update, a
 * removal (the new row no longer passes) or an addition (it now passes). A {@code SortedList} takes an update as
 * a change of the element it already holds, not as a new element: keep this list under none.
 *
 * <p>{@link #setAll}, {@link #clear} and {@link #addAll} change the list in one change each, in time linear in
 * the rows (not row by row).
 *
 * @param <R> the row type
 */
public final class RowList<R> extends ModifiableObservableListBase<R> {
    private ArrayList<R> rows = new ArrayList<>();

    /**
     * Puts {@code row} at {@code at} in place of the row there, reported to listeners as an update of that place
     * (no element removed or added). The caller guarantees that the order of the list holds with it.
     */
    public void update(int at, R row) {
        rows.set(at, row);
        beginChange();
        nextUpdate(at);
        endChange();
    }

    @Override
    public boolean setAll(Collection<? extends R> all) {
        if (rows.isEmpty() && all.isEmpty()) {
            return false;
        }
        List<R> was = rows;
        rows = new ArrayList<>(all);
        modCount++;
        beginChange();
        if (!was.isEmpty()) {
            nextRemove(0, was);
        }
        if (!rows.isEmpty()) {
            nextAdd(0, rows.size());
        }
        endChange();
        return true;
    }

    @Override
    public void clear() {
        if (!rows.isEmpty()) {
            removeRange(0, rows.size());
        }
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from >= to) {
            return;
        }
        var gone = new ArrayList<>(rows.subList(from, to));
        rows.subList(from, to).clear();
        modCount++;
        beginChange();
        nextRemove(from, gone);
        endChange();
    }

    @Override
    public boolean addAll(Collection<? extends R> more) {
        return addAll(rows.size(), more);
    }

    @Override
    public boolean addAll(int at, Collection<? extends R> more) {
        if (at < 0 || at > rows.size()) {
            throw new IndexOutOfBoundsException(at);
        }
        if (more.isEmpty()) {
            return false;
        }
        rows.addAll(at, more);
        modCount++;
        beginChange();
        nextAdd(at, at + more.size());
        endChange();
        return true;
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, R element) {
        rows.add(index, element);
    }

    @Override
    protected R doSet(int index, R element) {
        return rows.set(index, element);
    }

    @Override
    protected R doRemove(int index) {
        return rows.remove(index);
    }
}
