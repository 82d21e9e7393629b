package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.places.PlaceRow;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Selecting and filtering, clicked as an officer does: the Countries tab and the country facet, the rows of
 * both tables, what the detail pane and the highlight say about the selection. No step may end in an error
 * dialog.
 */
class SelectionAndFilterTest extends WindowStory {
    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> placeNames(FxRobot robot) {
        TableView<PlaceRow> t = robot.lookup("#placesTable").queryTableView();
        return fx(() -> t.getItems().stream().map(PlaceRow::name).toList());
    }

    private TableView<CountryRow> countries(FxRobot robot) {
        return robot.lookup("#countriesTable").queryTableView();
    }

    private List<String> countryCodes(FxRobot robot) {
        TableView<CountryRow> t = countries(robot);
        return fx(() -> t.getItems().stream().map(CountryRow::code).toList());
    }

    private void clickCountry(FxRobot robot, String code) {
        robot.clickOn(robot.lookup("#countriesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof CountryRow c && c.code().equals(code))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean ticked(FxRobot robot, String code) {
        return fx(() -> robot.lookup("#facet-country-" + code).queryAs(CheckBox.class).isSelected());
    }

    private Set<String> chosenCountries() {
        return fx(() -> Set.copyOf(app.filter().countries()));
    }

    @Test
    void tickingCountriesAfterVisitingTheCountriesTabFiltersWithoutAnError(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        shortcut(robot, KeyCode.DIGIT1);
        robot.clickOn("#facet-country-RS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors, "no error dialog after ticking Serbia");
        assertEquals(Set.of("RS"), chosenCountries());
        assertEquals(List.of("Kragujevac", "Kruševac", "Vranje"), placeNames(robot));

        robot.clickOn("#facet-country-SK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors, "no error dialog after ticking Slovakia");
        assertEquals(Set.of("RS", "SK"), chosenCountries());
        assertTrue(ticked(robot, "RS") && ticked(robot, "SK"));
        assertEquals(4, placeNames(robot).size(), placeNames(robot).toString());

        shortcut(robot, KeyCode.SHIFT, KeyCode.X);
        assertEquals(List.of(), dialogs.errors, "no error dialog after clearing the filters");
        assertEquals(Set.of(), chosenCountries());
        assertFalse(ticked(robot, "RS") || ticked(robot, "SK"));
        assertEquals(15, placeNames(robot).size());

        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(8, countryCodes(robot).size(), "every country listed again");
        assertEquals(List.of(), dialogs.errors);
    }

    private String detailsTitle(FxRobot robot) {
        return fx(() -> robot.lookup("#detailsTitle").queryLabeled().getText());
    }

    private CountryRow selectedCountry(FxRobot robot) {
        TableView<CountryRow> t = countries(robot);
        return fx(() -> t.getSelectionModel().getSelectedItem());
    }

    @Test
    void aClickOnACountrySelectsItAndShowsItsDetailsAsInPlaces(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(List.of("BA", "BG", "HR", "PL", "RU", "RS", "SK", "SI"), countryCodes(robot),
                "Bosnia and Herzegovina, Bulgaria, Croatia, Poland, Russia, Serbia, Slovakia, Slovenia");
        clickCountry(robot, "RS");
        assertEquals("Serbia", detailsTitle(robot));
        assertEquals(Set.of(), chosenCountries(), "selecting a row does not filter");
        assertFalse(ticked(robot, "RS"));
        clickCountry(robot, "SK");
        assertEquals("Slovakia", detailsTitle(robot));
        assertEquals(Set.of(), chosenCountries());

        shortcut(robot, KeyCode.DIGIT1);
        assertEquals(15, placeNames(robot).size());
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.name().equals("Kraków"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kraków", detailsTitle(robot));
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(null, selectedCountry(robot), "no country row looks selected while the details show Kraków");
        clickCountry(robot, "SK");
        assertEquals("Slovakia", detailsTitle(robot), "the same row clicked again shows it again");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theCountriesTableCountsWhatTheFilterLeaves(FxRobot robot) {
        robot.clickOn("#facet-country-RS");
        robot.clickOn("#searchField").write("kr");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kragujevac", "Kruševac"), placeNames(robot));
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(List.of("RS"), countryCodes(robot), "Kraków is left out by the country facet, as in Places");
        CountryRow serbia = fx(() -> countries(robot).getItems().get(0));
        assertEquals(2, serbia.placeCount());
        assertEquals("Kragujevac, Kruševac", serbia.places());
    }

    @Test
    void theDetailsSayWhenTheFilterHidesTheSelectedCountry(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        clickCountry(robot, "RS");
        Label hidden = robot.lookup("#detailsHidden").queryAs(Label.class);
        assertFalse(fx(hidden::isVisible));
        robot.clickOn("#facet-country-PL");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("PL"), countryCodes(robot));
        assertEquals("Serbia", detailsTitle(robot), "the selection stays on Serbia");
        assertTrue(fx(hidden::isVisible));
        assertEquals("No place in this country matches the current filters.", fx(hidden::getText));
        assertEquals(null, selectedCountry(robot), "no other row took Serbia's selection");
        robot.clickOn("#facet-country-PL");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(hidden::isVisible));
        assertEquals("RS", selectedCountry(robot).code(), "Serbia's row is back, selected");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void thePlacesOfTheSelectedCountryAreHighlightedWithALegendSayingSo(FxRobot robot) {
        Label legend = robot.lookup("#highlightLegend").queryAs(Label.class);
        assertFalse(fx(legend::isVisible));
        shortcut(robot, KeyCode.DIGIT2);
        clickCountry(robot, "RS");
        shortcut(robot, KeyCode.DIGIT1);
        assertTrue(fx(legend::isVisible));
        assertEquals("Highlighted: the places in Serbia", fx(legend::getText));
        robot.clickOn("#facet-country-PL");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(legend::isVisible), "no legend for rows the filter hides");
        robot.clickOn("#facet-country-PL");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(legend::isVisible));
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.name().equals("Sofia"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(legend::isVisible), "a place highlights nothing");
    }

    @Test
    void theParticipantsOfTheSelectedEventAreHighlightedWithALegendSayingSo(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        var timeline = TestWindows.timeline(app);
        var presentation = fx(() -> timeline.getLayout().items().stream()
                .filter(i -> i.event().kind().json().equals("presentation")).findFirst().orElseThrow());
        robot.interact(() -> timeline.select(presentation));
        shortcut(robot, KeyCode.DIGIT1);
        Label legend = robot.lookup("#highlightLegend").queryAs(Label.class);
        assertTrue(fx(legend::isVisible));
        assertEquals("Highlighted: the places taking part in “" + presentation.event().title().en() + "”",
                fx(legend::getText));
    }

    private TableRow<?> placeRow(FxRobot robot, String name) {
        return robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p && p.name().equals(name))
                .queryAs(TableRow.class);
    }

    private static Paint fill(TableRow<?> row, int layer) {
        return fx(() -> row.getBackground().getFills().get(layer).getFill());
    }

    @Test
    void theSelectedRowHasAnAccentBarInBothThemes(FxRobot robot) {
        robot.clickOn(placeRow(robot, "Kraków"));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> krakow = placeRow(robot, "Kraków");
        assertTrue(fx(krakow::isSelected));
        // Primer Light's accent: a bar at the left edge, then an accent fill unlike any unselected row's
        assertEquals(Color.web("#0969da"), fill(krakow, 0));
        assertEquals(3, (int) fx(() -> krakow.getBackground().getFills().size()));
        var unselected = fx(() -> placeRow(robot, "Gdańsk").getBackground().getFills().stream()
                .map(f -> f.getFill()).toList());
        assertFalse(unselected.contains(fill(krakow, 2)), unselected.toString());
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#1f6feb"), fill(placeRow(robot, "Kraków"), 0), "Primer Dark's accent");
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDetailsSayWhenTheSearchHidesTheSelectedPlace(FxRobot robot) {
        robot.clickOn(placeRow(robot, "Kraków"));
        WaitForAsyncUtils.waitForFxEvents();
        Label hidden = robot.lookup("#detailsHidden").queryAs(Label.class);
        assertFalse(fx(hidden::isVisible));
        robot.clickOn("#searchField").write("sofia");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sofia"), placeNames(robot));
        assertEquals("Kraków", detailsTitle(robot));
        assertTrue(fx(hidden::isVisible));
        assertEquals("This place is hidden by the search.", fx(hidden::getText), "no filter is ticked");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(hidden::isVisible));
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        assertEquals("Kraków", fx(() -> places.getSelectionModel().getSelectedItem().name()), "its row selected again");
        assertEquals(List.of(), dialogs.errors);
    }

    /**
     * Keyboard only, as an officer does it: the search leaves one place; Ctrl+1 then ↓ selects that row (the ringed
     * one), not the row after it, which does not exist; the details then show it, so its brief can be printed.
     */
    @Test
    void downSelectsTheRingedRowWhenNoneIsSelected(FxRobot robot) {
        robot.clickOn("#searchField").write("kosice");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Košice"), placeNames(robot));
        shortcut(robot, KeyCode.DIGIT1);
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        assertEquals(-1, (int) fx(() -> places.getSelectionModel().getSelectedIndex()), "no row selected");
        keys(robot, KeyCode.DOWN);
        assertEquals("Košice", fx(() -> places.getSelectionModel().getSelectedItem().name()), "↓ selects the one row");
        assertEquals("Košice", detailsTitle(robot), "and the details show it");
        assertEquals(List.of(), dialogs.errors);
    }
}
