package app.delegations.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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

/**
 * An edit of one event reaches the Events table as the window shows it (the rows patched, then the selection
 * made the edited record): its row shows the change, stays selected as the new row, and no other row's cells
 * are filled again.
 */
@ExtendWith(ApplicationExtension.class)
class EditedRowTest {
    private static final String STRATEGY = "krakow-strategy-presentation-2016-11-30";

    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final EventsViewModel vm = new EventsViewModel(filter, selection);
    private final AppPreferences prefs = new AppPreferences(new MemoryPreferences());
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final List<Event> opened = new ArrayList<>();
    private DatasetIndex index;

    @Start
    void start(Stage stage) {
        index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setRows(index, EventRow.build(index, m, Checkpoint.NONE));
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        var view = new EventsView(vm, selection, m, prefs, opened::add, new EmptyState.DataStatus(yes, no, no, () -> {
        }), Platform::runLater);
        stage.setScene(new Scene(view, 1200, 400));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static TableView<EventRow> table(FxRobot robot) {
        return robot.lookup("#eventsTable").queryTableView();
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#eventsTable .table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof EventRow e && e.id().equals(id)).query();
    }

    /** The event retitled in English, as an edit session makes it, shown as the window shows an edit. */
    private Event retitle(String id, String en) {
        Dataset d = index.dataset();
        Event e = d.event(id).orElseThrow();
        Names t = e.title();
        Event now = new Event(e.id(), e.kind(), new Names(t.pl(), en, t.nativeName(), t.aliases()), e.parent(),
                e.start(), e.end(), e.order(), e.venue(), e.place(), e.description(), e.participants(), e.people(),
                e.organisations(), e.evidence());
        var events = new ArrayList<Event>();
        d.events().forEach(x -> events.add(x.id().equals(id) ? now : x));
        var edited = new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(),
                d.organisations(), d.people(), events);
        DatasetIndex after = DatasetIndex.build(edited);
        List<EventRow> before = List.copyOf(vm.allRows());
        RowPatch<EventRow> patch = RowPatch.between(before, EventRow.build(after, m, Checkpoint.NONE), EventRow::id,
                EventRow::sameAs);
        index = after;
        filter.updateIndex(after); // as the window's filter takes an update
        vm.patchRows(after, patch);
        selection.select(now); // the selection made the edited record after every view was patched
        return now;
    }

    /** Counts each visible cell's changes of text, by the row it stands in. */
    private Map<Integer, Integer> watchCells(FxRobot robot) {
        var changes = new HashMap<Integer, Integer>();
        robot.interact(() -> robot.lookup("#eventsTable .table-cell").queryAll().forEach(n -> {
            var cell = (TableCell<?, ?>) n;
            if (!cell.isEmpty()) {
                cell.textProperty().addListener((o, a, b) -> changes.merge(cell.getIndex(), 1, Integer::sum));
            }
        }));
        return changes;
    }

    @Test
    void anEditOfTheSelectedEventShowsInItsRowWhichStaysSelectedForEnterAndCtrlC(FxRobot robot) {
        robot.clickOn(row(robot, STRATEGY));
        WaitForAsyncUtils.waitForFxEvents();
        int at = fx(() -> table(robot).getSelectionModel().getSelectedIndex());
        Map<Integer, Integer> changed = watchCells(robot);

        Event now = fx(() -> retitle(STRATEGY, "Kraków's strategy, retitled"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(at), List.copyOf(changed.keySet()), "only the edited row's cells were filled again");
        assertSame(now, fx(selection::get));
        assertEquals(at, (int) fx(() -> table(robot).getSelectionModel().getSelectedIndex()), "its row stays selected");
        assertEquals("Kraków's strategy, retitled", fx(() -> table(robot).getSelectionModel().getSelectedItem().title()));
        assertTrue(fx(() -> ((TableRow<?>) row(robot, STRATEGY)).isSelected()));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(now), opened, "Enter opens the edited record");

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.contains("\tKraków's strategy, retitled\t"), copied);
        assertFalse(copied.contains("Smart City priorities"), copied);
    }

    @Test
    void anEditedEventComesIntoTheSearchAndLeavesItAsItsTitleSays(FxRobot robot) {
        robot.interact(() -> filter.searchTextProperty().set("zyzzyva"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> List.copyOf(table(robot).getItems())));

        robot.interact(() -> retitle(STRATEGY, "Zyzzyva strategy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Zyzzyva strategy"), fx(() -> table(robot).getItems().stream().map(EventRow::title).toList()),
                "the search finds it now");

        robot.interact(() -> retitle(STRATEGY, "Kraków's strategy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> List.copyOf(table(robot).getItems())), "and no longer");
    }
}
