package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Place;
import app.delegations.ui.common.OutOfSight;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.main.MainWindow;
import app.delegations.ui.places.PlaceRow;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A language switch readies the window in the new language out of sight, under the one shown, a part a frame, then
 * shows it in its place ({@code WindowSwap}): the views, the filter and the selection as they were; a switch made
 * while a window is being readied ends in the language chosen last. Meanwhile the window readied is kept out of the
 * render thread's work, and the one shown is drawn again only at its repaint mark.
 */
class LanguageSwapTest extends WindowStory {

    /** Every window that was added to the scene's root, and whether it was hidden (and out of sight) then. */
    private final List<Boolean> addedHidden = new ArrayList<>();

    private List<MainWindow> windows() {
        return fx(() -> app.stage().getScene().getRoot().getChildrenUnmodifiable().stream()
                .filter(MainWindow.class::isInstance).map(MainWindow.class::cast).toList());
    }

    private void recordWindowsAdded(Runnable onAdded) {
        fx(() -> {
            Parent root = app.stage().getScene().getRoot();
            root.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    for (Node n : c.getAddedSubList()) {
                        if (n instanceof MainWindow) {
                            addedHidden.add(!n.isVisible() && OutOfSight.kept(n));
                            onAdded.run();
                        }
                    }
                }
            });
            return null;
        });
    }

    private String menuText(String id) {
        return fx(() -> app.window().lookupAll(".menu-bar").stream().map(MenuBar.class::cast)
                .flatMap(b -> b.getMenus().stream()).filter(m -> id.equals(m.getId())).map(Menu::getText)
                .findFirst().orElseThrow());
    }

    @Test
    void theWindowInTheNewLanguageIsReadiedOutOfSightThenShownAsTheOldOneWas(FxRobot robot) {
        Place krakow = fx(() -> app.workspace().index().dataset().places().stream()
                .filter(p -> p.id().equals("krakow")).findFirst().orElseThrow());
        robot.interact(() -> {
            app.filter().searchTextProperty().set("kr");
            app.workspace().selection().select(krakow);
        });
        robot.clickOn("#tabCountries");
        waitUntil(() -> settled(app) && app.filter().activeProperty().get());
        MainWindow before = fx(app::window);
        recordWindowsAdded(() -> { });
        List<Double> marks = new ArrayList<>(); // the picture shown, marked changed at one point meanwhile
        fx(() -> {
            app.stage().getScene().getRoot().getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    for (Node n : c.getAddedSubList()) {
                        if ("windowPicture".equals(n.getId())) {
                            ((Region) n.lookup("#repaintMark")).widthProperty()
                                    .addListener((o, a, b) -> marks.add(b.doubleValue()));
                        }
                    }
                }
            });
            return null;
        });

        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.POLISH);

        assertEquals(List.of(true), addedHidden, "one window added, hidden and out of sight until ready");
        assertTrue(marks.size() > 2, "the frames of readying drawn again at the picture's repaint mark: " + marks);
        List<MainWindow> shown = windows();
        assertEquals(1, shown.size(), "the old window gone");
        assertTrue(fx(() -> app.stage().getScene().getRoot().getChildrenUnmodifiable().stream()
                .noneMatch(n -> "windowPicture".equals(n.getId()))), "the picture of the old window gone");
        assertSame(fx(app::window), shown.get(0));
        assertTrue(before != shown.get(0) && fx(() -> shown.get(0).isVisible()), "the new window shown");
        assertFalse(OutOfSight.kept(shown.get(0)), "the new window drawn");
        assertEquals("_Widok", menuText("menuView"));
        assertEquals("tabCountries", fx(() -> shown.get(0).tabs().getSelectionModel().getSelectedItem().getId()),
                "the same view in front");
        assertEquals("kr", fx(() -> robot.lookup("#searchField").queryAs(TextField.class).getText()));
        assertEquals(Place.class, fx(() -> app.workspace().selection().get().getClass()));
        assertEquals("krakow", fx(() -> ((Place) app.workspace().selection().get()).id()), "the same place selected");
        TableView<CountryRow> countries = robot.lookup("#countriesTable").queryTableView();
        List<String> names = fx(() -> countries.getItems().stream().map(CountryRow::name).toList());
        assertTrue(names.contains("Polska") && !names.contains("Poland"), "the countries in Polish: " + names);
        assertFalse(fx(() -> robot.lookup("#switchingLabel").queryLabeled().getParent().isVisible()));

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // the menus' shortcuts are the new window's
        assertEquals("tabPlaces", fx(() -> shown.get(0).tabs().getSelectionModel().getSelectedItem().getId()));
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        assertTrue(fx(() -> robot.lookup("#searchField").queryAs(TextField.class).isFocused()), "Ctrl+F");
    }

    /** The language of the menus of {@code w}: true for Polish. */
    private static boolean menusPolish(MainWindow w) {
        return w.lookupAll(".menu-bar").stream().map(MenuBar.class::cast).flatMap(b -> b.getMenus().stream())
                .anyMatch(m -> "_Widok".equals(m.getText()));
    }

    /** The language of the rows of the Places table of {@code w}: true for Polish (Košice is Koszyce there). */
    @SuppressWarnings("unchecked")
    private static boolean rowsPolish(MainWindow w) {
        var table = (TableView<PlaceRow>) w.lookup("#placesTable");
        return table.getItems().stream().anyMatch(r -> r.name().equals("Koszyce"));
    }

    /**
     * No frame shows a window's menus in one language and its rows in the other: the window shown in the new
     * language has its rows in it the moment it is made visible (the rows of a large file reach the views over
     * several frames: made visible first, it showed the old rows in those frames), and at every pulse each window
     * drawn (in the scene, visible, not kept out of sight) shows rows of its menus' language (the rows handed over
     * before the swap reach the old window's tables too, unless it is no longer drawn).
     */
    @Test
    void noFrameShowsTheMenusOfOneLanguageWithTheRowsOfTheOther(FxRobot robot) {
        List<String> mixed = new ArrayList<>();
        List<Boolean> visibleWithRowsInItsLanguage = new ArrayList<>();
        recordWindowsAdded(() -> { });
        Runnable check = () -> {
            for (Node n : app.stage().getScene().getRoot().getChildrenUnmodifiable()) {
                if (n instanceof MainWindow w && w.isVisible() && !OutOfSight.kept(w)
                        && menusPolish(w) != rowsPolish(w)) {
                    mixed.add("menus " + (menusPolish(w) ? "pl" : "en") + ", rows " + (rowsPolish(w) ? "pl" : "en"));
                }
            }
        };
        fx(() -> {
            app.stage().getScene().addPostLayoutPulseListener(check);
            app.stage().getScene().getRoot().getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    for (Node n : c.getAddedSubList()) {
                        if (n instanceof MainWindow w) {
                            w.visibleProperty().addListener((o, a, b) -> {
                                if (b) {
                                    visibleWithRowsInItsLanguage.add(menusPolish(w) == rowsPolish(w));
                                }
                            });
                        }
                    }
                }
            });
            return null;
        });

        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.POLISH
                && windows().size() == 1 && fx(() -> rowsPolish(app.window())));
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.ENGLISH));
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.ENGLISH
                && windows().size() == 1 && !fx(() -> rowsPolish(app.window())));
        fx(() -> {
            app.stage().getScene().removePostLayoutPulseListener(check);
            return null;
        });

        assertEquals(List.of(true, true), visibleWithRowsInItsLanguage, "each new window shown with its rows");
        assertEquals(List.of(), mixed, "frames that mixed the languages");
    }

    @Test
    void aSwitchWhileTheWindowIsReadiedEndsInTheLanguageChosenLast(FxRobot robot) {
        // English again as soon as the Polish window starts to be readied
        recordWindowsAdded(() -> {
            if (addedHidden.size() == 1) {
                app.workspace().main().languageProperty().set(UiLanguage.ENGLISH);
            }
        });
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> !addedHidden.isEmpty() && settled(app) && windows().size() == 1
                && app.workspace().main().messages().language() == UiLanguage.ENGLISH);

        assertEquals(UiLanguage.ENGLISH, fx(() -> app.workspace().main().languageProperty().get()));
        assertEquals("_View", menuText("menuView"));
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        assertTrue(fx(() -> places.getItems().stream().anyMatch(r -> r.name().equals("Košice"))),
                "the rows in English");
        assertSame(fx(app::window), windows().get(0));
        assertTrue(fx(() -> app.window().isVisible()));
        assertEquals(UiLanguage.ENGLISH, prefs.language().orElseThrow());
    }
}
