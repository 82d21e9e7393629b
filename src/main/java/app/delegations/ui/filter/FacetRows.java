package app.delegations.ui.filter;

import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.Pace;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.VBox;

/**
 * Shows facets in a box and makes their rows at the pace {@link Pace} sets: at once when they have up to
 * {@link Pace#FACET_ROWS_AT_ONCE} values in all, else {@link Pace#FACET_ROWS_PER_FRAME} per frame from the
 * next frame on (the frame with new data already styles and lays out the filled tables). A newer
 * {@link #show}, a {@link #clear} or {@link #dispose} stops the rows still to make for older facets.
 */
final class FacetRows {
    private final VBox box;
    private final Frames frames;
    private final List<Facet<?>> shown = new ArrayList<>();
    private final Newest runs = new Newest();

    FacetRows(VBox box, Frames frames) {
        this.box = box;
        this.frames = frames;
    }

    /** Replaces the facets shown by those of {@code facets} that have any value, in order. */
    void show(List<Facet<?>> facets) {
        clear();
        int rows = 0;
        for (Facet<?> f : facets) {
            if (f.size() == 0) {
                f.dispose();
                continue;
            }
            shown.add(f);
            box.getChildren().add(f.node());
            rows += f.size();
        }
        Newest.Ticket run = runs.next();
        if (rows <= Pace.FACET_ROWS_AT_ONCE) {
            addRows(run, Integer.MAX_VALUE, Frames.immediate());
        } else {
            frames.later(() -> addRows(run, Pace.FACET_ROWS_PER_FRAME, frames));
        }
    }

    /**
     * True when the facets shown are those of {@code facets} that have any value, each with the same values under
     * the same labels: new data that leaves them so needs only {@link #updateCounts}.
     */
    boolean showsAs(List<Facet<?>> facets) {
        List<Facet<?>> listed = facets.stream().filter(f -> f.size() > 0).toList();
        if (listed.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < listed.size(); i++) {
            if (!shown.get(i).showsAs(listed.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes every facet. */
    void clear() {
        runs.cancel();
        shown.forEach(Facet::dispose);
        shown.clear();
        box.getChildren().clear();
    }

    /** Shows the filter's current counts on every row made. */
    void updateCounts() {
        shown.forEach(Facet::updateCounts);
    }

    /** Stops making rows and following the filter. */
    void dispose() {
        runs.cancel();
        shown.forEach(Facet::dispose);
    }

    /** Makes up to {@code perFrame} rows, then asks {@code by} for the next batch until all are made. */
    private void addRows(Newest.Ticket run, int perFrame, Frames by) {
        if (!run.current()) {
            return;
        }
        int left = perFrame;
        for (Facet<?> f : shown) {
            left -= f.addRows(left);
            if (left == 0) {
                break;
            }
        }
        if (shown.stream().anyMatch(f -> !f.complete())) {
            by.later(() -> addRows(run, perFrame, by));
        }
    }
}
