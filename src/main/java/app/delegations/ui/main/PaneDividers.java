package app.delegations.ui.main;

import app.delegations.ui.common.AppPreferences;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Left pane | centre | right pane, the side panes keeping their width when the window resizes; the right pane
 * can be hidden and shown again; the dividers are remembered.
 */
final class PaneDividers {
    private final AppPreferences prefs;
    private final SplitPane split = new SplitPane();
    private final Node right;

    PaneDividers(AppPreferences prefs, Node left, Node centre, Node right) {
        this.prefs = prefs;
        this.right = right;
        split.setId("mainSplit");
        split.getItems().addAll(left, centre, right);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        split.setDividerPositions(dividers());
    }

    SplitPane split() {
        return split;
    }

    void setRightShown(boolean shown) {
        if (shown && !split.getItems().contains(right)) {
            split.getItems().add(right);
            split.setDividerPositions(dividers());
        } else if (!shown && split.getItems().contains(right)) {
            save();
            split.getItems().remove(right);
            split.setDividerPositions(dividers()[0]);
        }
    }

    /**
     * Takes the panes out of the split and gives the steps that put each back, in order, the dividers where they
     * were once all are back ({@link MainWindow#takenApart}).
     */
    List<Runnable> takenApart() {
        List<Node> items = List.copyOf(split.getItems());
        double[] positions = split.getDividerPositions();
        split.getItems().clear();
        return items.stream().<Runnable>map(item -> () -> {
            split.getItems().add(item);
            split.setDividerPositions(Arrays.copyOf(positions, split.getItems().size() - 1));
        }).toList();
    }

    /** Remembers the dividers (both: call while the right pane is shown). */
    void save() {
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            prefs.setDividers(d[0], d[1]);
        }
    }

    private double[] dividers() {
        return prefs.dividers().orElse(new double[] {0.185, 0.77});
    }
}
