package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.Pace;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pane beside the tables ({@code #filterView}): a header with the "Clear filters" button
 * ({@code #clearFilters}, enabled while the filter is active) above the date range ({@link DateRangeView}) and
 * the {@link Facets}, each value with what choosing it would leave. The facets follow the filter's data: a
 * small dataset's are made in the frame it arrives in; a large one's ({@link Pace#spreads}) are removed in that
 * frame and made in a later one, their rows paced by {@link FacetRows}. The old data's values never show with
 * the new data's counts.
 */
public final class FilterView extends ScrollPane {
    private final FilterModel filter;
    private final Facets facets;
    private final FacetRows rows;
    private final DateRangeView dates;
    private final Frames frames;
    private final Listeners listeners = new Listeners();
    /** A deferred rebuild for large data runs only while no newer data came and the view is shown. */
    private final Newest rebuilds = new Newest();
    /** The index whose facets are shown or about to be made. */
    private DatasetIndex shown;

    public FilterView(FilterModel filter, Messages messages) {
        this(filter, messages, Frames.immediate());
    }

    /** @param frames spreads the making of the facets' rows over frames */
    public FilterView(FilterModel filter, Messages messages, Frames frames) {
        this.filter = filter;
        this.frames = frames;
        this.facets = new Facets(filter, messages);
        setId("filterView");
        getStyleClass().add("filter-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        var box = new VBox();
        box.getStyleClass().add("facets");
        this.rows = new FacetRows(box, frames);
        this.dates = new DateRangeView(filter, messages);
        var content = new VBox(header(filter, messages), dates, box);
        content.getStyleClass().add("filter-content");
        setContent(content);

        shown = filter.index();
        rows.show(facets.of(shown));
        // new data changes the counts too (they are new objects on every recompute): one listener sees both
        listeners.onChange(filter.countsProperty(), (o, a, b) -> {
            if (filter.index() != shown) {
                onNewIndex(filter.index());
            } else {
                rows.updateCounts();
            }
        });
    }

    public void dispose() {
        rebuilds.cancel(); // facets still waiting for a frame are not made for a view no longer shown
        listeners.dispose();
        dates.dispose();
        rows.dispose();
    }

    private static HBox header(FilterModel filter, Messages m) {
        var title = new Label(m.get("filter.title"));
        title.getStyleClass().add("pane-title");
        var clear = new Button(m.get("filter.clear"));
        clear.setId("clearFilters");
        clear.setMnemonicParsing(false);
        clear.getStyleClass().addAll("small", "flat", "accent");
        clear.setOnAction(e -> filter.clearChosen()); // the search stays: it is not one of the filters
        clear.disableProperty().bind(filter.chosenProperty().not());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(6, title, spacer, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("filter-header");
        return header;
    }

    /**
     * New data whose facets have the values and labels shown (an update of one record, mostly) keeps the rows and
     * shows the new counts; other large new data's facets are made in a frame after the one the filter takes the
     * data in.
     */
    private void onNewIndex(DatasetIndex index) {
        shown = index;
        List<Facet<?>> next = facets.of(index);
        if (rows.showsAs(next)) {
            next.forEach(Facet::dispose);
            rows.updateCounts();
            return;
        }
        if (!Pace.spreads(index.placesAndEvents())) {
            rebuilds.cancel();
            rows.show(next);
            return;
        }
        rows.clear(); // not the old data's values with the new data's counts, even for one frame
        Newest.Ticket run = rebuilds.next();
        frames.later(() -> {
            if (run.current()) {
                rows.show(next);
            } else {
                next.forEach(Facet::dispose);
            }
        });
    }
}
