package app.delegations.ui.countries;

import app.delegations.model.Country;
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
 * The Countries table ({@link CountryColumn}: code, name, number of places, the places), its columns fitted to
 * their content and to the table as Places' are. As in Places,
 * selecting a row selects the country (the detail pane shows it) and double-click or Enter opens the detail
 * pane; the table's selection never changes the filter (the filter pane's country facet does).
 */
public final class CountriesView extends StackPane implements TableFeature.View {
    static final String PREFS_KEY = "table.countries";

    private final DataTable<CountryRow> table;

    public CountriesView(CountriesViewModel vm, Selection selection, Messages messages, AppPreferences prefs,
                         Consumer<CountryRow> onOpen, EmptyState.DataStatus data, Frames frames) {
        setId("countriesView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        FilterModel filter = vm.filter();
        table = DataTable.of("countriesTable", List.of(CountryColumn.values()), vm::sort, messages, "countries.title")
                .show(vm.items(), frames)
                .remembering(prefs, PREFS_KEY, frames)
                .placeholder(EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                        filter.activeProperty(), filter.chosenProperty(),
                        filter::clear), messages, "countries", data))
                .selecting(selection, Country.class, (r, e) -> e instanceof Country c && c.code().equals(r.code()), vm::select, onOpen);
        getChildren().add(new TableBar(table.view(), null).node());
    }

    public TableView<CountryRow> table() {
        return table.view();
    }

    @Override
    public void dispose() {
        table.dispose();
    }
}
