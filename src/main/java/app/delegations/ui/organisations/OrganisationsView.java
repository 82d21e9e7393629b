package app.delegations.ui.organisations;

import app.delegations.model.Organisation;
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
 * The Organisations table ({@link OrganisationColumn}: name, kind, place with its country code as a badge).
 * As in Places, selecting a row selects the organisation (the detail pane shows it) and double-click or Enter
 * opens the detail pane; which organisations the filter leaves is {@link OrganisationsViewModel}'s.
 */
public final class OrganisationsView extends StackPane implements TableFeature.View {
    static final String PREFS_KEY = "table.organisations";

    private final DataTable<OrganisationRow> table;

    public OrganisationsView(OrganisationsViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                             Consumer<Organisation> onOpen, EmptyState.DataStatus data, Frames frames) {
        setId("organisationsView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        FilterModel filter = vm.filter();
        table = DataTable.of("organisationsTable", List.of(OrganisationColumn.values()), vm::sort, messages,
                        "organisations.title")
                .show(vm.items(), frames)
                .marking(filter.searchWordsProperty())
                .remembering(prefs, PREFS_KEY, frames)
                .placeholder(EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                        filter.activeProperty(), filter.chosenProperty(),
                        filter::clear), messages, "organisations", data))
                .selecting(selection, Organisation.class, (r, e) -> e instanceof Organisation o && o.id().equals(r.id()), vm::select,
                        r -> onOpen.accept(r.organisation()));
        getChildren().add(new TableBar(table.view(), null).node());
    }

    public TableView<OrganisationRow> table() {
        return table.view();
    }

    /** Removes the listeners on the view models and remembers the columns. */
    @Override
    public void dispose() {
        table.dispose();
    }
}
