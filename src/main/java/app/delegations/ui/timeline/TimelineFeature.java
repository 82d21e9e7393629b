package app.delegations.ui.timeline;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PngExport;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ShownPicture;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterInWords;
import app.delegations.ui.filter.FilterModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The Timeline tab: a {@link TimelineView} on the long-lived {@link TimelineViewModel}, showing the events of the
 * places the filter leaves, highlighting the selection's events (Kraków: its two presentations) and sharing the
 * selection both ways; its colours follow the theme; it exports itself as PNG. Its layout of every event (what it
 * shows with the filter off) is made with the data, on the loader thread: laid out on the timeline's own thread
 * while the window takes the new data, it took a core from the UI thread's frames. It takes the data last.
 */
public final class TimelineFeature implements ViewFeature {
    private final TimelineViewModel vm;
    private final FilterModel filter;
    private final Selection selection;
    private final ShownPicture<TimelineView> shown = new ShownPicture<>("the timeline", TimelineView::setDark);
    private final BooleanBinding canExport;
    private final Export png;
    private final DatasetStep<TimelineLayout> layout = new DatasetStep<>() {
        @Override
        public Phase phase() {
            return Phase.LAST;
        }

        @Override
        public TimelineLayout prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
            return TimelineLayout.of(index.dataset(), null, checkpoint);
        }

        @Override
        public void apply(DatasetIndex newIndex, Messages messages, TimelineLayout everyEvent) {
            index = newIndex;
            vm.localeProperty().set(messages.locale());
            // laid out with the data, off the UI thread, for the filter off (the usual case)
            vm.setDataset(newIndex.dataset(), filter.activeProperty().get() ? null : everyEvent);
            highlightSelection();
        }
    };
    private DatasetIndex index = DatasetIndex.empty();
    private boolean syncing;

    public TimelineFeature(TimelineViewModel vm, FilterModel filter, Selection selection) {
        this.vm = vm;
        this.filter = filter;
        this.selection = selection;
        canExport = Bindings.createBooleanBinding(() -> !vm.getLayout().isEmpty(), vm.layoutProperty());
        png = new PngExport("menuExportTimeline", "menu.file.export", "dialog.png.title", "dialog.png.failed",
                this::exportName, canExport, shown.png(TimelineView::exportPng),
                () -> shown.view() == null ? null : shown.view().picture());
        vm.eventFilterProperty().bind(filter.eventPredicateProperty());
        selection.selectedProperty().addListener((o, a, b) -> highlightSelection());
        vm.selectedEventProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                selection.select(b);
            }
        });
        selection.selectedProperty().addListener((o, a, b) -> {
            syncing = true;
            try {
                vm.selectedEventProperty().set(b instanceof Event e ? e : null);
            } finally {
                syncing = false;
            }
        });
    }

    public TimelineViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabTimeline";
    }

    @Override
    public String tabKey() {
        return "tab.timeline";
    }

    @Override
    public String menuId() {
        return "menuTimeline";
    }

    @Override
    public String menuKey() {
        return "menu.view.timeline";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Event.class;
    }

    @Override
    public Node create(ViewContext c) {
        var view = new TimelineView(vm, c.messages().bundle());
        view.setId("timelineView");
        view.onExportProperty().set(() -> c.exports().run(png));
        view.setPictureLine(() -> new FilterInWords(filter).pictureLine(c.messages()));
        vm.onOpenDetailsProperty().set(e -> {
            selection.select(e);
            c.openDetails().run();
        });
        shown.show(view, c.theme());
        Node empty = EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                filter.activeProperty(), filter.chosenProperty(),
                filter::clear), c.messages(), "events", c.data()); // the Events view's words
        empty.setId("timelineEmpty");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.getLayout().isEmpty(),
                vm.layoutProperty()));
        return new StackPane(view, empty) {
            @Override
            public void requestFocus() {
                view.requestFocus(); // Ctrl+3 focuses the timeline as before, not the pane around it
            }
        };
    }

    @Override
    public void dispose() {
        vm.onOpenDetailsProperty().set(null);
        shown.dispose(TimelineView::dispose);
    }

    @Override
    public List<List<String>> keys(Messages m) {
        return Feature.section(m.get("dialog.shortcuts.section.timeline"), TimelineKeys.rows(m));
    }

    @Override
    public Optional<Export> export() {
        return Optional.of(png);
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(layout);
    }

    /** The step that lays out every event with the data (its part of a snapshot is that layout). */
    public DatasetStep<TimelineLayout> layout() {
        return layout;
    }

    /** Highlights the events of the selected place or country. */
    private void highlightSelection() {
        Entity r = selection.get();
        var ids = new LinkedHashSet<String>();
        if (r instanceof Place p) {
            ids.addAll(index.mostSpecificEvents(p.id()));
        } else if (r instanceof Country c) {
            for (PlaceEntry e : index.entries()) {
                if (e.place().country().equals(c.code())) {
                    ids.addAll(index.mostSpecificEvents(e.id()));
                }
            }
        }
        vm.highlightedEventIdsProperty().set(Set.copyOf(ids));
    }
}
