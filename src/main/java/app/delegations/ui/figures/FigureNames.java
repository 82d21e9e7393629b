package app.delegations.ui.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The names a figure's axis writes beside its bars, each on one line of at most {@link #LABEL} pixels of the axis's
 * font: a longer name is cut and ends with "…", so that a 96-character place name leaves the bars, the value axis
 * and every other name their room, on screen and in the PNG alike (the same width in both). Names that fit are
 * written as they are; two names cut alike are told apart by a number ("… (2)"), so that each keeps its own bar.
 * A cut name shows whole in a tooltip on its label, and every label's accessible text is its whole name; the table
 * beside the chart has it whole too.
 */
final class FigureNames {
    /** The most a name may take on the axis, in pixels: about 30 characters of the axis's font. */
    static final double LABEL = 200;
    /** What ends a cut name. */
    static final String ELLIPSIS = "…";
    private static final String TIP = "figures.wholeName";

    private final CategoryAxis axis;
    private final Text measure = new Text();
    /** The whole name of each name written, cut or not. */
    private final Map<String, String> wholes = new HashMap<>();

    FigureNames(CategoryAxis axis) {
        this.axis = axis;
        axis.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                for (Node n : c.getAddedSubList()) {
                    if (n instanceof Text label) {
                        label.textProperty().addListener((o, a, b) -> describe(label));
                        describe(label);
                    }
                }
            }
        });
    }

    /** What the axis writes for each of {@code names}, in their order, each distinct; remembers their whole names. */
    List<String> written(List<String> names) {
        wholes.clear();
        Font font = axis.getTickLabelFont();
        var out = new ArrayList<String>(names.size());
        Set<String> taken = new HashSet<>(names); // a name written whole is never taken by a cut one
        for (String name : names) {
            String shown = cut(name, font);
            if (!shown.equals(name)) {
                String first = shown;
                for (int n = 2; taken.contains(shown); n++) {
                    shown = numbered(first, n, font);
                }
                taken.add(shown);
            }
            wholes.put(shown, name);
            out.add(shown);
        }
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof Text label) {
                describe(label);
            }
        }
        return out;
    }

    /** {@code name} whole if it fits in {@link #LABEL} pixels of {@code font}, else its longest start that fits, with "…". */
    String cut(String name, Font font) {
        measure.setFont(font);
        return width(name) <= LABEL ? name : fit(name, "");
    }

    /** The {@code n}th name cut as {@code first}: cut shorter to make room for " (n)". */
    private String numbered(String first, int n, Font font) {
        measure.setFont(font);
        return fit(first.substring(0, first.length() - ELLIPSIS.length()), " (" + n + ")");
    }

    /** The longest start of {@code name} that fits with "…" and {@code tail}, searched by halves. */
    private String fit(String name, String tail) {
        int fits = 0;
        int over = name.length();
        while (over - fits > 1) {
            int mid = (fits + over) >>> 1;
            if (width(start(name, mid) + tail) <= LABEL) {
                fits = mid;
            } else {
                over = mid;
            }
        }
        return start(name, fits) + tail;
    }

    private static String start(String name, int length) {
        int end = length;
        if (end > 0 && Character.isHighSurrogate(name.charAt(end - 1))) {
            end--; // never half a character
        }
        return name.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** Gives {@code label} its whole name: as its accessible text, and in a tooltip when it is cut. */
    private void describe(Text label) {
        String whole = wholes.get(label.getText());
        if (whole == null) {
            return;
        }
        label.setAccessibleText(whole);
        Object had = label.getProperties().get(TIP);
        if (had instanceof Tooltip t) {
            if (whole.equals(label.getText())) {
                Tooltip.uninstall(label, t);
                label.getProperties().remove(TIP);
            } else {
                t.setText(whole);
            }
        } else if (!whole.equals(label.getText())) {
            var t = new Tooltip(whole);
            t.setShowDelay(Duration.millis(300));
            t.setWrapText(true);
            t.setMaxWidth(480);
            Tooltip.install(label, t);
            label.getProperties().put(TIP, t);
        }
    }
}
