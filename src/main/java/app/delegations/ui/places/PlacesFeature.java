package app.delegations.ui.places;

import app.delegations.model.Place;
import app.delegations.ui.common.NewRecordButton;
import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.scene.Node;

/**
 * The Places tab: its rows are made off the UI thread with the data (again on a language switch, since they
 * hold translated names) and reach the table in the frame after the filter's.
 */
public final class PlacesFeature implements ViewFeature {
    private final PlacesViewModel vm;
    private final Selection selection;
    private final DatasetStep<List<PlaceRow>> rows = new DatasetStep<>() {
        @Override
        public Phase phase() {
            return Phase.FIRST_VIEW;
        }

        @Override
        public List<PlaceRow> prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
            return PlaceRow.build(index, messages, checkpoint);
        }

        @Override
        public boolean followsLanguage() {
            return true;
        }

        @Override
        public void apply(DatasetIndex index, Messages messages, List<PlaceRow> prepared) {
            vm.setRows(index, prepared != null ? prepared : PlaceRow.build(index, messages));
        }

        @Override
        public Update<List<PlaceRow>> prepareUpdate(DatasetIndex before, List<PlaceRow> previous, DatasetIndex after,
                                                    Messages messages, Checkpoint checkpoint) {
            List<PlaceRow> made = PlaceRow.build(after, messages, checkpoint, previous == null ? List.of() : previous);
            if (previous == null) {
                return new Update<>(made, null);
            }
            RowPatch<PlaceRow> patch = RowPatch.between(previous, made, PlaceRow::id, PlaceRow::sameAs);
            return new Update<>(patch.rows(), () -> vm.patchRows(after, patch));
        }
    };
    private PlacesView view;

    public PlacesFeature(FilterModel filter, Selection selection) {
        this.vm = new PlacesViewModel(filter, selection);
        this.selection = selection;
    }

    public PlacesViewModel viewModel() {
        return vm;
    }

    /** The step that makes and applies the rows (its part of a snapshot is the rows). */
    public DatasetStep<List<PlaceRow>> rows() {
        return rows;
    }

    /** The view made last, or null (the smoke test counts its rows). */
    public PlacesView view() {
        return view;
    }

    @Override
    public String tabId() {
        return "tabPlaces";
    }

    @Override
    public String tabKey() {
        return "tab.places";
    }

    @Override
    public String menuId() {
        return "menuPlaces";
    }

    @Override
    public String menuKey() {
        return "menu.view.places";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Place.class;
    }

    @Override
    public Node create(ViewContext c) {
        view = new PlacesView(vm, selection, c.messages(), c.prefs(), p -> c.openDetails().run(), c.data(), c.frames());
        return NewRecordButton.above(view, c.records(), Place.class, c.messages());
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
        return List.of(rows);
    }
}
