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
 *
 * <p>Its labels are kept from one text to the next ({@link #show}): a cell that shows another row, or the same row
 * with other words marked, gives its labels new texts rather than being given new labels (each new label was made,
 * skinned and styled in the frame that showed it, for every marked cell of every row a search result changed). The
 * labels alternate between unmarked and marked, each keeping its style class, so a text is shown without restyling
 * any: a text that starts with a match starts at the first marked label. Labels not in the text shown are hidden.
 */
final class MatchRuns extends Region {
    /** The least room for a run's cut end to show its ellipsis; less, and the run before is cut instead. */
    static final double ELLIPSIS_ROOM = 14;

    /** The child of the first run shown: 0 (an unmarked run) or 1 (the text starts with a match). */
    private int first;
    /** How many runs the text shown has, from {@link #first}. */
    private int count;

    MatchRuns() {
        getStyleClass().add("match-flow");
    }

    /**
     * Shows {@code text} with {@code ranges} (each [start, end), in order, not touching) marked; no ranges: the
     * text unmarked. Makes labels only when the text has more runs than any it showed before.
     */
    void show(String text, List<int[]> ranges) {
        boolean startsMarked = !ranges.isEmpty() && ranges.get(0)[0] == 0;
        int runs = 0;
        int at = 0;
        int child = startsMarked ? 1 : 0;
        List<Node> labels = getChildren();
        for (int[] r : ranges) {
            if (r[0] > at) {
                setRun(labels, child++, text.substring(at, r[0]));
                runs++;
            }
            setRun(labels, child++, text.substring(r[0], r[1]));
            runs++;
            at = r[1];
        }
        if (at < text.length() || runs == 0) {
            setRun(labels, child++, text.substring(at));
            runs++;
        }
        first = startsMarked ? 1 : 0;
        count = runs;
        for (int i = 0; i < labels.size(); i++) { // the runs shown are made visible as they are laid out
            if (i < first || i >= first + count) {
                labels.get(i).setVisible(false);
            }
        }
        requestLayout();
    }

    /** Shows no text: every run hidden. */
    void clear() {
        count = 0;
        for (Node n : getChildren()) {
            n.setVisible(false);
        }
    }

    /** The label at {@code child} (made, with the unmarked one before it, if the runs never reached it) shows {@code s}. */
    private static void setRun(List<Node> labels, int child, String s) {
        while (labels.size() <= child) {
            labels.add(run(labels.size() % 2 == 1));
        }
        ((Label) labels.get(child)).setText(s);
    }

    private static Label run(boolean match) {
        var t = new Label();
        t.getStyleClass().add(match ? "match" : "match-rest");
        t.setMinWidth(0); // MatchRuns cuts the run at the column's edge: it ends in "…"
        t.setVisible(false);
        return t;
    }

    /** The runs of the text shown, in order. */
    private List<Node> shown() {
        return getChildren().subList(first, first + count);
    }

    /** True when the runs do not all fit whole: a run ends in an ellipsis or is hidden. */
    boolean cut() {
        return prefWidth(-1) > getWidth() + 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : shown()) {
            w += n.prefWidth(-1);
        }
        Insets in = getInsets();
        return w + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : shown()) {
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
        Node previous = null;
        double previousX = 0;
        boolean full = false;
        for (Node run : shown()) {
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
