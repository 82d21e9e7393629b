package app.delegations.ui.source;

import app.delegations.ui.source.SourceViewModel.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A source text with its passages marked: each passage is a bold {@link Text} run and, behind it, a
 * highlight {@link Path} that is a child of this same flow. The highlights are re-shaped at the end of every
 * layout pass of the flow, so they lie on the passages' characters whatever changed the layout (a new
 * width, wrapping, font, theme or language; the view being shown after a change made while it was hidden).
 * They are unmanaged, so the text layout ignores them.
 */
final class PassageFlow extends TextFlow {
    /** A highlight is on its passage when its edges are this close to the passage's characters' box. */
    private static final double TOLERANCE = 2;

    private final List<Text> runs = new ArrayList<>();
    private final List<Path> marks = new ArrayList<>();
    private List<Passage> passages = List.of();
    private Runnable afterLayout = () -> { };

    PassageFlow() {
        setId("sourceText");
        getStyleClass().add("source-text");
    }

    /** Shows {@code text} with the {@code passages} (in text order, not overlapping, within the text) marked. */
    void show(String text, List<Passage> passages) {
        this.passages = List.copyOf(passages);
        runs.clear();
        marks.clear();
        var texts = new ArrayList<Node>();
        int at = 0;
        for (Passage p : this.passages) {
            if (p.start() > at) {
                texts.add(plain(text.substring(at, p.start())));
            }
            var run = new Text(text.substring(p.start(), p.end()));
            run.getStyleClass().addAll("passage", p.inferred() ? "passage-inferred" : "passage-stated");
            runs.add(run);
            texts.add(run);
            var mark = new Path();
            mark.getStyleClass().add("source-mark");
            mark.setManaged(false);
            marks.add(mark);
            at = p.end();
        }
        if (at < text.length()) {
            texts.add(plain(text.substring(at)));
        }
        var children = new ArrayList<Node>(marks); // first, so drawn behind the text
        children.addAll(texts);
        getChildren().setAll(children);
    }

    /** Removes the text and its marks. */
    void clear() {
        passages = List.of();
        runs.clear();
        marks.clear();
        getChildren().clear();
    }

    /** Runs after every layout pass, once the highlights are in place (e.g. to scroll to a passage). */
    void setAfterLayout(Runnable afterLayout) {
        this.afterLayout = afterLayout;
    }

    /** The box of the characters [start, end) in this flow's coordinates, as of the last layout. */
    Bounds rangeBounds(int start, int end) {
        Insets in = getInsets();
        return new Path(shifted(rangeShape(start, end), in.getLeft(), in.getTop())).getLayoutBounds();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // rangeShape is in the coordinates of the text inside the padding (JavaFX 21): shift by the insets
        Insets in = getInsets();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            Path mark = marks.get(i);
            mark.getElements().setAll(shifted(rangeShape(p.start(), p.end()), in.getLeft(), in.getTop()));
        }
        afterLayout.run();
    }

    /**
     * Each passage whose highlight does not lie on its characters, described; empty when every highlight does.
     * Compared in scene coordinates: the highlight's box against the box of the passage's text run.
     */
    List<String> mismatches() {
        var out = new ArrayList<String>();
        for (int i = 0; i < passages.size(); i++) {
            Text run = runs.get(i);
            Path mark = marks.get(i);
            Bounds chars = run.localToScene(run.getLayoutBounds());
            Bounds lit = mark.localToScene(mark.getLayoutBounds());
            double spacing = getLineSpacing();
            boolean on = Math.abs(chars.getMinX() - lit.getMinX()) <= TOLERANCE
                    && Math.abs(chars.getMaxX() - lit.getMaxX()) <= TOLERANCE
                    && Math.abs(chars.getMinY() - lit.getMinY()) <= TOLERANCE
                    && Math.abs(chars.getMaxY() - lit.getMaxY()) <= TOLERANCE + spacing;
            if (!on || mark.getElements().isEmpty()) {
                out.add("passage [" + passages.get(i).start() + ", " + passages.get(i).end() + ") \""
                        + abbreviate(run.getText()) + "\": characters at " + box(chars) + ", highlight at " + box(lit));
            }
        }
        return out;
    }

    private static List<PathElement> shifted(PathElement[] shape, double dx, double dy) {
        var out = new ArrayList<PathElement>(shape.length);
        for (PathElement e : shape) {
            if (e instanceof MoveTo m) {
                out.add(new MoveTo(m.getX() + dx, m.getY() + dy));
            } else if (e instanceof LineTo l) {
                out.add(new LineTo(l.getX() + dx, l.getY() + dy));
            }
        }
        return out;
    }

    private static Text plain(String s) {
        var t = new Text(s);
        t.getStyleClass().add("source-plain");
        return t;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String box(Bounds b) {
        return String.format(Locale.ROOT, "(%.1f, %.1f)-(%.1f, %.1f)", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
