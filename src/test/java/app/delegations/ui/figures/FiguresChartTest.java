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
import atlantafx.base.theme.PrimerDark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Places per country over 40 countries, in the Figures view's share of a 1366×768 window with both side panes
 * open (about 800×610 pixels), in the dark theme: every country is a bar thick enough to see with its name
 * beside it, whole or, past {@link FigureNames#LABEL} pixels, cut with "…" (the chart grows and scrolls), and the chart's PNG is still dark on white, ready for a report.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresChartTest {
    /** Forty countries, names as long as Europe's longest. */
    private static final List<String> NAMES = List.of("Bosnia and Herzegovina", "North Macedonia", "Lithuania",
            "Montenegro", "Cyprus", "Serbia", "France", "Latvia", "Norway", "Czechia", "Kazakhstan", "Georgia",
            "Ireland", "Denmark", "Poland", "Switzerland", "Belgium", "Sweden", "Slovenia", "Finland", "Ukraine",
            "Moldova", "Greece", "Armenia", "Romania", "Estonia", "Germany", "Croatia", "Belarus", "Russia",
            "Slovakia", "United Kingdom of Great Britain and Northern Ireland", "Bulgaria", "Hungary", "Austria",
            "Italy", "Spain", "Portugal", "Netherlands", "Luxembourg");

    @TempDir
    Path dir;

    private FiguresView view;

    private static Dataset fortyCountries() {
        var countries = new ArrayList<Country>();
        var places = new ArrayList<Place>();
        for (int c = 0; c < NAMES.size(); c++) {
            String code = "C" + c;
            countries.add(new Country(code, new Names(NAMES.get(c), NAMES.get(c), NAMES.get(c)), List.of()));
            for (int p = 0; p < 50 - c; p++) { // 50 places in the first country, 11 in the last
                String id = code + "-" + p;
                places.add(new Place(id, PlaceKind.CITY, new Names(id, id, id), code, null, null, List.of()));
            }
        }
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), countries, places, List.of(), List.of(), List.of(),
                List.of());
    }

    @Start
    void start(Stage stage) {
        var filter = new FilterModel();
        var vm = new FiguresViewModel(filter);
        DatasetIndex index = DatasetIndex.build(fortyCountries());
        filter.setIndex(index);
        Messages m = Messages.of(UiLanguage.ENGLISH);
        vm.setData(index, m);
        var yes = new SimpleBooleanProperty(true);
        var no = new SimpleBooleanProperty(false);
        view = new FiguresView(vm, m, new EmptyState.DataStatus(yes, no, no, () -> {
        }), javafx.application.Platform::runLater);
        var scene = new Scene(view, 800, 610);
        scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @Test
    void everyOfFortyCountriesIsAThickBarWithItsNameBesideIt() {
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<Number, String> chart = fx(() -> view.chart());
        List<XYChart.Data<Number, String>> bars = fx(() -> List.copyOf(chart.getData().get(0).getData()));
        assertEquals(40, bars.size(), "a bar per country");
        for (XYChart.Data<Number, String> d : bars) {
            double thick = fx(() -> d.getNode().getBoundsInParent().getHeight());
            assertTrue(thick >= 12, d.getYValue() + " is drawn " + thick + " px thick");
        }
        assertEquals("Bosnia and Herzegovina", topmost(bars), "most first, from the top");
        Node axis = fx(() -> chart.getYAxis());
        Bounds inChart = fx(() -> chart.localToScene(chart.getBoundsInLocal()));
        Set<String> written = new TreeSet<>();
        for (Node n : fx(() -> List.copyOf(axis.lookupAll("Text")))) {
            if (n instanceof Text t && fx(t::isVisible) && !fx(t::getText).isEmpty()) {
                String text = fx(t::getText);
                Bounds b = fx(() -> t.localToScene(t.getBoundsInLocal()));
                assertTrue(b.getMinX() >= inChart.getMinX() - 0.5, text + " starts left of the chart: " + b);
                written.add(text);
            }
        }
        // the one name past the axis's 200 pixels is cut, the other 39 are written whole
        String uk = "United Kingdom of Great Britain and Northern Ireland";
        var whole = new TreeSet<>(NAMES);
        whole.remove(uk);
        var cut = new TreeSet<>(written);
        cut.removeAll(whole);
        assertEquals(whole.size() + 1, written.size(), "every country's name on one line: " + written);
        assertTrue(written.containsAll(whole), "39 names whole: " + written);
        String ukWritten = cut.first();
        assertTrue(ukWritten.endsWith("…") && uk.startsWith(ukWritten.substring(0, ukWritten.length() - 1))
                && ukWritten.length() > 20, "the United Kingdom's name cut with an ellipsis: " + ukWritten);
    }

    private static String topmost(List<XYChart.Data<Number, String>> bars) {
        return fx(() -> bars.stream().min((a, b) -> Double.compare(a.getNode().getBoundsInParent().getMinY(),
                b.getNode().getBoundsInParent().getMinY())).orElseThrow().getYValue());
    }

    @Test
    void thePngOfAChartInTheDarkThemeIsDarkOnWhiteForAReport() throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("countries.png");
        fx(() -> {
            try {
                view.exportPng(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Image png;
        try (InputStream in = Files.newInputStream(file)) {
            png = new Image(in);
        }
        PixelReader pixels = png.getPixelReader();
        Color background = pixels.getColor(2, 2);
        assertTrue(luminance(background) > 0.95, "a white page: " + background);
        double darkest = 1;
        for (int y = 0; y < 60; y++) { // the title's band
            for (int x = 0; x < png.getWidth(); x++) {
                darkest = Math.min(darkest, luminance(pixels.getColor(x, y)));
            }
        }
        double contrast = (luminance(background) + 0.05) / (darkest + 0.05);
        assertTrue(contrast >= 7, "the title's text against the page: contrast " + contrast);
        assertTrue(png.getHeight() >= 40 * FigureChart.SLOT, "every bar, also those scrolled away: " + png.getHeight());
    }

    /** The relative luminance of a colour (WCAG 2). */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
