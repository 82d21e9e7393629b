package app.delegations.ui.countries;

import app.delegations.model.Country;
import app.delegations.ui.common.NewRecordButton;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.scene.Node;

/** The Countries tab: its rows are made from the index when the data arrives, with the other views. */
public final class CountriesFeature implements ViewFeature {
    private final CountriesViewModel vm;
    private final Selection selection;
    private CountriesView view;

    public CountriesFeature(FilterModel filter, Selection selection) {
        this.vm = new CountriesViewModel(filter, selection);
        this.selection = selection;
    }

    public CountriesViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabCountries";
    }

    @Override
    public String tabKey() {
        return "tab.countries";
    }

    @Override
    public String menuId() {
        return "menuCountries";
    }

    @Override
    public String menuKey() {
        return "menu.view.countries";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Country.class;
    }

    @Override
    public Node create(ViewContext c) {
        view = new CountriesView(vm, selection, c.messages(), c.prefs(), row -> {
            vm.select(row);
            c.openDetails().run();
        }, c.data());
        return NewRecordButton.above(view, c.records(), Country.class, c.messages());
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
        return List.of(new DatasetStep<Void>() {
            @Override
            public Phase phase() {
                return Phase.VIEWS;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, Void prepared) {
                vm.setData(index, messages);
            }
        });
    }
}
