package app.delegations.ui.map;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PngExport;
import app.delegations.ui.common.ReadiedAhead;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ShownPicture;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/**
 * The Map tab: the places with coordinates that the filter leaves, on the country outlines of Natural Earth
 * (bundled, read once off the UI thread with the first data), in sync with the selection both ways; its colours
 * follow the theme; it exports itself as PNG. Its places are made off the UI thread with the data (again on a
 * language switch, since they hold translated names); an update of the data changes only the markers of the places
 * that changed, the view staying where it is. Its view is readied ahead of its first showing ({@link ReadiedAhead}:
 * with large data, at rest, out of sight, a step a frame): its first showing then draws what is ready.
 */
public final class MapFeature implements ViewFeature, ReadiedAhead {
    private final MapViewModel vm;
    private final Export png;
    private double pictureScale = MapView.SCALE;
    private final BooleanBinding canExport;
    private final ShownPicture<MapView> shown = new ShownPicture<>("the map", MapView::setDark);
    private final DatasetStep<Prepared> places = new DatasetStep<>() {
        @Override
        public Phase phase() {
            return Phase.VIEWS;
        }

        @Override
        public Prepared prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
            return new Prepared(outlines(), MapPlace.build(index, messages, checkpoint));
        }

        @Override
        public boolean followsLanguage() {
            return true;
        }

        @Override
        public void apply(DatasetIndex index, Messages messages, Prepared prepared) {
            Prepared p = prepared != null ? prepared
                    : new Prepared(outlines(), MapPlace.build(index, messages, Checkpoint.NONE));
            if (index == shownIndex) {
                vm.setNames(p.places()); // a language switch: the same places, where they were
            } else {
                shownIndex = index;
                vm.setData(p.outlines(), p.places());
            }
        }

        @Override
        public Update<Prepared> prepareUpdate(DatasetIndex before, Prepared previous, DatasetIndex after,
                                              Messages messages, Checkpoint checkpoint) {
            if (previous == null) {
                return new Update<>(new Prepared(outlines(), MapPlace.build(after, messages, checkpoint)), null);
            }
            List<MapPlace> made = MapPlace.build(after, messages, checkpoint, previous.places());
            RowPatch<MapPlace> change = RowPatch.between(previous.places(), made, MapPlace::id, MapPlace::sameAs);
            return new Update<>(new Prepared(previous.outlines(), change.rows()), () -> {
                shownIndex = after;
                vm.patch(change);
            });
        }
    };
    private WorldOutlines outlines;
    private DatasetIndex shownIndex;

    /** What the step makes off the UI thread: the outlines (read with the first data) and the places. */
    private record Prepared(WorldOutlines outlines, List<MapPlace> places) {
    }

    public MapFeature(FilterModel filter, Selection selection) {
        this.vm = new MapViewModel(filter, selection);
        canExport = Bindings.createBooleanBinding(() -> vm.shownCountProperty().get() > 0, vm.shownCountProperty());
        png = new PngExport("menuExportMap", "map.export.menu", "map.export.title", "map.export.failed",
                this::exportName, canExport, shown.png(MapView::exportPng),
                () -> shown.view() == null ? null : shown.view().picture());
    }

    /**
     * The exported picture's pixels per pixel of the map's view: 2 unless told otherwise (fine enough to print);
     * 1 gives the screen's pixels, which a test compares with the map shown.
     */
    public void setPictureScale(double scale) {
        pictureScale = scale;
        if (shown.view() != null) {
            shown.view().setPictureScale(scale);
        }
    }

    public MapViewModel viewModel() {
        return vm;
    }

    /** The bundled outlines, read on first use (on the loader thread, with the first data). */
    private synchronized WorldOutlines outlines() {
        if (outlines == null) {
            outlines = WorldOutlines.bundled();
        }
        return outlines;
    }

    @Override
    public String tabId() {
        return "tabMap";
    }

    @Override
    public String tabKey() {
        return "tab.map";
    }

    @Override
    public String menuId() {
        return "menuMap";
    }

    @Override
    public String menuKey() {
        return "menu.view.map";
    }

    @Override
    public Node create(ViewContext c) {
        var view = new MapView(vm, vm.filter(), c.messages(), c.data(), () -> c.exports().run(png));
        view.setOnOpen(() -> c.openDetails().run());
        view.setPictureScale(pictureScale);
        return shown.show(view, c.theme());
    }

    @Override
    public boolean readyNext(Node view) {
        return ((MapView) view).readyNext();
    }

    @Override
    public void readyNow(Node view) {
        ((MapView) view).readyNow();
    }

    @Override
    public void dispose() {
        shown.dispose(MapView::dispose);
    }

    @Override
    public List<List<String>> keys(Messages m) {
        return Feature.section(m.get("map.key.section"), MapKeys.rows(m));
    }

    @Override
    public Optional<Export> export() {
        return Optional.of(png);
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(places);
    }
}
