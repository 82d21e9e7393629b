package app.delegations.ui.countries;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edit that changes a country's places reaches the Countries table as the window shows it (the filter takes
 * the new index, then the table's step patches its rows): the country's row shows its new count and places in
 * its own cells, no other row's cells are filled again, its row stays selected, and a table sorted by the count
 * is still in that order.
 */
@ExtendWith(ApplicationExtension.class)
class EditedCountryRowTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final CountriesFeature feature = new CountriesFeature(filter, selection);
    private final CountriesViewModel vm = feature.viewModel();
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private DatasetIndex index;
    private List<CountryRow> part;

    @Start
    void start(Stage stage) {
        index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        DatasetStep<List<CountryRow>> step = feature.rows();
        part = step.prepare(index, m, Checkpoint.NONE);
        step.apply(index, m, part);
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        var view = new CountriesView(vm, selection, m, new AppPreferences(new MemoryPreferences()), vm::select,
                new EmptyState.DataStatus(yes, no, no, () -> {
                }), Platform::runLater);
        stage.setScene(new Scene(view, 900, 400));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private static TableView<CountryRow> table(FxRobot robot) {
        return robot.lookup("#countriesTable").queryTableView();
    }

    private static Node row(FxRobot robot, String code) {
        return robot.lookup("#countriesTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof CountryRow c && c.code().equals(code)).query();
    }

    /** Shows {@code edited} as the window shows an edit: the filter takes the new index, then the step's patch. */
    private void show(Dataset edited) {
        DatasetIndex after = DatasetIndex.build(edited);
        DatasetStep.Update<List<CountryRow>> update = feature.rows().prepareUpdate(index, part, after, m,
                Checkpoint.NONE);
        index = after;
        part = update.part();
        filter.updateIndex(after);
        update.patch().run();
    }

    /** The congress with one more Serbian city. */
    private Dataset withNis() {
        Dataset d = index.dataset();
        var places = new ArrayList<>(d.places());
        places.add(new Place("nis", TestData.congress().place("vranje").orElseThrow().kind(),
                new Names("Nisz", "Niš", "Ниш"), "RS", null, null, List.of()));
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    /** Counts each visible cell's changes of text, by the row it stands in. */
    private Map<Integer, Integer> watchCells(FxRobot robot) {
        var changes = new HashMap<Integer, Integer>();
        robot.interact(() -> robot.lookup("#countriesTable .table-cell").queryAll().forEach(n -> {
            var cell = (TableCell<?, ?>) n;
            if (!cell.isEmpty()) {
                cell.textProperty().addListener((o, a, b) -> changes.merge(cell.getIndex(), 1, Integer::sum));
            }
        }));
        return changes;
    }

    @Test
    void aPlaceAddedToSerbiaShowsInSerbiasRowAloneWhichStaysSelected(FxRobot robot) {
        robot.clickOn(row(robot, "RS"));
        WaitForAsyncUtils.waitForFxEvents();
        int at = fx(() -> table(robot).getSelectionModel().getSelectedIndex());
        CountryRow serbia = fx(() -> table(robot).getSelectionModel().getSelectedItem());
        List<CountryRow> shown = fx(() -> List.copyOf(table(robot).getItems()));
        Map<Integer, Integer> changed = watchCells(robot);

        robot.interact(() -> show(withNis()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(at), List.copyOf(changed.keySet()), "only Serbia's cells were filled again");
        assertEquals(shown, fx(() -> List.copyOf(table(robot).getItems())), "the same rows in the same order");
        assertEquals(4, serbia.placeCount());
        assertEquals("Kragujevac, Kruševac, Vranje, Niš", serbia.places());
        assertEquals(List.of("RS", "4", "Kragujevac, Kruševac, Vranje, Niš"),
                fx(() -> robot.lookup("#countriesTable .table-cell").queryAll().stream()
                        .map(n -> (TableCell<?, ?>) n)
                        .filter(c -> c.getIndex() == at && !c.isEmpty() && c.getTableColumn().getId().matches(
                                "code|count|places"))
                        .map(TableCell::getText).toList()));
        assertEquals(at, (int) fx(() -> table(robot).getSelectionModel().getSelectedIndex()), "its row stays selected");
        assertSame(serbia, fx(() -> table(robot).getSelectionModel().getSelectedItem()));
    }

    @Test
    void sortedByTheCountACountryWhosePlacesChangeMovesWhereTheSortSays(FxRobot robot) {
        robot.interact(() -> vm.sort(List.of(new SortKey<>(CountryColumn.COUNT, false))));
        assertEquals(List.of("BG", "RS"), fx(() -> codes(robot).subList(0, 2)));

        robot.interact(() -> show(withNis()));
        robot.interact(() -> show(DatasetEdits.with(index.dataset(), moved("krakow", "SK"))));
        robot.interact(() -> show(DatasetEdits.with(index.dataset(), moved("gdansk", "SK"))));
        robot.interact(() -> show(DatasetEdits.with(index.dataset(), moved("sofia", "SK"))));
        WaitForAsyncUtils.waitForFxEvents();

        List<CountryRow> items = fx(() -> List.copyOf(table(robot).getItems()));
        var expected = new ArrayList<>(items);
        expected.sort(Comparator.comparingInt(CountryRow::placeCount).reversed().thenComparing(CountryRow::fileIndex));
        assertEquals(codesOf(expected), codesOf(items), "in the order of the count, ties in the file's order");
        assertEquals(List.of("RS", "SK", "BG"), codesOf(items).subList(0, 3));
        assertEquals(4, items.get(1).placeCount(), "Slovakia counts its new places");
        assertEquals(0, vm.allRows().stream().filter(r -> r.code().equals("PL")).findFirst().orElseThrow()
                .placeCount(), "Poland has none left (and is shown: the filter is off)");
        assertTrue(codesOf(items).contains("PL"));
    }

    @Test
    void aCountryRenamedWhereItStandsIsItsOwnRowFilledAgain(FxRobot robot) {
        int at = fx(() -> codes(robot).indexOf("RS"));
        Map<Integer, Integer> changed = watchCells(robot);
        Country rs = index.dataset().country("RS").orElseThrow();
        Names n = rs.names();
        var renamed = new Country("RS", new Names(n.pl(), "Serbia (Republic)", n.nativeName(), n.aliases()),
                rs.evidence());
        Dataset d = index.dataset();
        var countries = new ArrayList<Country>();
        d.countries().forEach(c -> countries.add(c.code().equals("RS") ? renamed : c));

        robot.interact(() -> show(new Dataset(d.schemaVersion(), d.sources(), countries, d.places(), d.venues(),
                d.organisations(), d.people(), d.events())));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(at), List.copyOf(changed.keySet()), "only Serbia's cells were filled again");
        assertEquals("Serbia (Republic)", fx(() -> table(robot).getItems().get(at).name()));
        assertEquals(3, (int) fx(() -> table(robot).getItems().get(at).placeCount()), "its count carried over");
    }

    private Place moved(String id, String country) {
        Place p = index.dataset().place(id).orElseThrow();
        return new Place(p.id(), p.kind(), p.names(), country, p.coordinates(), p.note(), p.evidence());
    }

    private static List<String> codes(FxRobot robot) {
        return codesOf(table(robot).getItems());
    }

    private static List<String> codesOf(List<CountryRow> rows) {
        return rows.stream().map(CountryRow::code).toList();
    }
}
