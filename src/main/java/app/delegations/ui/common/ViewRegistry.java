package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The window's features, registered once in the composition root: the views in tab order, the pane on each side
 * of them, the window-wide {@link CommandFeature}s, and every feature's dataset steps. The tabs, their Ctrl+digit
 * shortcuts, the View menu, File › Export, the commands in the menus and the order in which new data reaches the
 * view models all come from this list.
 */
public final class ViewRegistry {
    private final List<ViewFeature> views = new ArrayList<>();
    private final List<DatasetStep<?>> steps = new ArrayList<>();
    private final List<CommandFeature> commands = new ArrayList<>();
    private Feature left;
    private Feature right;

    /** Adds a view as the next tab. */
    public ViewRegistry view(ViewFeature view) {
        views.add(view);
        steps.addAll(view.steps());
        return this;
    }

    /** The pane left of the views (the filters). */
    public ViewRegistry left(Feature pane) {
        left = pane;
        steps.addAll(pane.steps());
        return this;
    }

    /** The pane right of the views (the details), which the window can hide. */
    public ViewRegistry right(Feature pane) {
        right = pane;
        steps.addAll(pane.steps());
        return this;
    }

    /** A window-wide feature whose commands are in the menus whatever view is in front (the visit brief). */
    public ViewRegistry command(CommandFeature feature) {
        commands.add(feature);
        steps.addAll(feature.steps());
        return this;
    }

    /** The window-wide features, in the order registered. */
    public List<CommandFeature> commands() {
        return List.copyOf(commands);
    }

    /** The views in tab order. */
    public List<ViewFeature> views() {
        return List.copyOf(views);
    }

    public Feature left() {
        return left;
    }

    public Feature right() {
        return right;
    }

    /** Every dataset step, in the order they are applied: by phase, then in the order registered. */
    public List<DatasetStep<?>> steps() {
        return inOrder(steps);
    }

    /** The steps by phase, and in the order given within a phase. */
    public static List<DatasetStep<?>> inOrder(List<DatasetStep<?>> steps) {
        var ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(DatasetStep::phase)); // stable: the order given within a phase
        return List.copyOf(ordered);
    }
}
