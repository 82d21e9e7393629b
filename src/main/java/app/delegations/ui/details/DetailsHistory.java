package app.delegations.ui.details;

import app.delegations.model.Entity;
import app.delegations.ui.common.Selection;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Back and Forward through the links followed in the details, as in a browser. Only following a link is
 * recorded ({@link #follow}): choosing a row in a table or an item on the timeline is a new start, not a step
 * to retrace, and recording every selection change would make Back retrace table scrolling with the arrow keys.
 * What Back and Forward leave is the record shown at that moment, whoever selected it, so Forward returns to
 * it. A step that would show the record already shown is skipped. {@link #clear()} forgets both directions
 * (a new data set: the old records may no longer exist).
 */
public final class DetailsHistory {
    private final Selection selection;
    private final Deque<Entity> back = new ArrayDeque<>();
    private final Deque<Entity> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    public DetailsHistory(Selection selection) {
        this.selection = selection;
    }

    /** Selects the record a link points to, remembering the record shown so that Back returns to it. */
    public void follow(Entity target) {
        Entity now = selection.get();
        if (now != null && !now.equals(target)) {
            back.push(now);
            forward.clear();
        }
        selection.select(target);
        update();
    }

    /** Shows the record shown before the last link followed; nothing happens when there is none. */
    public void back() {
        step(back, forward);
    }

    /** Shows again the record Back left; nothing happens when there is none. */
    public void forward() {
        step(forward, back);
    }

    /** Forgets both directions. */
    public void clear() {
        back.clear();
        forward.clear();
        update();
    }

    /** True while {@link #back()} has a record to show. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** True while {@link #forward()} has a record to show. */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void step(Deque<Entity> from, Deque<Entity> to) {
        Entity now = selection.get();
        while (!from.isEmpty() && from.peek().equals(now)) {
            from.pop();
        }
        if (from.isEmpty()) {
            update();
            return;
        }
        if (now != null) {
            to.push(now);
        }
        selection.select(from.pop());
        update();
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }
}
