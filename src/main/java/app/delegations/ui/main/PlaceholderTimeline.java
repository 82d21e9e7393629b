package app.delegations.ui.main;

import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import javafx.scene.Node;

/** Stands in for the timeline view until it is part of the build. */
public final class PlaceholderTimeline implements MainWindow.TimelineSlot {
    @Override
    public Node create(Messages messages) {
        Node n = EmptyState.message(messages.get("tab.timeline.unavailable"), messages.get("tab.timeline.unavailable.hint"));
        n.setId("timelinePlaceholder");
        return n;
    }

    @Override
    public void dispose() {
    }

    @Override
    public boolean canExport() {
        return false;
    }

    @Override
    public void export() {
    }
}
