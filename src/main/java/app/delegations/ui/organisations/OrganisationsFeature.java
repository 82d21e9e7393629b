package app.delegations.ui.organisations;

import app.delegations.model.Organisation;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import java.util.List;

/**
 * The Organisations tab: its rows are made off the UI thread with the data (again on a language switch, since
 * they hold translated names and kinds) and reach the table with the other views.
 */
public final class OrganisationsFeature
        extends TableFeature<OrganisationsViewModel, List<OrganisationRow>, OrganisationsView> {
    private static final Names NAMES = new Names("tabOrganisations", "tab.organisations", "menuOrganisations",
            "menu.view.organisations");

    private final Selection selection;

    public OrganisationsFeature(FilterModel filter, Selection selection) {
        super(NAMES, Organisation.class, new OrganisationsViewModel(filter, selection),
                vm -> DatasetStep.rows(OrganisationRow::build, OrganisationRow::rebuild,
                        (index, made) -> vm.setRows(made), OrganisationRow::id, OrganisationRow::sameAs,
                        (index, patch) -> vm.patchRows(patch)));
        this.selection = selection;
    }

    @Override
    protected OrganisationsView view(ViewContext c) {
        return new OrganisationsView(viewModel(), selection, c.messages(), c.prefs(), o -> c.openDetails().run(),
                c.data(), c.frames());
    }
}
