package app.delegations.ui.common;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The one line above a table, the same in every table view: at its start the legend that says what the rows are
 * narrowed to or what their highlight means (while there is one), at its end what the window adds there (the
 * "+ New place" of {@link NewRecordButton}). The line takes no height while nothing in it is shown, and has the
 * legend's look (pseudo-class {@code :legend}) while the legend is shown, so that the legend stands directly
 * above the table and the "+ New" button in the same place in every table view.
 */
public final class TableBar {
    private static final PseudoClass LEGEND = PseudoClass.getPseudoClass("legend");

    private final HBox bar = new HBox(8);
    private final VBox box;
    private final Node legend;
    private final InvalidationListener check = o -> check();

    /**
     * @param table  the table, under the line, taking the height left
     * @param legend the legend (shown and hidden by its view, managed with it), or null for none
     */
    public TableBar(Node table, Node legend) {
        this.legend = legend;
        bar.getStyleClass().add("table-bar");
        bar.getProperties().put(TableBar.class, this); // found by in(Node)
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(n -> n.visibleProperty().addListener(check));
                c.getRemoved().forEach(n -> n.visibleProperty().removeListener(check));
            }
            check();
        });
        if (legend != null) {
            HBox.setHgrow(legend, Priority.ALWAYS); // the legend fills the line; without it the rest is at its end
            bar.getChildren().add(legend);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        box = new VBox(bar, table);
        box.setFillWidth(true);
    }

    /** The {@link TableBar} in {@code view} (a view's node), if it has one: where the window puts "+ New". */
    public static Optional<TableBar> in(Node view) {
        return view.lookup(".table-bar") instanceof HBox b && b.getProperties().get(TableBar.class) instanceof TableBar t
                ? Optional.of(t) : Optional.empty();
    }

    /** The line above the table and the table. */
    public Node node() {
        return box;
    }

    /** Puts {@code node} at the end of the line. */
    public void end(Node node) {
        bar.getChildren().add(node);
    }

    private void check() {
        boolean any = bar.getChildren().stream().anyMatch(Node::isVisible);
        bar.setVisible(any);
        bar.setManaged(any);
        bar.pseudoClassStateChanged(LEGEND, legend != null && legend.isVisible());
    }
}
