package app.delegations.ui.figures;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 96-character place name (and as long a country's) in the Figures view's share of a 1366×768 window with both
 * side panes open (about 750×610 pixels), in Polish: every chart still draws all its bars and writes every name
 * beside them, the long one cut with "…" (whole in its tooltip, its accessible text and the table), and the PNG
 * cuts it as the screen does.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresLongNameTest {
    /** The officer's place: 96 characters. */
    static final String LONG = "Autonomiczna Wspólnota Miejska Regionu Przygranicznego Dolnego Śląska i Północnych"
            + " Czech Liberec";

    private final FilterModel filter = new FilterModel();
    private final FiguresViewModel vm = new FiguresViewModel(filter);
    private FiguresView view;

    /** The congress with its first place and its first country named {@link #LONG}. */
    private static Dataset withLongNames() {
        Dataset d = TestData.congress();
        var places = new ArrayList<>(d.places());
        Place p = places.get(0);
        places.set(0, new Place(p.id(), p.kind(), new Names(LONG, LONG, LONG), p.country(), p.coordinates(), p.note(),
                p.evidence()));
        var countries = new ArrayList<>(d.countries());
        Country c = countries.get(0);
        countries.set(0, new Country(c.code(), new Names(LONG, LONG, LONG), c.evidence()));
        return new Dataset(d.schemaVersion(), d.sources(), countries, places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    @Start
    void start(Stage stage) {
        DatasetIndex index = DatasetIndex.build(withLongNames());
        filter.setIndex(index);
        Messages m = Messages.of(UiLanguage.POLISH);
        vm.setData(index, m);
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        view = new FiguresView(vm, m, new EmptyState.DataStatus(yes, no, no, () -> {
        }), javafx.application.Platform::runLater);
        stage.setScene(new Scene(new StackPane(view), 750, 610)); // in a parent shown: the numbers are counted
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void everyChartWithAVeryLongNameDrawsAllItsBarsAndWritesEveryNameTheLongOneCut() {
        for (Figure f : List.of(Figure.COUNTRIES, Figure.PARTNERS)) {
            fx(() -> {
                vm.figureProperty().set(f);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            BarChart<Number, String> chart = fx(() -> view.chart());
            List<XYChart.Data<Number, String>> bars = fx(() -> List.copyOf(chart.getData().get(0).getData()));
            List<FigureBar> counted = fx(() -> List.copyOf(vm.bars()));
            assertTrue(counted.stream().anyMatch(b -> b.label().equals(LONG)), f + ": the long name is counted");
            assertEquals(counted.size(), bars.size(), f + ": a bar per name");
            Bounds inChart = fx(() -> chart.localToScene(chart.getBoundsInLocal()));
            Set<String> told = new TreeSet<>();
            for (XYChart.Data<Number, String> d : bars) {
                Bounds bar = fx(() -> d.getNode().localToScene(d.getNode().getBoundsInLocal()));
                assertTrue(fx(() -> d.getNode().isVisible()) && bar.getWidth() >= 20 && bar.getHeight() >= 12,
                        f + ": " + d.getYValue() + " is drawn " + bar);
                assertTrue(bar.getMaxX() <= inChart.getMaxX() + 0.5, f + ": " + d.getYValue() + " ends in the chart");
                told.add(fx(() -> d.getNode().getAccessibleText()));
            }
            assertEquals(counted.stream().map(b -> b.label() + ": " + b.count()).collect(Collectors.toCollection(
                    TreeSet::new)), told, f + ": each bar tells its whole name and count");
            Map<String, Text> written = labels(chart);
            assertEquals(counted.size(), written.size(), f + ": a name per bar: " + written.keySet());
            for (FigureBar counts : counted) {
                String whole = counts.label();
                String shown = written.keySet().stream().filter(w -> w.equals(whole)
                        || w.endsWith("…") && whole.startsWith(w.substring(0, w.length() - 1))).findFirst()
                        .orElseThrow(() -> new AssertionError(f + ": " + whole + " not written: " + written.keySet()));
                Text t = written.get(shown);
                Bounds b = fx(() -> t.localToScene(t.getBoundsInLocal()));
                assertTrue(b.getMinX() >= inChart.getMinX() - 0.5, shown + " starts left of the chart: " + b);
                assertTrue(b.getWidth() <= FigureNames.LABEL + 0.5, shown + " is " + b.getWidth() + " px wide");
                assertEquals(whole, fx(t::getAccessibleText), "a screen reader reads the whole name");
                if (whole.equals(LONG)) {
                    assertTrue(shown.endsWith("…") && shown.length() >= 20, f + ": cut with an ellipsis: " + shown);
                } else {
                    assertEquals(whole, shown, f + ": a name that fits is written whole");
                }
            }
        }
    }

    @Test
    void aCutNameShowsWholeInATooltipOnHover(FxRobot robot) {
        fx(() -> {
            vm.figureProperty().set(Figure.PARTNERS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Text cut = labels(fx(() -> view.chart())).entrySet().stream().filter(e -> e.getKey().endsWith("…"))
                .findFirst().orElseThrow().getValue();
        robot.moveTo(cut);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w instanceof Tooltip t && LONG.equals(t.getText()))));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no tooltip with the whole name", e);
        }
        robot.moveTo(view.chart().getXAxis());
    }

    @Test
    void thePngCutsTheLongNameAsTheScreenDoes() {
        fx(() -> {
            vm.figureProperty().set(Figure.PARTNERS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        var onScreen = labels(fx(() -> view.chart())).keySet();
        Region page = fx(() -> view.paper());
        @SuppressWarnings("unchecked")
        BarChart<Number, String> onPaper = (BarChart<Number, String>) fx(() -> page.lookup(".chart"));
        var printed = labels(onPaper).keySet();
        assertEquals(onScreen, printed, "the same names, the long one cut alike");
        assertTrue(printed.stream().anyMatch(w -> w.endsWith("…")), "cut on paper too: " + printed);
        for (XYChart.Data<Number, String> d : fx(() -> List.copyOf(onPaper.getData().get(0).getData()))) {
            assertTrue(fx(() -> d.getNode().getBoundsInParent().getWidth()) >= 20, d.getYValue() + " has its bar");
        }
    }

    @Test
    void twoLongNamesCutAlikeKeepABarEach() {
        String other = LONG.replace("Liberec", "Jablonec nad Nysą");
        List<String> written = fx(() -> {
            BarChart<Number, String> chart = FigureChart.make(java.util.Locale.forLanguageTag("pl"));
            FigureChart.fill(chart, List.of(new FigureBar(LONG, 2), new FigureBar(other, 1),
                    new FigureBar("Kraków", 1)), "", "");
            return chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
        });
        assertEquals(3, new TreeSet<>(written).size(), "a category each: " + written);
        assertTrue(written.contains("Kraków"), "a short name whole: " + written);
        assertTrue(written.stream().filter(w -> !w.equals("Kraków")).allMatch(w -> w.contains("…")),
                "both long names cut: " + written);
    }

    /** The names the chart's name axis writes, visible, each with its text node. */
    private static Map<String, Text> labels(BarChart<Number, String> chart) {
        Map<String, Text> written = new TreeMap<>();
        for (Node n : fx(() -> List.copyOf(chart.getYAxis().lookupAll("Text")))) {
            if (n instanceof Text t && fx(t::isVisible) && !fx(t::getText).isEmpty()
                    && fx(() -> t.getParent() == chart.getYAxis())) {
                written.put(fx(t::getText), t);
            }
        }
        return written;
    }
}
