package app.delegations.ui.people;

import app.delegations.model.Person;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import java.util.List;

/**
 * The People tab: its rows are made off the UI thread with the data (again on a language switch, since they hold
 * translated names, positions and roles) and reach the table with the other views.
 */
public final class PeopleFeature extends TableFeature<PeopleViewModel, List<PersonRow>, PeopleView> {
    private static final Names NAMES = new Names("tabPeople", "tab.people", "menuPeople", "menu.view.people");

    private final Selection selection;

    public PeopleFeature(FilterModel filter, Selection selection) {
        super(NAMES, Person.class, new PeopleViewModel(filter, selection), vm -> DatasetStep.rows(PersonRow::build,
                PersonRow::rebuild, (index, made) -> vm.setRows(made), PersonRow::id, PersonRow::sameAs,
                (index, patch) -> vm.patchRows(patch)));
        this.selection = selection;
    }

    @Override
    protected PeopleView view(ViewContext c) {
        return new PeopleView(viewModel(), selection, c.messages(), c.prefs(), p -> c.openDetails().run(), c.data(),
                c.frames());
    }
}
