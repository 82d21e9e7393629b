package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The first {@link #limit} items of a list (all of them without a limit), passing its changes on. A table
 * that goes from empty to full makes, styles and lays out the cells of every row it can show in one frame;
 * on this list it can be shown a few rows per frame instead: {@link #onFill} limits the list when its source
 * fills from empty, and whoever it tells raises the limit frame by frame ({@link #limit(int)}) and lifts it
 * ({@link #unlimit()}).
 */
public final class RevealList<E> extends TransformationList<E, E> {
    private int limit = Integer.MAX_VALUE;
    /** The items shown while limited (what a change reports as removed). */
    private List<E> shown = List.of();
    private int sourceSize;
    private int firstRows;
    private int fillFrom;
    private Runnable filled;

    public RevealList(ObservableList<E> source) {
        super(source);
        sourceSize = source.size();
    }

    /**
     * When the source goes from empty to at least {@code atLeast} items (more than {@code rows}), shows only
     * the first {@code rows} and runs {@code filled} (after passing the change on).
     */
    public void onFill(int atLeast, int rows, Runnable filled) {
        this.fillFrom = Math.max(atLeast, rows + 1);
        this.firstRows = rows;
        this.filled = filled;
    }

    /** Shows at most {@code n} items (a change that replaces what was shown). */
    public void limit(int n) {
        setLimit(Math.max(0, n));
    }

    /** Shows every item again. */
    public void unlimit() {
        setLimit(Integer.MAX_VALUE);
    }

    public boolean limited() {
        return limit != Integer.MAX_VALUE;
    }

    private void setLimit(int n) {
        int before = size();
        List<? extends E> was = limited() ? shown : getSource();
        limit = n;
        int after = size();
        beginChange();
        if (after > before) {
            nextAdd(before, after);
        } else if (after < before) {
            nextRemove(after, new ArrayList<>(was.subList(after, before)));
        }
        remember();
        endChange();
    }

    private void remember() {
        shown = limited() ? new ArrayList<>(getSource().subList(0, size())) : List.of();
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> c) {
        boolean fill = filled != null && !limited() && sourceSize == 0 && getSource().size() >= fillFrom;
        sourceSize = getSource().size();
        if (fill) {
            limit = firstRows;
        }
        beginChange();
        if (limited()) {
            // few items: report the whole (limited) list as replaced
            List<E> removed = shown;
            remember();
            if (!removed.isEmpty()) {
                nextRemove(0, removed);
            }
            if (size() > 0) {
                nextAdd(0, size());
            }
        } else {
            while (c.next()) {
                if (c.wasPermutated()) {
                    int[] perm = new int[c.getTo() - c.getFrom()];
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        perm[i - c.getFrom()] = c.getPermutation(i);
                    }
                    nextPermutation(c.getFrom(), c.getTo(), perm);
                } else if (c.wasUpdated()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        nextUpdate(i);
                    }
                } else {
                    if (c.wasRemoved()) {
                        nextRemove(c.getFrom(), c.getRemoved());
                    }
                    if (c.wasAdded()) {
                        nextAdd(c.getFrom(), c.getTo());
                    }
                }
            }
        }
        endChange();
        if (fill) {
            filled.run();
        }
    }

    @Override
    public int size() {
        return Math.min(limit, getSource().size());
    }

    @Override
    public E get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return getSource().get(index);
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index < size() ? index : -1;
    }
}
