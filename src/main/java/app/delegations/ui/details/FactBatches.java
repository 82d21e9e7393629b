package app.delegations.ui.details;

import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Fact;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;

/**
 * A section's facts laid out a batch at a time: the first {@link #FIRST}, then up to {@link #MORE} more for each
 * press of the link that ends the batch ("Show 100 more of 837"). A country with hundreds of places, or a place with
 * hundreds of meetings, thus puts a bounded number of nodes in the pane, which is laid out again whenever the
 * window is; the officer still reaches every fact.
 */
final class FactBatches {
    static final int FIRST = 50;
    static final int MORE = 100;

    private FactBatches() {
    }

    /** Adds the first batch of {@code facts} to {@code box}, made by {@code fact}, and the link to the next. */
    static void fill(VBox box, String sectionId, List<Fact> facts, Function<Fact, Node> fact, Messages m) {
        add(box, sectionId, facts, 0, FIRST, fact, m);
    }

    /** Adds facts {@code from} … {@code from + count - 1}, then the link to the next batch, which it returns (null: none). */
    private static Hyperlink add(VBox box, String sectionId, List<Fact> facts, int from, int count,
                                 Function<Fact, Node> fact, Messages m) {
        int to = Math.min(facts.size(), from + count);
        for (int i = from; i < to; i++) {
            box.getChildren().add(fact.apply(facts.get(i)));
        }
        if (to == facts.size()) {
            return null;
        }
        int next = Math.min(MORE, facts.size() - to);
        var more = new Hyperlink(m.count("details.more", next, next, facts.size()));
        more.setId("details-more-" + sectionId);
        more.getStyleClass().add("details-more");
        more.setMnemonicParsing(false);
        more.setOnAction(e -> {
            box.getChildren().remove(more);
            Hyperlink further = add(box, sectionId, facts, to, MORE, fact, m);
            if (further != null) {
                further.requestFocus(); // the keyboard stays on the link, now further down
            }
        });
        box.getChildren().add(more);
        return more;
    }
}
