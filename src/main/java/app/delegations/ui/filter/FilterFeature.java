package app.delegations.ui.filter;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.ViewContext;
import java.util.List;
import javafx.scene.Node;

/** The filter pane: it takes a new dataset first, since every view shows what the filter leaves of it. */
public final class FilterFeature implements Feature {
    private final FilterModel filter;
    private FilterView view;

    public FilterFeature(FilterModel filter) {
        this.filter = filter;
    }

    @Override
    public Node create(ViewContext c) {
        view = new FilterView(filter, c.messages(), c.frames());
        return view;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
            view = null;
        }
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(new DatasetStep<Void>() {
            @Override
            public Phase phase() {
                return Phase.FILTER;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, Void prepared) {
                filter.setIndex(index);
            }

            @Override
            public Update<Void> prepareUpdate(DatasetIndex before, Void previous, DatasetIndex after,
                                              Messages messages, Checkpoint checkpoint) {
                // the search, the date part and the counts on the new index are made here, off the UI thread
                FilterResult ready = filter.prepare(after);
                return new Update<>(null, () -> filter.updateIndex(after, ready));
            }
        });
    }
}
