package app.delegations.ui.figures;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A filter that leaves two countries of one place each: the chart keeps its bars as thick as any other chart's
 * (not two blocks filling the view) and its count axis says what they count, 0 and 1 written.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresFewBarsTest {
    private FiguresView view;

    @Start
    void start(Stage stage) {
        var countries = List.of(new Country("PL", new Names("Polska", "Poland", "Polska"), List.of()),
                new Country("SK", new Names("Słowacja", "Slovakia", "Slovensko"), List.of()));
        var places = List.of(new Place("krakow", PlaceKind.CITY, new Names("Kraków", "Kraków", "Kraków"), "PL",
                        null, null, List.of()),
                new Place("kosice", PlaceKind.CITY, new Names("Koszyce", "Košice", "Košice"), "SK", null, null,
                        List.of()));
        var data = new Dataset(Dataset.SCHEMA_VERSION, List.of(), countries, places, List.of(), List.of(),
                List.of(), List.of());
        var filter = new FilterModel();
        var vm = new FiguresViewModel(filter);
        DatasetIndex index = DatasetIndex.build(data);
        filter.setIndex(index);
        Messages m = Messages.of(UiLanguage.POLISH);
        vm.setData(index, m);
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        view = new FiguresView(vm, m, new EmptyState.DataStatus(yes, no, no, () -> {
        }), javafx.application.Platform::runLater);
        stage.setScene(new Scene(view, 800, 610));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void twoBarsAreAsThickAsInAnyChartAndTheAxisWritesOne() {
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<Number, String> chart = fx(() -> view.chart());
        List<XYChart.Data<Number, String>> bars = fx(() -> List.copyOf(chart.getData().get(0).getData()));
        assertEquals(2, bars.size());
        for (XYChart.Data<Number, String> d : bars) {
            double thick = fx(() -> d.getNode().getBoundsInParent().getHeight());
            assertTrue(thick >= 12 && thick <= FigureChart.SLOT, d.getYValue() + " is drawn " + thick + " px thick");
        }
        Set<String> written = new TreeSet<>();
        for (Node n : fx(() -> List.copyOf(chart.getXAxis().lookupAll("Text")))) {
            if (n instanceof Text t && fx(t::isVisible) && !fx(t::getText).isEmpty()) {
                written.add(fx(t::getText));
            }
        }
        assertTrue(written.contains("0") && written.contains("1"), "the count axis from 0 to 1: " + written);
    }

    @Test
    void aRoundStepCutsTheAxisIntoAtMostTenWholeParts() {
        assertEquals(1, FigureChart.step(1));
        assertEquals(1, FigureChart.step(10));
        assertEquals(2, FigureChart.step(11));
        assertEquals(5, FigureChart.step(37));
        assertEquals(10, FigureChart.step(100));
        assertEquals(5000, FigureChart.step(25_256));
        assertEquals(1, FigureChart.step(0));
    }
}
