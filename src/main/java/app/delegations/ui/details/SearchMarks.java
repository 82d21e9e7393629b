package app.delegations.ui.details;

import app.delegations.text.TextFold;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Marks the search words' matches in the detail pane's texts as the tables mark them (folded, as the filter
 * matches: {@link TextFold#matchRanges}), each match a {@code .match} label. A text with no match is left as it
 * is. A wrapped text gets a {@link TextFlow} ({@code .marked-text}, with the label's style classes) that
 * wraps as the label does, under the label itself, whose letters turn transparent ({@code .marked-source}): the
 * label keeps its place, id, text and what a screen reader reads. A one-line text (a link) keeps its node and
 * text and shows the marked runs as its graphic.
 */
final class SearchMarks {
    private final Supplier<List<String>> words;

    /** @param words the folded search words, asked each time a text is marked */
    SearchMarks(Supplier<List<String>> words) {
        this.words = words;
    }

    /** The label's text with its matches marked, wrapped as the label would wrap it; the label itself when none. */
    Node paragraph(Label label) {
        String s = label.getText();
        List<int[]> ranges = TextFold.matchRanges(s, words.get());
        if (ranges.isEmpty()) {
            return label;
        }
        var flow = new TextFlow();
        flow.getStyleClass().addAll(label.getStyleClass());
        flow.getStyleClass().add("marked-text");
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] > at) {
                flow.getChildren().add(rest(s.substring(at, r[0])));
            }
            flow.getChildren().add(match(s.substring(r[0], r[1])));
            at = r[1];
        }
        if (at < s.length()) {
            flow.getChildren().add(rest(s.substring(at)));
        }
        label.getStyleClass().add("marked-source");
        label.setMouseTransparent(true);
        var both = new StackPane(flow, label);
        both.setAlignment(Pos.TOP_LEFT);
        return both;
    }

    /** Marks the matches in a one-line text (a link) as its graphic; its text stays as it was. */
    <L extends Labeled> L line(L labeled) {
        String s = labeled.getText();
        List<int[]> ranges = TextFold.matchRanges(s, words.get());
        if (ranges.isEmpty()) {
            return labeled;
        }
        var runs = new HBox();
        runs.setAlignment(Pos.CENTER_LEFT);
        runs.getStyleClass().add("match-flow");
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] > at) {
                runs.getChildren().add(part(s.substring(at, r[0]), "match-rest"));
            }
            runs.getChildren().add(part(s.substring(r[0], r[1]), "match"));
            at = r[1];
        }
        if (at < s.length()) {
            runs.getChildren().add(part(s.substring(at), "match-rest"));
        }
        labeled.setGraphic(runs);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return labeled;
    }

    private static Text rest(String s) {
        var t = new Text(s);
        t.getStyleClass().add("marked-rest");
        return t;
    }

    private static Label match(String s) {
        return part(s, "match");
    }

    private static Label part(String s, String style) {
        var l = new Label(s);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
