package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The first {@link #limit} items of a list (all of them without a limit), passing its changes on. A table
 * given many more rows than it showed makes, styles and lays out the cells of every row it can show in one
 * frame; on this list it can be shown a few more rows per frame instead: {@link #onGrowth} limits the list
 * when its source grows past the most items shown so far, and whoever it tells raises the limit frame by
 * frame ({@link #limit(int)}) and lifts it ({@link #unlimit()}).
 */
public final class RevealList<E> extends TransformationList<E, E> {
    private int limit = Integer.MAX_VALUE;
    /**
     * The items shown, while limited or while fewer than {@link Growth#from} (what a change reports as removed
     * when it limits the list); null otherwise.
     */
    private List<E> shown;
    /** The most items shown at once so far. */
    private int shownMost;
    /** When a growth is held back; null until {@link #onGrowth}. */
    private Growth growth;

    /**
     * When a growing source is held back, and who is told. A change is held back when it makes the source at
     * least {@code from} items long and more than {@code step} longer than the most items shown so far, while
     * that most is below {@code enough}: the list then shows only {@code step} more than that most and, after
     * passing the change on, runs {@code held} (which raises the limit later).
     *
     * @param from   the source's size from which a growth may be held back
     * @param step   the items shown beyond the most shown so far
     * @param enough the most items shown from which nothing is held back any more (e.g. a screenful)
     * @param held   told that the list was limited
     */
    public record Growth(int from, int step, IntSupplier enough, Runnable held) {
    }

    public RevealList(ObservableList<E> source) {
        super(source);
        remember();
    }

    /** Holds back the source's growth as {@code growth} says. */
    public void onGrowth(Growth growth) {
        this.growth = growth;
        remember();
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
        List<? extends E> was = shown != null ? shown : getSource();
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
        shownMost = Math.max(shownMost, size());
        shown = limited() || size() < growFrom() ? new ArrayList<>(getSource().subList(0, size())) : null;
    }

    private int growFrom() {
        return growth == null ? Integer.MAX_VALUE : growth.from();
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> c) {
        int size = getSource().size();
        // what was shown before is known when it was short (fewer than growth.from), which it is when it grows
        boolean grow = growth != null && !limited() && shown != null && size >= growth.from()
                && size > shownMost + growth.step() && shownMost < growth.enough().getAsInt();
        if (grow) {
            // rows already shown first, with the new items (a table rebinds every cell when its items are
            // replaced); the new rows come after, added at the end (a table only makes the cells they need)
            limit = shownMost > 0 ? shownMost : growth.step();
        }
        beginChange();
        if (limited()) {
            // few items: report the whole (limited) list as replaced
            List<E> removed = shown;
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
        remember();
        endChange();
        if (grow) {
            growth.held().run();
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
