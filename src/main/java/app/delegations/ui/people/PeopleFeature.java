package app.delegations.ui.people;

import app.delegations.model.Person;
import app.delegations.ui.common.NewRecordButton;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.scene.Node;

/**
 * The People tab: its rows are made off the UI thread with the data (again on a language switch, since they hold
 * translated names, positions and roles) and reach the table with the other views.
 */
public final class PeopleFeature implements ViewFeature {
    private final PeopleViewModel vm;
    private final Selection selection;
    private final DatasetStep<List<PersonRow>> rows;
    private PeopleView view;

    public PeopleFeature(FilterModel filter, Selection selection) {
        this.vm = new PeopleViewModel(filter, selection);
        this.rows = DatasetStep.rows(PersonRow::build, PersonRow::rebuild, (index, made) -> vm.setRows(made), PersonRow::id,
                PersonRow::sameAs, (index, patch) -> vm.patchRows(patch));
        this.selection = selection;
    }

    public PeopleViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabPeople";
    }

    @Override
    public String tabKey() {
        return "tab.people";
    }

    @Override
    public String menuId() {
        return "menuPeople";
    }

    @Override
    public String menuKey() {
        return "menu.view.people";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Person.class;
    }

    @Override
    public Node create(ViewContext c) {
        view = new PeopleView(vm, selection, c.messages(), c.prefs(), p -> c.openDetails().run(), c.data(),
                c.frames());
        return NewRecordButton.above(view, c.records(), Person.class, c.messages());
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
