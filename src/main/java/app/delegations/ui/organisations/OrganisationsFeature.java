package app.delegations.ui.organisations;

import app.delegations.model.Organisation;
import app.delegations.ui.common.NewRecordButton;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.scene.Node;

/**
 * The Organisations tab: its rows are made off the UI thread with the data (again on a language switch, since
 * they hold translated names and kinds) and reach the table with the other views.
 */
public final class OrganisationsFeature implements ViewFeature {
    private final OrganisationsViewModel vm;
    private final Selection selection;
    private final DatasetStep<List<OrganisationRow>> rows;
    private OrganisationsView view;

    public OrganisationsFeature(FilterModel filter, Selection selection) {
        this.vm = new OrganisationsViewModel(filter, selection);
        this.rows = DatasetStep.rows(OrganisationRow::build, OrganisationRow::rebuild, (index, made) -> vm.setRows(made),
                OrganisationRow::id, OrganisationRow::sameAs, (index, patch) -> vm.patchRows(patch));
        this.selection = selection;
    }

    public OrganisationsViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabOrganisations";
    }

    @Override
    public String tabKey() {
        return "tab.organisations";
    }

    @Override
    public String menuId() {
        return "menuOrganisations";
    }

    @Override
    public String menuKey() {
        return "menu.view.organisations";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Organisation.class;
    }

    @Override
    public Node create(ViewContext c) {
        view = new OrganisationsView(vm, selection, c.messages(), c.prefs(), o -> c.openDetails().run(), c.data(),
                c.frames());
        return NewRecordButton.above(view, c.records(), Organisation.class, c.messages());
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
