package app.delegations.ui.countries;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Country;
import app.delegations.model.Place;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Countries tab: its rows are made off the UI thread with the data (again on a language switch) and reach the
 * table with the other views; an update keeps the rows of the countries unchanged and lists the places again only
 * for the countries whose places changed.
 */
public final class CountriesFeature extends TableFeature<CountriesViewModel, List<CountryRow>, CountriesView> {
    private static final Names NAMES = new Names("tabCountries", "tab.countries", "menuCountries",
            "menu.view.countries");

    private final Selection selection;

    public CountriesFeature(FilterModel filter, Selection selection) {
        super(NAMES, Country.class, new CountriesViewModel(filter, selection), CountriesFeature::rowStep);
        this.selection = selection;
    }

    @Override
    protected CountriesView view(ViewContext c) {
        CountriesViewModel vm = viewModel();
        return new CountriesView(vm, selection, c.messages(), c.prefs(), row -> {
            vm.select(row);
            c.openDetails().run();
        }, c.data(), c.frames());
    }

    /** The step of the rows: made with the data; an update patches the rows shown (CountriesViewModel.patch). */
    private static DatasetStep<List<CountryRow>> rowStep(CountriesViewModel vm) {
        return new DatasetStep<>() {
            @Override
            public Phase phase() {
                return Phase.VIEWS;
            }

            @Override
            public List<CountryRow> prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
                return CountryRow.build(index, messages);
            }

            @Override
            public boolean followsLanguage() {
                return true;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, List<CountryRow> prepared) {
                vm.setRows(index, messages, prepared != null ? prepared : CountryRow.build(index, messages));
            }

            @Override
            public Update<List<CountryRow>> prepareUpdate(DatasetIndex before, List<CountryRow> previous,
                                                          DatasetIndex after, Messages messages,
                                                          Checkpoint checkpoint) {
                List<CountryRow> made = CountryRow.build(after, messages);
                if (previous == null) {
                    return new Update<>(made, null);
                }
                RowPatch<CountryRow> change = RowPatch.between(previous, made, CountryRow::code, CountryRow::sameAs);
                Set<String> touched = touchedCountries(before, after);
                return new Update<>(change.rows(), () -> vm.patch(after, change, touched));
            }
        };
    }

    /**
     * The codes of the countries whose list of places an update may change: those of every place that is not the
     * same object in both (changed, added or removed, before and after); null (every country) when the places are
     * not at the same positions in both.
     */
    static Set<String> touchedCountries(DatasetIndex before, DatasetIndex after) {
        List<PlaceEntry> was = before.entries();
        List<PlaceEntry> now = after.entries();
        if (was.size() != now.size()) {
            return null;
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < was.size(); i++) {
            Place a = was.get(i).place();
            Place b = now.get(i).place();
            if (a != b) {
                if (!a.id().equals(b.id())) {
                    return null;
                }
                codes.add(a.country());
                codes.add(b.country());
            }
        }
        return codes;
    }
}
