package app.delegations.ui.events;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.Shapes;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Events table on the bundled congress, as a user clicks, narrows, copies and arranges it. */
@ExtendWith(ApplicationExtension.class)
class EventsViewTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final EventsViewModel vm = new EventsViewModel(filter, selection);
    private final AppPreferences prefs = new AppPreferences(new MemoryPreferences());
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final List<Event> opened = new ArrayList<>();
    private Stage stage;
    private EventsView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DatasetIndex index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setRows(index, EventRow.build(index, m, Checkpoint.NONE));
        view = newView();
        stage.setScene(new Scene(view, 1200, 400));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private EventsView newView() {
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        return new EventsView(vm, selection, m, prefs, opened::add, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
    }

    private TableView<EventRow> table(FxRobot robot) {
        return robot.lookup("#eventsTable").queryTableView();
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#eventsTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof EventRow e && e.id().equals(id)).query();
    }

    private static String selectedId(Entity e) {
        return e instanceof Event ev ? ev.id() : null;
    }

    @Test
    void clickingARowSelectsTheEventAndADoubleClickOpensIt(FxRobot robot) {
        robot.clickOn(row(robot, "conference-smolny-2016-11-30"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("conference-smolny-2016-11-30", fx(() -> selectedId(selection.get())));
        assertTrue(opened.isEmpty());
        robot.doubleClickOn(row(robot, "congress-2016"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("congress-2016"), opened.stream().map(Event::id).toList());
    }

    @Test
    void aReloadOfTheSameDataKeepsTheSelectedEventAndItsRow(FxRobot robot) {
        robot.clickOn(row(robot, "conference-smolny-2016-11-30"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { // the file read again (a colleague saved it): new records, the same ids
            DatasetIndex again = DatasetIndex.build(TestData.congress());
            filter.setIndex(again);
            vm.setRows(again, EventRow.build(again, m, Checkpoint.NONE));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("conference-smolny-2016-11-30", fx(() -> selectedId(selection.get())), "no other event selected");
        assertEquals("conference-smolny-2016-11-30", fx(() -> table(robot).getSelectionModel().getSelectedItem().id()),
                "its row is still the selected one");
    }

    @Test
    void selectingAPlaceNarrowsTheTableUntilTheLineAboveItIsClosed(FxRobot robot) {
        Node line = robot.lookup("#eventsNarrowing").query();
        assertFalse(fx(() -> line.getParent().isVisible()), "no line while every event is shown");
        robot.interact(() -> selection.select(TestData.congress().place("krakow").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) fx(() -> table(robot).getItems().size()));
        assertEquals("Events with Kraków", fx(() -> ((Label) line).getText()));
        assertTrue(fx(() -> line.getParent().isVisible()));

        robot.clickOn(row(robot, "krakow-portals-presentation-2016-11-30"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) fx(() -> table(robot).getItems().size()), "clicking its own row keeps the narrowing");

        Button clear = robot.lookup("#clearNarrowing").queryButton();
        assertEquals("Show every event again", clear.getAccessibleText());
        robot.clickOn(clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, (int) fx(() -> table(robot).getItems().size()));
        assertFalse(fx(() -> line.getParent().isVisible()));
    }

    @Test
    void aPartnerWithNoEventsSaysSoAndItsButtonShowsEveryEventAgainNamingNoFilter(FxRobot robot) {
        robot.interact(() -> selection.select(Shapes.place("lviv"))); // a place just added: no event yet
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) fx(() -> table(robot).getItems().size()));
        assertEquals("No event with lviv is recorded yet.",
                fx(() -> robot.lookup("#eventsTable .empty-title").queryLabeled().getText()));
        assertEquals("Record a visit with Edit › New record… (Ctrl+N), or show every event again.",
                fx(() -> robot.lookup("#eventsTable .empty-hint").queryLabeled().getText()));
        Button all = robot.lookup("#eventsTable .empty-action").queryButton();
        assertEquals("Show every event again", all.getText());

        robot.interact(() -> filter.searchTextProperty().set("Kraków"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Clear search", all.getText(), "a search set too: the search is named, as before");
        robot.interact(() -> filter.searchTextProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, (int) fx(() -> table(robot).getItems().size()), "every event again");
        assertFalse(fx(() -> robot.lookup("#eventsNarrowing").query().getParent().isVisible()));
    }

    /** Tester 7, T: narrowed to Kraków with a date range of no Kraków event, the view blamed only the filters. */
    @Test
    void aPartnerAndFiltersThatTogetherHideEveryEventNameBothAndOfferBothWaysOut(FxRobot robot) {
        robot.interact(() -> {
            selection.select(TestData.congress().place("krakow").orElseThrow());
            filter.fromProperty().set(LocalDate.of(2019, 5, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) fx(() -> table(robot).getItems().size()));
        assertEquals("No event with Kraków matches the filters.",
                fx(() -> robot.lookup("#eventsTable .empty-title").queryLabeled().getText()));
        var buttons = robot.lookup("#eventsTable .empty-action").match(Node::isVisible).queryAllAs(Button.class)
                .stream().map(b -> fx(b::getText)).toList();
        assertEquals(List.of("Clear filters", "Show the events of every partner"), buttons);

        robot.clickOn(robot.lookup("#eventsTable .empty-action").match(Node::isVisible)
                .match((Button b) -> b.getText().equals("Clear filters")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> filter.fromProperty().get()), "the filters go");
        assertTrue(fx(() -> robot.lookup("#eventsNarrowing").query().getParent().isVisible()), "the narrowing stays");
        assertTrue(fx(() -> table(robot).getItems().size()) > 0, "Kraków's events");

        robot.interact(() -> filter.fromProperty().set(LocalDate.of(2019, 5, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#eventsTable .empty-action").match(Node::isVisible)
                .match((Button b) -> b.getText().equals("Show the events of every partner")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2019, 5, 1), fx(() -> filter.fromProperty().get()), "the filter stays");
        assertFalse(fx(() -> robot.lookup("#eventsNarrowing").query().getParent().isVisible()), "the narrowing goes");
    }

    @Test
    void selectingACountryWhileAnEventRowIsSelectedKeepsTheCountrySelected(FxRobot robot) {
        robot.clickOn(row(robot, "krakow-strategy-presentation-2016-11-30"));
        WaitForAsyncUtils.waitForFxEvents();
        Country serbia = TestData.congress().country("RS").orElseThrow();
        robot.interact(() -> selection.select(serbia));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(serbia, fx(selection::get), "the table's guess of another row selects no event");
        assertEquals(5, (int) fx(() -> table(robot).getItems().size()), "the events with Serbian partners");
        assertEquals(-1, (int) fx(() -> table(robot).getSelectionModel().getSelectedIndex()));
    }

    @Test
    void ctrlCCopiesTheSelectedRowsWithAHeaderAndThePlainTitles(FxRobot robot) {
        robot.clickOn(row(robot, "conference-smolny-2016-11-30"));
        robot.press(KeyCode.SHIFT);
        robot.clickOn(row(robot, "krakow-strategy-presentation-2016-11-30"));
        robot.release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Dates\tTitle\tKind\tVenue or place\tPart of\tPlaces\tPresenters\n"
                + "30 November 2016\tThe role of information technologies in the development of modern cities\t"
                + "Conference\tSmolny\tIV International Congress “St. Petersburg and the Slavic World”\t15\t\n"
                + "30 November 2016\tKraków's City Development Strategy, with emphasis on Smart City priorities\t"
                + "Presentation\t\tThe role of information technologies in the development of modern cities\t1\t"
                + "Kraków\n", fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void columnOrderWidthsAndSortSurviveARebuild(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // the columns fitted to the rows first (a step after the first layout)
        robot.interact(() -> {
            var columns = table(robot).getColumns();
            TableColumn<EventRow, ?> presenters = columns.remove(6);
            columns.add(0, presenters);
            TableColumn<EventRow, ?> dates = columns.get(1);
            // narrower, as a drag of the header's edge does: the last column takes the room (widening one could squeeze
            // the last below its minimum when the stage is narrow, and the restore then gives it back from the others)
            table(robot).resizeColumn(dates, -20);
            dates.setSortType(TableColumn.SortType.DESCENDING);
            table(robot).getSortOrder().setAll(List.of(dates));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> order = fx(() -> table(robot).getColumns().stream().map(TableColumn::getId).toList());
        List<Long> widths = fx(() -> table(robot).getColumns().stream().map(c -> Math.round(c.getWidth())).toList());
        assertEquals(List.of("presenters", "dates", "title", "kind", "place", "parent", "places"), order);
        List<String> sorted = fx(() -> vm.items().stream().map(EventRow::id).toList());
        assertEquals("governor-summary-2016-11-30", sorted.get(0), "by dates, descending");

        robot.interact(() -> {
            view.dispose();
            vm.sort(List.of()); // as a fresh start would have it
            view = newView();
            stage.getScene().setRoot(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order, fx(() -> table(robot).getColumns().stream().map(TableColumn::getId).toList()));
        // the last column takes what the others leave (the table's flex-last policy), so it is not compared
        List<Long> again = fx(() -> table(robot).getColumns().stream().map(c -> Math.round(c.getWidth())).toList());
        assertEquals(widths.subList(0, widths.size() - 1), again.subList(0, again.size() - 1),
                "the widths as they were");
        assertEquals(sorted, fx(() -> table(robot).getItems().stream().map(EventRow::id).toList()),
                "the sort as it was");
    }
}
