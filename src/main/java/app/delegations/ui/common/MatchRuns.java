package app.delegations.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * One line of a cell's text as runs (the search's matches marked, {@link HighlightCell}), cut as a label cuts its
 * text: when the runs are wider than the line, they keep their order from the left, the run that crosses the right
 * edge ends in an ellipsis and the runs after it are hidden; never a run cut flat at the edge without its ellipsis
 * (which would read as a whole, different name). Its minimum width is none: the column decides.
 */
final class MatchRuns extends Region {
    /** The least room for a run's cut end to show its ellipsis; less, and the run before is cut instead. */
    static final double ELLIPSIS_ROOM = 14;

    MatchRuns(List<Label> runs) {
        getStyleClass().add("match-flow");
        getChildren().setAll(runs);
    }

    /** True when the runs do not all fit whole: a run ends in an ellipsis or is hidden. */
    boolean cut() {
        return prefWidth(-1) > getWidth() + 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : getChildren()) {
            w += n.prefWidth(-1);
        }
        Insets in = getInsets();
        return w + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : getChildren()) {
            h = Math.max(h, n.prefHeight(-1));
        }
        Insets in = getInsets();
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double end = getWidth() - in.getRight();
        double top = in.getTop();
        double height = getHeight() - top - in.getBottom();
        double x = in.getLeft();
        List<Node> runs = getChildren();
        Node previous = null;
        double previousX = 0;
        boolean full = false;
        for (Node run : runs) {
            if (full) {
                run.setVisible(false);
                continue;
            }
            double w = run.prefWidth(-1);
            double h = Math.min(run.prefHeight(-1), height);
            double room = end - x;
            if (w <= room + 0.5) {
                place(run, x, top, w, h, height);
                previous = run;
                previousX = x;
                x += w;
                continue;
            }
            full = true;
            if (room >= ELLIPSIS_ROOM || previous == null) {
                place(run, x, top, Math.max(0, room), h, height); // narrower than its text: it ends in "…"
            } else {
                run.setVisible(false); // too little room for "…": the run before ends in it instead
                place(previous, previousX, top, previous.prefWidth(-1) - 1, Math.min(previous.prefHeight(-1), height),
                        height);
            }
        }
    }

    private static void place(Node run, double x, double top, double w, double h, double height) {
        run.setVisible(true);
        run.resizeRelocate(x, top + (height - h) / 2, w, h);
    }
}
