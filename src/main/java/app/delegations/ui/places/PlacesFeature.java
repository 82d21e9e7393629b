package app.delegations.ui.places;

import app.delegations.model.Place;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.DatasetStep.Phase;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import java.util.List;

/**
 * The Places tab: its rows are made off the UI thread with the data (again on a language switch, since they
 * hold translated names) and reach the table in the frame after the filter's (the window opens on it).
 */
public final class PlacesFeature extends TableFeature<PlacesViewModel, List<PlaceRow>, PlacesView> {
    private static final Names NAMES = new Names("tabPlaces", "tab.places", "menuPlaces", "menu.view.places");

    private final Selection selection;

    public PlacesFeature(FilterModel filter, Selection selection) {
        super(NAMES, Place.class, new PlacesViewModel(filter, selection), vm -> DatasetStep.rows(Phase.FIRST_VIEW,
                PlaceRow::build, (before, previous, after, m, cp) -> PlaceRow.build(after, m, cp, previous),
                vm::setRows, PlaceRow::id, PlaceRow::sameAs, vm::patchRows));
        this.selection = selection;
    }

    @Override
    protected PlacesView view(ViewContext c) {
        return new PlacesView(viewModel(), selection, c.messages(), c.prefs(), p -> c.openDetails().run(), c.data(),
                c.frames());
    }
}
