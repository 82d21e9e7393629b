package app.delegations.ui.figures;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.Shapes;
import app.delegations.ui.TestData;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart's PNG read alone, in a report: its value axis says what the numbers count, a line under the chart says
 * which filters made it (filtered to Serbia it does not pass for the whole archive), and the partners chart says
 * how many tied places it leaves out. In the Polish window.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresPaperTest {
    private final FilterModel filter = new FilterModel();
    private final FiguresViewModel vm = new FiguresViewModel(filter);
    private final Messages m = Messages.of(UiLanguage.POLISH);
    private FiguresView view;

    @Start
    void start(Stage stage) {
        DatasetIndex index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setData(index, m);
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        view = new FiguresView(vm, m, new EmptyState.DataStatus(yes, no, no, () -> {
        }), javafx.application.Platform::runLater);
        stage.setScene(new Scene(new StackPane(view), 800, 610)); // in a parent shown: the numbers are counted
        stage.sizeToScene();
        stage.show();
    }

    /** Every visible text drawn in {@code node}: labels' and the axes' alike. */
    private static List<Text> drawn(Node node) {
        var list = new ArrayList<Text>();
        if (!node.isVisible()) {
            return list;
        }
        if (node instanceof Text t && !t.getText().isEmpty()) {
            list.add(t);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                list.addAll(drawn(child));
            }
        }
        return list;
    }

    private static List<String> texts(Node node) {
        return drawn(node).stream().map(Text::getText).toList();
    }

    /** True when some visible text of {@code page} reads {@code text} and lies wholly inside the page. */
    private static boolean writesInside(Region page, String text) {
        Bounds all = page.getLayoutBounds();
        for (Text t : drawn(page)) {
            if (t.getText().equals(text)) {
                Bounds b = page.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
                return b.getMaxY() <= all.getMaxY() && b.getMinY() >= all.getMinY();
            }
        }
        return false;
    }

    @Test
    void thePartnersPngSaysItCountsMeetingsAndThatItIsFilteredToSerbia(FxRobot robot) {
        robot.interact(() -> {
            vm.figureProperty().set(Figure.PARTNERS);
            filter.countries().add("RS");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region page = fx(() -> view.paper());
        assertTrue(fx(() -> writesInside(page, "Spotkania")), "the value axis says what it counts: "
                + fx(() -> texts(page)));
        assertTrue(fx(() -> writesInside(page, "Filtry: kraj Serbia")), "the filter under the chart: "
                + fx(() -> texts(page)));
        List<String> values = fx(() -> page.lookupAll(".figure-paper-value").stream().filter(n -> {
            Bounds b = page.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            return b.getMaxX() <= page.getWidth() && b.getMinX() > page.getWidth() / 2; // at the long bars' ends
        }).map(n -> ((Label) n).getText()).toList());
        assertEquals(List.of("5", "5", "5"), values, "each bar's count at its end, within the page");
        BarChart<Number, String> chart = fx(() -> view.chart());
        assertEquals("Spotkania", fx(() -> chart.getXAxis().getLabel()), "on screen too");
    }

    @Test
    void withoutFiltersThePngSaysSo(FxRobot robot) {
        robot.interact(() -> vm.figureProperty().set(Figure.COUNTRIES));
        Region page = fx(() -> view.paper());
        assertTrue(fx(() -> writesInside(page, "Miejsca")), "places per country count places: "
                + fx(() -> texts(page)));
        assertTrue(fx(() -> writesInside(page, m.get("figures.export.nofilter"))), fx(() -> texts(page)).toString());
        assertFalse(fx(() -> texts(page)).stream().anyMatch(t -> t.startsWith("Filtry")));
    }

    @Test
    void tiedPlacesLeftOutAreCountedUnderTheChartAndInThePng(FxRobot robot) {
        List<Place> places = Shapes.places(25);
        List<Event> one = List.of(Shapes.event("all", null, Shapes.DAY, Shapes.DAY,
                places.stream().map(Place::id).toList()));
        DatasetIndex index = DatasetIndex.build(Shapes.dataset(places, one));
        robot.interact(() -> {
            filter.setIndex(index);
            vm.setData(index, m);
            vm.figureProperty().set(Figure.PARTNERS);
        });
        String said = "… oraz 15 miejsc, których wykres nie pokazuje, choć mają tyle samo spotkań (1) co ostatnie pokazane";
        Label line = robot.lookup("#figuresTiedOut").queryAs(Label.class);
        assertTrue(fx(line::isVisible), "under the chart on screen");
        assertEquals(said, fx(line::getText));
        Region page = fx(() -> view.paper());
        assertTrue(fx(() -> writesInside(page, said)), "and in the PNG: " + fx(() -> texts(page)));

        robot.interact(() -> vm.figureProperty().set(Figure.COUNTRIES));
        assertFalse(fx(line::isVisible), "another chart leaves nothing out");
    }
}
