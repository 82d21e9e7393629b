package app.delegations.ui.people;

import app.delegations.model.Person;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableBar;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * The People table ({@link PersonColumn}: name with honorific, positions, organisation, place with its country
 * code as a badge, events with the role at each, number of events). As in Organisations, selecting a row selects
 * the person (the detail pane shows them) and double-click or Enter opens the detail pane; which people the
 * filter leaves is {@link PeopleViewModel}'s.
 */
public final class PeopleView extends StackPane implements TableFeature.View {
    static final String PREFS_KEY = "table.people";

    private final DataTable<PersonRow> table;

    public PeopleView(PeopleViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                      Consumer<Person> onOpen, EmptyState.DataStatus data, Frames frames) {
        setId("peopleView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        FilterModel filter = vm.filter();
        table = DataTable.of("peopleTable", List.of(PersonColumn.values()), vm::sort, messages, "people.title")
                .show(vm.items(), frames)
                .marking(filter.searchWordsProperty())
                .remembering(prefs, PREFS_KEY, frames)
                .placeholder(EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                        filter.activeProperty(), filter.chosenProperty(),
                        filter::clear), messages, "people", data))
                .selecting(selection, Person.class, (r, e) -> e instanceof Person p && p.id().equals(r.id()), vm::select,
                        r -> onOpen.accept(r.person()));
        getChildren().add(new TableBar(table.view(), null).node());
    }

    public TableView<PersonRow> table() {
        return table.view();
    }

    /** Removes the listeners on the view models and remembers the columns. */
    @Override
    public void dispose() {
        table.dispose();
    }
}
