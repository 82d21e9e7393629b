package app.delegations;

import app.delegations.ui.map.MapFeature;
import app.delegations.ui.map.MapViewModel;
import app.delegations.ui.map.MapPlace;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import static app.delegations.UiSession.fx;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.TestArchive;
import app.delegations.ui.brief.BriefFeature;
import app.delegations.ui.cite.CiteModel;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.ExportReadBack;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.edit.EditSession;
import app.delegations.ui.filter.DatePreset;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.people.PersonRow;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.ui.source.SourceFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * What a user does in the window, each a {@link UserAction}: a name, when it can be done, and its variants as
 * an arbitrary of {@link Step}s (a row index, a word to type…), so that jqwik can generate and shrink them.
 * Indices are taken modulo what the window shows when the step runs, so a shrunk sequence stays runnable.
 * <p>
 * To add an action: one line in {@link #ALL} (or a method returning a {@link UserAction} for a longer one).
 */
final class UserActions {
    /**
     * A user action: {@code steps} are its variants, {@code applies} tells whether it can be done now, {@code
     * weight} how often it is chosen relative to the others (the costly ones, which rebuild the window or load
     * a file, less often: the sequences fit the build's time).
     */
    record UserAction(String name, int weight, Predicate<UiSession> applies, Arbitrary<Step> steps) {
    }

    /** One step of a sequence; its description is what the shrunk sequence prints. */
    record Step(String description, Consumer<UiSession> run) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** What clicking a row of Places must do; a name {@code -Dmbt.skip} accepts. */
    static final String CLICKED_PLACE_SELECTED = "a clicked place is the selected record";
    /** What ↓ or ↑ must do in a table with no selection; a name {@code -Dmbt.skip} accepts. */
    static final String FIRST_ARROW = "the first arrow with no selection selects the ringed row and its record";
    /** What a refused open and its retry must do; a name {@code -Dmbt.skip} accepts. */
    static final String RETRY_REFUSED = "a refused file leaves the window as it was, and once fixed F5 opens it";
    private static final List<String> TAB_IDS = List.of("#tabPlaces", "#tabCountries", "#tabTimeline", "#tabSource",
            "#tabOrganisations", "#tabEvents", "#tabPeople", "#tabMap", "#tabFigures");
    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);
    /**
     * Search words: parts of the bundled places' and countries' names, of generated names, texts of the other
     * kinds (a person, an event's title, a description), and no match.
     */
    private static final List<String> WORDS = List.of("kra", "serbia", "a", "ow", "sofia", "pl", "kr", "an", "ov",
            "xyz", "zagreb", "e", "rihter", "smart", "monitoring");

    /** What can happen to a file of the test archive, by a colleague or an editor. */
    private static final List<String> ARCHIVE_CHANGES = List.of("b.json (Wilno) is saved", "b.json is saved half-written",
            "b.json is removed", "c.json (Koszyce) is saved");

    /** Passages of the session's note a cite step selects ("Kijowa" comes twice: its quote is widened). */
    private static final List<String> PASSAGES = List.of("odwiedziła Kraków", "Kijowa", "Krakowie", "Polska strona",
            "miasto partnerskie", "12 marca 2025");
    /** What the robot types in Cite for…'s search to find the record (ASCII: diacritics fold). */
    private static final List<String> CITE_SEARCHES = List.of("krakow", "polska", "poland");

    /** English names a place is renamed to (the first may be its own: a change that changes nothing on disk). */
    private static final List<String> NAMES = List.of("Krakow", "Cracow", "Krakau", "Kraków (old town)");
    /** Names the robot types key by key (UiSession.type knows ASCII letters only). */
    private static final List<String> TYPED_NAMES = List.of("Krakow", "Cracow", "Krakau");

    /**
     * Texts typed into a date field: the bundled congress's days (Polish and ISO), years around the generated
     * data's 2000–2029, English, empty (an open end) and texts that are not dates.
     */
    private static final List<String> DATES = List.of("29.11.2016", "2016-11-29", "2016-11-30", "30 Nov 2016",
            "2010-01-01", "2020-12-31", "1.1.2025", "", "31.02.2016", "xyz");

    private UserActions() {
    }

    /** Every action, in no particular order: jqwik picks among those that apply, all alike. */
    static final List<UserAction> ALL = List.of(
            new UserAction("tab by key", 3, s -> true, Arbitraries.integers().between(0, DIGITS.size() - 1).map(i ->
                    new Step("Ctrl+" + (i + 1), s -> {
                        s.keys(KeyCode.CONTROL, DIGITS.get(i));
                        tableHasTheKeyboard(s, "Ctrl+" + (i + 1));
                    }))),
            new UserAction("tab by click", 2, s -> true, Arbitraries.of(TAB_IDS).map(id ->
                    new Step("click " + id, s -> s.node(id).ifPresent(s::click)))),
            new UserAction("tick a facet", 4, s -> !s.nodes("#filterView .facet-row .check-box").isEmpty(),
                    Arbitraries.integers().between(0, 999).map(i -> new Step("tick facet #" + i, s -> tickFacet(s, i)))),
            new UserAction("type a date", 2, s -> s.node("#dateFrom").isPresent(),
                    Arbitraries.of("#dateFrom", "#dateTo").flatMap(field -> Arbitraries.of(DATES).map(text ->
                            new Step("type \"" + text + "\" in " + field + ", Enter", s -> typeDate(s, field, text))))),
            new UserAction("pick a date preset", 1, s -> s.node("#datePreset").isPresent(),
                    Arbitraries.of(DatePreset.values()).map(p -> new Step("pick the preset " + p, s ->
                            s.node("#datePreset").ifPresent(box -> {
                                s.click(box);
                                s.interact(() -> {
                                    @SuppressWarnings("unchecked")
                                    var combo = (ComboBox<DatePreset>) box;
                                    combo.hide();
                                    combo.setValue(p);
                                });
                            })))),
            new UserAction("search", 3, s -> true, Arbitraries.of(WORDS).map(w ->
                    new Step("Ctrl+F, type \"" + w + "\"", s -> {
                        s.keys(KeyCode.CONTROL, KeyCode.F);
                        s.type(w);
                    }))),
            new UserAction("clear the search", 2, s -> true, Arbitraries.of(true, false).map(byKey -> byKey
                    ? new Step("Ctrl+F, Esc", s -> {
                        s.keys(KeyCode.CONTROL, KeyCode.F);
                        s.keys(KeyCode.ESCAPE);
                    })
                    : new Step("click the search's ×", s -> s.node("#clearSearch").ifPresent(s::click)))),
            new UserAction("select a row", 4, s -> s.tableShown().map(t -> !t.getItems().isEmpty()).orElse(false),
                    Arbitraries.integers().between(0, 9999).map(i -> new Step("click row #" + i, s -> clickRow(s, i)))),
            new UserAction("the first arrow in a table with no selection", 2, s -> s.node("#recordForm").isEmpty()
                    && s.tableShown().map(t -> fx(() -> !t.getItems().isEmpty() && rowId(t.getItems().get(0)) != null))
                    .orElse(false), // a table of records (not the figures')
                    Arbitraries.of(KeyCode.DOWN, KeyCode.UP).flatMap(key -> Arbitraries.integers().between(-1, 9999)
                            .map(ring -> new Step("no selection, the ring on " + (ring < 0 ? "no row" : "row #" + ring)
                                    + ", " + (key == KeyCode.DOWN ? "↓" : "↑"), s -> firstArrow(s, key, ring))))),
            new UserAction("follow a link in the details", 3, s -> !s.nodes("#detailsView .fact-link").isEmpty(),
                    Arbitraries.integers().between(0, 99).map(i -> new Step("click details link #" + i,
                            s -> clickNth(s, "#detailsView .fact-link", i)))),
            new UserAction("open or close an evidence badge", 2, s -> !s.nodes("#detailsView .evidence-badge").isEmpty(),
                    Arbitraries.integers().between(0, 99).map(i -> new Step("click evidence badge #" + i,
                            s -> clickNth(s, "#detailsView .evidence-badge", i)))),
            new UserAction("show in source", 2, s -> !s.nodes("#detailsView .evidence-show").isEmpty(),
                    Arbitraries.integers().between(0, 99).map(i -> new Step("click Show in source #" + i,
                            s -> clickNth(s, "#detailsView .evidence-show", i)))),
            new UserAction("switch language", 1, s -> true, Arbitraries.of(UiLanguage.ENGLISH, UiLanguage.POLISH).map(l ->
                    new Step("View › Language › " + l, s -> fireMenuItem(s,
                            l == UiLanguage.POLISH ? "menuLanguagePolish" : "menuLanguageEnglish")))),
            new UserAction("switch theme", 1, s -> true, Arbitraries.of(true, false).map(button -> button
                    ? new Step("click the theme button", s -> s.node("#themeButton").ifPresent(s::click))
                    : new Step("View › Theme › Dark", s -> fireMenuItem(s, "menuThemeDark")))),
            new UserAction("open a bad file", 1, s -> !s.badFiles.isEmpty(),
                    Arbitraries.integers().between(0, 999).map(i -> new Step("Ctrl+O bad file #" + i, s -> openBad(s, i)))),
            new UserAction("open a file that is refused, fix it, try again", 1, s -> !s.badFiles.isEmpty()
                    && !fx(() -> s.app().editing().session().dirty() || FormSteps.forms(s).changed()), Arbitraries.integers().between(0, 999).flatMap(i ->
                    Arbitraries.of(true, false).map(byKey -> new Step("Ctrl+O a copy of bad file #" + i + ", fix it, "
                            + (byKey ? "F5" : "click Try again"), s -> retryRefused(s, i, byKey))))),
            new UserAction("open the test archive", 1, s -> true, Arbitraries.just(new Step("Ctrl+Shift+O the test archive",
                    UserActions::openArchive))),
            new UserAction("a file in the archive changes", 2, UserActions::archiveShown, Arbitraries.integers()
                    .between(0, ARCHIVE_CHANGES.size() - 1).map(i -> new Step(ARCHIVE_CHANGES.get(i),
                            s -> changeArchive(s, i)))),
            new UserAction("export the table", 1, s -> true, Arbitraries.of(ExportFormat.values()).flatMap(f ->
                    Arbitraries.of(true, false).map(selected -> new Step("Ctrl+E as " + f
                            + (selected ? ", the selected rows" : ", every row"), s -> exportTable(s, f, selected))))),
            new UserAction("export a brief of the selected record", 1, s -> true, Arbitraries.just(
                    new Step("File › Export brief as PDF…", UserActions::exportBrief))),
            new UserAction("print preview of the selected record, then Esc", 1, s -> true, Arbitraries.just(
                    new Step("Ctrl+P, Esc", UserActions::previewBrief))),
            new UserAction("print preview of the selected record, then Export as PDF…", 1, UserActions::briefable,
                    Arbitraries.of(true, false).map(save -> new Step("Ctrl+P, Export as PDF…, " + (save ? "a file chosen"
                            : "the file chooser cancelled"), s -> previewExport(s, save)))),
            new UserAction("delete the selected record, answer Delete", 3, DeleteSteps::applies,
                    Arbitraries.of(DeleteSteps.Answer.DELETE, DeleteSteps.Answer.DELETE_THEN_UNDO).map(a ->
                            new Step("Edit › Delete…, " + a, s -> DeleteSteps.delete(s, a)))),
            new UserAction("delete the selected record, answer Cancel", 1, DeleteSteps::applies, Arbitraries.just(
                    new Step("Edit › Delete…, Cancel (Delete when nothing is asked)",
                            s -> DeleteSteps.delete(s, DeleteSteps.Answer.CANCEL)))),
            new UserAction("export all tables", 1, s -> true, Arbitraries.just(new Step("File › Export all tables",
                    UserActions::exportAll))),
            new UserAction("reload", 1, s -> true, Arbitraries.just(new Step("F5", s -> {
                s.unsavedShown = UnsavedShown.watch(s); // the archive read again keeps showing the unsaved edits
                s.keys(KeyCode.F5);
            }))),
            new UserAction("edit a record", 2, UserActions::editable, Arbitraries.of(NAMES).map(n ->
                    new Step("rename the first place to " + n + " (as a form commits)", s -> rename(s, n)))),
            new UserAction("undo", 2, s -> fx(() -> s.app().editing().session().canUndoProperty().get()),
                    Arbitraries.just(new Step("Ctrl+Z", s -> editKeys(s, "menuUndo", KeyCode.CONTROL, KeyCode.Z)))),
            new UserAction("redo", 1, s -> fx(() -> s.app().editing().session().canRedoProperty().get()),
                    Arbitraries.of(true, false).map(y -> y
                            ? new Step("Ctrl+Y", s -> editKeys(s, "menuRedo", KeyCode.CONTROL, KeyCode.Y))
                            : new Step("Ctrl+Shift+Z", s -> editKeys(s, "menuRedo", KeyCode.CONTROL, KeyCode.SHIFT,
                                    KeyCode.Z)))),
            new UserAction("save", 2, s -> fx(() -> s.app().editing().session().dirty()),
                    Arbitraries.just(new Step("Ctrl+S", UserActions::save))),
            new UserAction("open a form and cancel", 2, UserActions::formsAvailable, Arbitraries.of(true, false)
                    .map(add -> add ? new Step("Ctrl+N, Esc", s -> openAndCancel(s, KeyCode.CONTROL, KeyCode.N))
                            : new Step("F2, Esc", s -> openAndCancel(s, KeyCode.F2)))),
            new UserAction("switch the language with a form open", 1, UserActions::formsAvailable,
                    Arbitraries.of(UiLanguage.ENGLISH, UiLanguage.POLISH).map(l -> new Step("Ctrl+N, type zzz as the Polish "
                            + "name, View › Language › " + l + ", Esc", s -> switchLanguageInForm(s, l)))),
            new UserAction("edit a name and apply", 2, s -> formsAvailable(s)
                    && fx(() -> s.app().workspace().selection().get() instanceof Place), Arbitraries.of(TYPED_NAMES).map(n ->
                    new Step("F2, type " + n + " as the English name, Ctrl+Enter", s -> editNameAndApply(s, n)))),
            new UserAction("open a form and leave it open", 3, FormSteps::canOpenSoon, Arbitraries.of(true, false)
                    .flatMap(add -> Arbitraries.of(FormSteps.WORDS).injectNull(0.4).flatMap(w -> Arbitraries.integers()
                            .between(0, 9999).map(row -> new Step((add ? "Ctrl+N" : "F2 (row #" + row
                                    + " clicked first if nothing is selected)") + (w == null ? ", leave the form open"
                                    : ", type " + w + " as its name, leave it open"),
                                    s -> FormSteps.openAndLeave(s, add, w, row)))))),
            new UserAction("type into the open form", 2, FormSteps::formOpen, Arbitraries.of(FormSteps.WORDS).map(w ->
                    new Step("type " + w + " as the open form's name", s -> FormSteps.type(s, w)))),
            new UserAction("apply the open form", 2, FormSteps::formOpen, Arbitraries.of(true, false).map(key ->
                    new Step(key ? "Ctrl+Enter in the form" : "click Apply", s -> FormSteps.apply(s, key)))),
            new UserAction("Esc with a form open", 2, FormSteps::formOpen, Arbitraries.of(true, false).map(in ->
                    new Step(in ? "Esc in the form" : "Esc outside the form", s -> FormSteps.escape(s, in)))),
            new UserAction("F2 on another record with a form open", 2, FormSteps::formAndRows, Arbitraries.integers()
                    .between(0, 9999).flatMap(i -> Arbitraries.of(true, false).map(discard -> new Step("click row #" + i
                            + ", F2, " + (discard ? "Discard the changes" : "Back to the form"),
                            s -> FormSteps.editAnother(s, i, discard))))),
            new UserAction("Ctrl+N with a form open", 2, FormSteps::formOpenEditable, Arbitraries.of(true, false).map(
                    discard -> new Step("Ctrl+N, " + (discard ? "Discard the changes" : "Back to the form") + " if asked",
                            s -> FormSteps.newWithAFormOpen(s, discard)))),
            new UserAction("cite a passage", 2, UserActions::citable, Arbitraries.of(PASSAGES).flatMap(passage ->
                    Arbitraries.of(CITE_SEARCHES).flatMap(search -> Arbitraries.integers().between(-1, 9).map(field ->
                            new Step("Ctrl+4, select \"" + passage + "\", Cite for…, search " + search
                                    + (field < 0 ? ", the record as a whole" : ", field #" + field) + ", Confirm",
                                    s -> cite(s, passage, search, field)))))),
            new UserAction("clear filters", 2, s -> true, Arbitraries.of(true, false).map(byKey -> byKey
                    ? new Step("Ctrl+Shift+X", s -> s.keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X))
                    : new Step("click Clear filters", s -> s.node("#clearFilters").ifPresent(s::click)))),
            new UserAction("zoom the timeline", 2, s -> s.tab() == 2 && s.node("#timelineZoomIn").isPresent(),
                    Arbitraries.of("#timelineZoomIn", "#timelineZoomOut", "#timelineFit").map(id ->
                            new Step("click " + id, s -> s.node(id).ifPresent(s::click)))),
            new UserAction("zoom the map", 2, s -> s.node("#mapZoomIn").isPresent(),
                    Arbitraries.of("#mapZoomIn", "#mapZoomOut", "#mapFit").map(id ->
                            new Step("click " + id, s -> s.node(id).ifPresent(s::click)))),
            new UserAction("click a place on the map", 2, s -> s.node("#map").isPresent(),
                    Arbitraries.integers().between(0, 999).map(i ->
                            new Step("click the map's place #" + i, s -> clickMapPlace(s, i)))),
            new UserAction("drag the map", 2, s -> s.node("#map").isPresent(), Arbitraries.of(-150, -60, -12, 12, 60, 150)
                    .flatMap(dx -> Arbitraries.of(-80, -20, 0, 20, 80).map(dy ->
                            new Step("drag the map by " + dx + ", " + dy, s -> dragMap(s, dx, dy))))),
            new UserAction("pan the map by keys", 2, s -> s.node("#map").isPresent(), Arbitraries.of(KeyCode.LEFT,
                    KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.ADD, KeyCode.MINUS).list().ofMinSize(1).ofMaxSize(4)
                    .map(keys -> new Step("on the map press " + keys, s -> panMapByKeys(s, keys)))),
            new UserAction("resize the window", 1, s -> true, Arbitraries.integers().between(60, 100).tuple2().map(t ->
                    new Step("shrink to " + t.get1() + "% × " + t.get2() + "% of the screen", s -> resize(s, t.get1(), t.get2())))));

    /**
     * Clicks the marker of the {@code i}-th place the map shows (modulo their number), where it is on the map;
     * a place off the map's visible part is not clicked.
     */
    private static void clickMapPlace(UiSession s, int i) {
        MapViewModel vm = TestWindows.feature(s.app(), MapFeature.class).viewModel();
        s.node("#map").ifPresent(map -> {
            Point2D at = fx(() -> {
                List<MapPlace> shown = vm.shown();
                return shown.isEmpty() ? null : vm.markerOf(shown.get(i % shown.size()).entry().id());
            });
            if (at != null && fx(() -> map.getLayoutBounds().contains(at))) {
                s.clickAt(map, at);
            }
        });
    }

    /**
     * Presses the map at its centre, moves the pointer by {@code dx, dy} in four moves and releases it: a drag pans
     * the map, selects nothing and leaves the tab shown as it was.
     */
    private static void dragMap(UiSession s, int dx, int dy) {
        s.node("#map").ifPresent(map -> {
            Entity selected = fx(() -> s.app().workspace().selection().get());
            fx(() -> {
                var robot = new Robot();
                Bounds b = map.localToScreen(map.getLayoutBounds());
                robot.mouseMove(b.getCenterX(), b.getCenterY());
                robot.mousePress(MouseButton.PRIMARY);
                for (int i = 1; i <= 4; i++) {
                    robot.mouseMove(b.getCenterX() + dx * i / 4.0, b.getCenterY() + dy * i / 4.0);
                }
                robot.mouseRelease(MouseButton.PRIMARY);
                return null;
            });
            s.settle();
            mapMovedAlone(s, selected, "a drag");
        });
    }

    /** Gives the map the keyboard and presses the keys one by one: the map pans and zooms, selecting nothing. */
    private static void panMapByKeys(UiSession s, List<KeyCode> keys) {
        s.node("#map").ifPresent(map -> {
            Entity selected = fx(() -> s.app().workspace().selection().get());
            s.interact(map::requestFocus);
            for (KeyCode k : keys) {
                s.keys(k);
            }
            mapMovedAlone(s, selected, "keys " + keys);
        });
    }

    private static void mapMovedAlone(UiSession s, Entity selected, String what) {
        Entity now = fx(() -> s.app().workspace().selection().get());
        if (!Objects.equals(selected, now)) {
            throw new AssertionError(what + " on the map changed the selection from " + selected + " to " + now);
        }
        if (s.node("#map").isEmpty()) {
            throw new AssertionError(what + " on the map left the Map tab");
        }
    }

    /**
     * Types into a date field as a user pastes a text: a click in its editor, the editor's text replaced, Enter
     * (the robot types only letters and digits).
     */
    private static void typeDate(UiSession s, String field, String text) {
        s.node(field).ifPresent(node -> {
            var editor = ((DatePicker) node).getEditor();
            s.click(editor);
            s.interact(() -> editor.setText(text));
            s.keys(KeyCode.ENTER);
        });
    }

    private static void tickFacet(UiSession s, int i) {
        List<Node> boxes = s.nodes("#filterView .facet-row .check-box");
        if (!boxes.isEmpty()) {
            Node box = boxes.get(i % boxes.size());
            s.log.add("tick " + fx(box::getId));
            s.tick((CheckBox) box);
        }
    }

    /**
     * Clicks row {@code i} (modulo the rows) of the table shown, scrolled into view; in Places the clicked
     * place is then the selected record.
     */
    static void clickRow(UiSession s, int i) {
        Optional<TableView<?>> shown = s.tableShown();
        if (shown.isEmpty()) {
            return;
        }
        TableView<?> table = shown.get();
        int n = fx(() -> table.getItems().size());
        if (n == 0) {
            return;
        }
        int index = i % n;
        Object item = fx(() -> table.getItems().get(index));
        // scrolled to, then, as a user's wheel does, a row further at a time: in a short, narrow window the
        // table's scrollTo leaves its last row just below the viewport (behind the horizontal scroll bar)
        Node row = null;
        for (int wheel = 0; wheel < 3 && row == null; wheel++) {
            int turns = wheel;
            row = fx(() -> {
                table.scrollTo(index);
                table.layout();
                if (turns > 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollPixels(turns * table.getFixedCellSize());
                    table.layout();
                }
                return table.lookupAll(".table-row-cell").stream()
                        .filter(r -> r instanceof TableRow<?> tr && tr.getIndex() == index && UiSession.shown(r))
                        .findFirst().orElse(null);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (row == null) {
            throw new AssertionError("row " + index + " of " + table.getId() + " not on the screen after scrolling to it");
        }
        s.log.add("click " + table.getId() + " row " + item);
        s.click(row);
        if (item instanceof PlaceRow p && !Invariants.skipped(CLICKED_PLACE_SELECTED)) {
            Entity selected = fx(() -> s.app().workspace().selection().get());
            if (!(selected instanceof Place place) || !place.id().equals(p.id())) {
                throw new AssertionError(CLICKED_PLACE_SELECTED + ": clicked " + p.name() + " in Places, the selected record is "
                        + Invariants.describe(selected));
            }
        }
    }

    private static void clickNth(UiSession s, String selector, int i) {
        List<Node> nodes = s.nodes(selector);
        if (!nodes.isEmpty()) {
            Node n = nodes.get(i % nodes.size());
            s.log.add("click " + fx(() -> n instanceof Labeled l ? l.getText() : n.toString()));
            s.click(n);
        }
    }

    /**
     * With no record selected, the ring on row {@code ring} (modulo the rows; none when negative) and the table
     * given the keyboard, ↓ or ↑ selects exactly the ringed row (the first for ↓, the last for ↑ when no row has the
     * ring), and that row's record is the selected one: the details show it ({@link Invariants}).
     */
    private static void firstArrow(UiSession s, KeyCode key, int ring) {
        Optional<TableView<?>> shown = s.tableShown();
        if (shown.isEmpty()) {
            return;
        }
        TableView<?> table = shown.get();
        s.interact(() -> s.app().workspace().selection().clear());
        int n = fx(() -> table.getItems().size());
        if (n == 0 || fx(() -> rowId(table.getItems().get(0))) == null) {
            return; // no rows, or not a table of records
        }
        if (!fx(() -> table.getSelectionModel().isEmpty())) {
            throw new AssertionError(FIRST_ARROW + ": no record is selected, yet " + table.getId() + " selects row "
                    + fx(() -> table.getSelectionModel().getSelectedIndex()));
        }
        s.interact(() -> {
            table.getFocusModel().focus(ring < 0 ? -1 : ring % n);
            table.requestFocus();
        });
        if (!fx(table::isFocused)) {
            return; // the keyboard went elsewhere: the keys would not reach the table
        }
        int ringed = fx(() -> table.getFocusModel().getFocusedIndex()); // as the table has it once focused
        int expected = ringed >= 0 && ringed < n ? ringed : key == KeyCode.DOWN ? 0 : n - 1;
        Object row = fx(() -> table.getItems().get(expected));
        s.keys(key);
        if (Invariants.skipped(FIRST_ARROW)) {
            return;
        }
        List<Integer> selected = fx(() -> List.copyOf(table.getSelectionModel().getSelectedIndices()));
        if (!selected.equals(List.of(expected))) {
            throw new AssertionError(FIRST_ARROW + ": " + key + " with the ring on row " + ringed + " of " + n + " in "
                    + table.getId() + " selected rows " + selected + ", not row " + expected);
        }
        Entity record = fx(() -> s.app().workspace().selection().get());
        String id = rowId(row);
        if (record == null || !id.equals(entityId(record))) {
            throw new AssertionError(FIRST_ARROW + ": " + key + " selected row " + expected + " (" + id
                    + "), the selected record is " + Invariants.describe(record));
        }
    }

    /** The id of the record a table row shows, or null for a row of another kind. */
    private static String rowId(Object row) {
        return row instanceof PlaceRow p ? p.id() : row instanceof CountryRow c ? c.code()
                : row instanceof EventRow e ? e.id() : row instanceof PersonRow p ? p.id()
                : row instanceof OrganisationRow o ? o.id() : null;
    }

    private static String entityId(Entity r) {
        return r instanceof Place p ? p.id() : r instanceof Country c ? c.code() : r instanceof Event e ? e.id()
                : r instanceof Person p ? p.id() : r instanceof Organisation o ? o.id() : null;
    }

    /**
     * Opens a copy of a bad file ({@code i} modulo their number); when the window refuses it ("Try again (F5)"
     * offered), it keeps what it showed; the copy is then fixed on disk, and F5 or Try again opens that same
     * file: the window then shows its one place. A bad file opened with warnings only ends the step.
     */
    private static void retryRefused(UiSession s, int i, boolean byKey) {
        Path bad = s.badFiles.get(i % s.badFiles.size());
        Path copy;
        try {
            Path dir = Files.createDirectories(s.archive().getParent().resolve("refused-" + s.log.size()));
            copy = Files.copy(bad, dir.resolve(bad.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object before = fx(() -> s.app().workspace().current());
        s.log.add("open " + copy.getFileName() + " (a copy)");
        fx(() -> s.dialogs.filesToChoose.add(copy));
        s.keys(KeyCode.CONTROL, KeyCode.O);
        fx(() -> { s.dialogs.filesToChoose.clear(); return null; });
        if (s.node("#statusRetry").isEmpty() || Invariants.skipped(RETRY_REFUSED)) {
            return; // opened (warnings only), or not asked for (the window was busy)
        }
        if (fx(() -> s.app().workspace().current()) != before) { // the title says the file was not opened
            throw new AssertionError(RETRY_REFUSED + ": refusing " + copy.getFileName() + " the window no longer shows "
                    + "the data it showed");
        }
        TestArchive.write(copy.getParent(), copy.getFileName().toString(), "LT", "Litwa", "Lithuania", "vilnius",
                "Wilno");
        if (byKey) {
            s.keys(KeyCode.F5);
        } else {
            s.node("#statusRetry").ifPresent(s::click);
        }
        List<String> places = fx(() -> s.app().workspace().current().dataset().places().stream().map(Place::id)
                .toList());
        if (!places.equals(List.of("vilnius")) || s.node("#statusRetry").isPresent()) {
            throw new AssertionError(RETRY_REFUSED + ": " + (byKey ? "F5" : "Try again") + " after " + copy.getFileName()
                    + " was fixed shows the places " + places + (s.node("#statusRetry").isPresent()
                    ? ", still offering Try again" : "") + ", not the fixed file's [vilnius]");
        }
    }

    private static void openBad(UiSession s, int i) {
        Path file = s.badFiles.get(i % s.badFiles.size());
        s.log.add("open " + file.getFileName());
        fx(() -> s.dialogs.filesToChoose.add(file));
        s.keys(KeyCode.CONTROL, KeyCode.O);
        fx(() -> { s.dialogs.filesToChoose.clear(); return null; }); // a file not asked for (the window was busy) is not kept for later
    }

    static void openArchive(UiSession s) {
        Path folder = s.archive();
        fx(() -> s.dialogs.foldersToChoose.add(folder));
        s.keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        fx(() -> { s.dialogs.foldersToChoose.clear(); return null; }); // not asked for (the window was busy): not kept
    }

    private static boolean archiveShown(UiSession s) {
        return fx(() -> s.app().workspace().current() != null && s.app().workspace().current().archive() != null);
    }

    /**
     * Changes a file of the archive shown, then reports it as the folder's watch does (at once: no quiet period);
     * the unsaved edits are to stay shown throughout.
     */
    private static void changeArchive(UiSession s, int change) {
        Path folder = s.archive();
        s.unsavedShown = UnsavedShown.watch(s);
        Path changed = switch (change) {
            case 0 -> TestArchive.write(folder, "b.json", "LT", "Litwa", "Lithuania", "vilnius", "Wilno");
            case 1 -> TestArchive.halfWritten(folder, "b.json");
            case 2 -> {
                try {
                    Files.deleteIfExists(folder.resolve("b.json"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield folder.resolve("b.json");
            }
            default -> TestArchive.write(folder, "c.json", "SK", "Słowacja", "Slovakia", "kosice", "Koszyce");
        };
        s.interact(() -> s.app().workspace().main().filesChanged(Set.of(changed)));
    }

    /**
     * File › Export (Ctrl+E) to a file of the session: in a view with a table, the file read back has a header and
     * the rows the table shows (or its selected rows); a table that lists no rows is said to have nothing to export
     * and no file is written; elsewhere (timeline, source) the view's own export or a message. Nothing happens while
     * no data is shown (the item is disabled).
     */
    private static void exportTable(UiSession s, ExportFormat format, boolean selected) {
        Path file = s.archive().getParent().resolve("export-" + s.log.size() + "." + format.kind().extension());
        boolean enabled = menuItemEnabled(s, "menuExportTable");
        Optional<TableView<?>> table = s.tableShown();
        int rows = table.map(t -> fx(() -> {
            int chosen = t.getSelectionModel().getSelectedIndices().size();
            return selected && chosen > 0 ? chosen : t.getItems().size();
        })).orElse(-1);
        int closed = fx(() -> s.dialogs.progressClosed);
        s.dialogs.exportChoices.add(Optional.of(new ExportChoice(format, ';', selected)));
        s.dialogs.filesToChoose.add(file);
        int said = fx(() -> s.dialogs.infos.size());
        s.keys(KeyCode.CONTROL, KeyCode.E);
        if (enabled && table.isPresent() && rows == 0) { // said to have nothing to export; nothing asked nor written
            s.waitFor(() -> s.dialogs.infos.size() > said);
            if (Files.exists(file)) {
                throw new AssertionError(file.getFileName() + " written from a table that lists no rows");
            }
        } else if (enabled && table.isPresent()) {
            s.waitFor(() -> s.dialogs.progressClosed > closed);
            try {
                int read = format == ExportFormat.CSV ? ExportReadBack.csv(file, ';').size()
                        : ExportReadBack.xlsx(file).rows().size();
                if (read != rows + 1) {
                    throw new AssertionError(file.getFileName() + " has " + read + " lines, not a header and "
                            + rows + " rows");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // a view without a table (timeline, map) writes its picture on the export's thread: the step ends when
        // every export it started has ended, as a user waits for the notice before the next command
        s.waitFor(() -> fx(() -> s.dialogs.progressShown.size() == s.dialogs.progressClosed));
        s.interact(() -> {
            s.dialogs.exportChoices.clear(); // what the step offered and no dialog took
            s.dialogs.filesToChoose.remove(file);
        });
    }

    /** The selected record's name or title as the window names it: what its brief is of. */
    private static String briefTitle(UiSession s) {
        return fx(() -> {
            Locale locale = s.app().workspace().main().messages().locale();
            Entity selected = s.app().workspace().selection().get();
            if (selected instanceof Event e) {
                return e.title().in(locale);
            }
            return selected instanceof Place p ? p.names().in(locale)
                    : selected instanceof Country c ? c.names().in(locale) : "a " + selected;
        });
    }

    /** Whether a brief can be made of the selection now (else both brief commands say what to select). */
    private static boolean briefable(UiSession s) {
        return fx(() -> s.app().views().commands().stream().filter(BriefFeature.class::isInstance)
                .map(BriefFeature.class::cast).findFirst().orElseThrow().model().availableProperty().get());
    }

    /**
     * File › Export brief as PDF… to a file of the session: with an event, a place or a country selected, the
     * invariants then read the file back ({@link UiSession#brief}); else a message says what to select and no file
     * is asked for.
     */
    private static void exportBrief(UiSession s) {
        Path file = s.archive().getParent().resolve("brief-" + s.log.size() + ".pdf");
        boolean enabled = briefable(s);
        int said = fx(() -> s.dialogs.infos.size());
        String title = enabled ? briefTitle(s) : null;
        int closed = fx(() -> s.dialogs.progressClosed);
        s.dialogs.filesToChoose.add(file);
        fireMenuItem(s, "menuExportBrief");
        s.interact(() -> s.dialogs.filesToChoose.remove(file)); // what no dialog took (nothing to brief)
        if (!enabled && fx(() -> s.dialogs.infos.size()) != said + 1) {
            throw new AssertionError("Export brief as PDF with nothing to brief: no message said what to select");
        }
        if (title != null) {
            s.waitFor(() -> s.dialogs.progressClosed > closed); // written off the UI thread
            s.brief = file;
            s.briefOf = title;
        }
    }

    /**
     * After Ctrl+N the view's table, when it shows one, has the keyboard (↓ moves in its rows), not the view's pane
     * from which ↓ went to the tab header and on to the next tab.
     */
    private static void tableHasTheKeyboard(UiSession s, String keys) {
        String wrong = fx(() -> {
            Node views = s.stage.getScene().lookup("#views");
            if (!(views instanceof javafx.scene.control.TabPane tabs) || tabs.getSelectionModel().getSelectedItem() == null) {
                return null;
            }
            Node content = tabs.getSelectionModel().getSelectedItem().getContent();
            Optional<DataTable<?>> table = content == null ? Optional.empty() : DataTable.in(content);
            if (table.isEmpty() || !shownWithin(table.get().view(), content)) {
                return null; // no table (timeline, map, source) or one hidden behind the view's empty state
            }
            Node owner = s.stage.getScene().getFocusOwner();
            return owner == table.get().view() ? null : keys + " left the keyboard on " + owner;
        });
        if (wrong != null) {
            throw new AssertionError(wrong);
        }
    }

    /** True when {@code node} and every parent up to {@code top} are visible. */
    private static boolean shownWithin(Node node, Node top) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n == top) {
                return true;
            }
        }
        return false;
    }

    /** Ctrl+P ({@link #openPreview}); Esc closes the preview opened. */
    private static void previewBrief(UiSession s) {
        openPreview(s).ifPresent(preview -> {
            s.keys(KeyCode.ESCAPE);
            if (fx(preview::isShowing)) {
                throw new AssertionError("Esc leaves the preview open");
            }
        });
    }

    /**
     * Ctrl+P: with an event, a place or a country selected, the brief's print preview opens (once made off the UI
     * thread) on its first page ("1 / N"), and is returned; with nothing of the kind selected, no window opens and a
     * message says what to select.
     */
    private static Optional<Stage> openPreview(UiSession s) {
        boolean enabled = briefable(s);
        int said = fx(() -> s.dialogs.infos.size());
        s.keys(KeyCode.CONTROL, KeyCode.P);
        if (!enabled && fx(() -> s.dialogs.infos.size()) != said + 1) {
            throw new AssertionError("Ctrl+P with nothing to brief: no message said what to select");
        }
        Supplier<Optional<Stage>> shown = () -> fx(() -> Window.getWindows().stream().filter(w -> w != s.stage
                && w.isShowing() && w.getScene() != null && w.getScene().lookup("#printPosition") != null)
                .map(Stage.class::cast).findFirst());
        if (enabled) { // the brief is made and laid out off the UI thread: the preview opens once it is ready
            waitBriefly(() -> shown.get().isPresent());
        }
        Optional<Stage> preview = shown.get();
        if (enabled != preview.isPresent()) {
            throw new AssertionError("Ctrl+P with " + (enabled ? "" : "no ") + "brief to print: "
                    + (preview.isPresent() ? "a" : "no") + " preview opened");
        }
        if (preview.isPresent()) {
            String position = fx(() -> ((Label) preview.get().getScene().lookup("#printPosition")).getText());
            if (!position.startsWith("1 / ")) {
                throw new AssertionError("the preview opens on page 1, not " + position);
            }
        }
        return preview;
    }

    /**
     * Ctrl+P with an event, a place or a country selected, then the preview's Export as PDF…: the preview closes (as it
     * promises, before the export asks for the file, so that the chooser is not hidden under it) and the export runs as
     * File › Export brief as PDF… does: a file chosen is written as a PDF (it starts with {@code %PDF}; the invariants
     * read it back, {@link UiSession#brief}) and said to be saved; the chooser cancelled writes, shows and says
     * nothing. Either way nothing else in the window changes.
     */
    private static void previewExport(UiSession s, boolean save) {
        Path file = s.archive().getParent().resolve("preview-" + s.log.size() + ".pdf");
        String title = briefTitle(s);
        WindowShows before = WindowShows.of(s);
        Stage preview = openPreview(s).orElseThrow(() -> new AssertionError("Ctrl+P with " + title
                + " selected opened no preview"));
        Node export = fx(() -> preview.getScene().lookup("#printExportPdf"));
        if (export == null) {
            throw new AssertionError("the preview of " + title + "'s brief offers no Export as PDF…");
        }
        int closed = fx(() -> s.dialogs.progressClosed);
        int progress = fx(() -> s.dialogs.progressShown.size());
        int saved = fx(() -> s.dialogs.saved.size());
        int said = fx(() -> s.dialogs.infos.size());
        if (save) {
            s.interact(() -> s.dialogs.filesToChoose.add(file));
        }
        s.click(export);
        s.interact(() -> s.dialogs.filesToChoose.clear()); // what no chooser took
        if (fx(preview::isShowing)) {
            throw new AssertionError("Export as PDF… left the preview open");
        }
        if (save) { // written off the UI thread
            s.waitFor(() -> s.dialogs.progressClosed > closed && s.dialogs.saved.size() > saved
                    || !s.dialogs.errors.isEmpty());
            if (!fx(() -> s.dialogs.errors.isEmpty())) {
                return; // the invariants say which
            }
            if (!startsWithPdf(file) || !fx(() -> s.dialogs.saved.get(saved).file()).equals(file)) {
                throw new AssertionError("Export as PDF… in the preview: " + file.getFileName() + " is not a PDF, or "
                        + "another file was said to be saved: " + fx(() -> s.dialogs.saved.get(saved)));
            }
            s.brief = file;
            s.briefOf = title;
        } else if (Files.exists(file) || fx(() -> s.dialogs.progressShown.size() != progress
                || s.dialogs.saved.size() != saved || s.dialogs.infos.size() != said)) {
            throw new AssertionError("Export as PDF… in the preview, the file chooser cancelled: something was written"
                    + " or said: " + fx(() -> s.dialogs.progressShown.subList(progress, s.dialogs.progressShown.size())
                    + " " + s.dialogs.infos.subList(said, s.dialogs.infos.size())));
        }
        String changed = before.changedIn(WindowShows.of(s));
        if (changed != null) {
            throw new AssertionError("Export as PDF… in the preview changed the window: " + changed);
        }
    }

    private static boolean startsWithPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("%PDF");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the window shows that an export leaves as it is: the selected record, the tab in front, the search and
     * whether a filter is on, the data shown and edited (the same snapshot and records), the title (unsaved changes)
     * and that no other window of the app is open over it.
     */
    private record WindowShows(Entity selected, int tab, String search, boolean filtered, Object shown, Object edited,
                               String title, List<String> windows) {
        static WindowShows of(UiSession s) {
            return fx(() -> new WindowShows(s.app().workspace().selection().get(),
                    s.app().window().tabs().getSelectionModel().getSelectedIndex(),
                    ((TextField) s.app().window().lookup("#searchField")).getText(),
                    s.app().filter().activeProperty().get(), s.app().workspace().current(),
                    s.app().editing().session().dataset(), s.stage.getTitle(),
                    Window.getWindows().stream().filter(w -> w != s.stage && w.isShowing() && w instanceof Stage)
                            .map(w -> ((Stage) w).getTitle()).toList()));
        }

        /** What differs in {@code after}, or null (the data compared as the same objects: nothing read again). */
        String changedIn(WindowShows after) {
            var out = new ArrayList<String>();
            if (!Objects.equals(selected, after.selected)) {
                out.add("the selection " + Invariants.describe(selected) + " → " + Invariants.describe(after.selected));
            }
            if (tab != after.tab) {
                out.add("the tab " + tab + " → " + after.tab);
            }
            if (!search.equals(after.search) || filtered != after.filtered) {
                out.add("the filter \"" + search + "\" → \"" + after.search + "\"");
            }
            if (shown != after.shown || edited != after.edited) {
                out.add("the data");
            }
            if (!title.equals(after.title)) {
                out.add("the title \"" + title + "\" → \"" + after.title + "\"");
            }
            if (!windows.equals(after.windows)) {
                out.add("the windows open over it " + windows + " → " + after.windows);
            }
            return out.isEmpty() ? null : String.join(", ", out);
        }
    }

    /**
     * File › Export all tables to a file of the session: the workbook read back has a sheet per view listing
     * records, each with a header and the rows that view's table holds; when no table lists a row, it is said that
     * there is nothing to export and no file is written. Nothing happens while no data is shown.
     */
    private static void exportAll(UiSession s) {
        Path file = s.archive().getParent().resolve("export-all-" + s.log.size() + ".xlsx");
        boolean enabled = menuItemEnabled(s, "menuExportAll");
        int closed = fx(() -> s.dialogs.progressClosed);
        int said = fx(() -> s.dialogs.infos.size());
        s.dialogs.filesToChoose.add(file);
        fireMenuItem(s, "menuExportAll");
        if (enabled) {
            s.waitFor(() -> s.dialogs.progressClosed > closed || s.dialogs.infos.size() > said);
            // each table view's table, in tab order: a view never shown is made for the export out of sight
            List<Integer> rows = fx(() -> s.app().window().tabs().getTabs().stream()
                    .filter(t -> t.getUserData() instanceof TableFeature<?, ?, ?>)
                    .flatMap(t -> DataTable.in(((TableFeature<?, ?, ?>) t.getUserData()).view()).stream())
                    .map(t -> t.view().getItems().size()).toList());
            if (rows.stream().allMatch(n -> n == 0)) { // said to have nothing to export; nothing written
                if (Files.exists(file) || fx(() -> s.dialogs.infos.size()) == said) {
                    throw new AssertionError("tables that list no rows: " + file.getFileName() + " written, or "
                            + "nothing said");
                }
                s.interact(() -> s.dialogs.filesToChoose.remove(file));
                return;
            }
            try {
                List<Integer> read = ExportReadBack.sheets(file).stream().map(w -> w.rows().size() - 1).toList();
                if (!read.equals(rows) || rows.size() != 5) {
                    throw new AssertionError(file.getFileName() + " has sheets of " + read + " rows, the tables "
                            + rows);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        s.interact(() -> s.dialogs.filesToChoose.remove(file));
    }

    /** New and Edit may be used: an archive is open and no form is. */
    private static boolean formsAvailable(UiSession s) {
        return fx(() -> forms(s).availableProperty().get() && forms(s).openProperty().get() == null);
    }

    private static Forms forms(UiSession s) {
        return TestWindows.feature(s.app(), DetailsFeature.class).forms();
    }

    /** Opens a form by its key (New, or Edit of the selection, if any) and closes it by Escape. */
    private static void openAndCancel(UiSession s, KeyCode... open) {
        s.keys(open);
        if (fx(() -> forms(s).openProperty().get() != null)) {
            s.keys(KeyCode.ESCAPE);
        }
    }

    /**
     * A new record's form opened (Ctrl+N), a name typed, the language switched: the form is the same form in the
     * new language (its heading), with what was typed kept; then Escape leaves it as an officer would.
     */
    private static void switchLanguageInForm(UiSession s, UiLanguage language) {
        s.keys(KeyCode.CONTROL, KeyCode.N);
        if (fx(() -> forms(s).openProperty().get() == null)) {
            return; // no "+" on this tab
        }
        Optional<Node> field = s.node("#field-names-pl");
        if (field.isPresent()) {
            s.click(field.get());
            s.keys(KeyCode.CONTROL, KeyCode.A);
            s.type("zzz");
        }
        fireMenuItem(s, language == UiLanguage.POLISH ? "menuLanguagePolish" : "menuLanguageEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        var form = fx(() -> forms(s).openProperty().get());
        if (form == null) {
            throw new AssertionError("switching the language closed the open form");
        }
        String heading = Messages.of(language).get(RecordKind.of(form.kind()).newKey());
        if (!fx(form::heading).equals(heading)) {
            throw new AssertionError("the open form's heading after switching to " + language + ": " + fx(form::heading));
        }
        if (field.isPresent() && form.field("names.pl") != null && !"zzz".equals(fx(() -> form.field("names.pl").value()))) {
            throw new AssertionError("the typed name was lost when the language changed: " + fx(() -> form.field("names.pl").value()));
        }
        while (fx(() -> forms(s).openProperty().get() != null)) {
            s.interact(() -> forms(s).openProperty().get().cancel());
        }
    }

    /** F2 on the selected place, its English name typed over, Ctrl+Enter (Apply, when nothing stops it). */
    private static void editNameAndApply(UiSession s, String name) {
        s.keys(KeyCode.F2);
        Optional<Node> field = s.node("#field-names-en");
        if (field.isEmpty()) {
            return;
        }
        s.click(field.get());
        s.keys(KeyCode.CONTROL, KeyCode.A);
        s.type(name);
        s.keys(KeyCode.CONTROL, KeyCode.ENTER);
        if (fx(() -> forms(s).openProperty().get() != null)) {
            s.keys(KeyCode.ESCAPE); // not applied (nothing changed, or a problem): leave it as an officer would
        }
    }

    /** Cite for… can be used: the archive shown can be edited, has the session's note, and no form is open. */
    private static boolean citable(UiSession s) {
        return formsAvailable(s) && fx(() -> s.app().editing().session().editableProperty().get()
                && s.app().editing().session().dataset().source(UiSession.NOTE_ID).isPresent());
    }

    /**
     * In the Source view (Ctrl+4), in select mode, selects the first {@code passage} of the note and chooses Cite
     * for…; types {@code search}, Enter (the first record found), ticks the {@code field}-th field (modulo; none:
     * the record as a whole) and confirms. The citation is then looked for in the record by the invariants.
     */
    static void cite(UiSession s, String passage, String search, int field) {
        s.keys(KeyCode.CONTROL, KeyCode.DIGIT4);
        CiteModel cite = TestWindows.feature(s.app(), SourceFeature.class).citing().cite();
        if (!fx(() -> TestWindows.source(s.app()).sourceProperty().get() != null
                && TestWindows.source(s.app()).sourceProperty().get().id().equals(UiSession.NOTE_ID))) {
            throw new AssertionError("the Source view does not show the archive's only note");
        }
        if (s.node("#sourceSelectable").isEmpty()) {
            s.node("#sourceSelectMode").ifPresent(s::click);
        }
        TextArea area = (TextArea) s.node("#sourceSelectable")
                .orElseThrow(() -> new AssertionError("select mode shows no selectable text"));
        s.interact(() -> {
            int at = area.getText().indexOf(passage);
            area.selectRange(at, at + passage.length()); // as a drag over it does
        });
        s.node("#sourceCite").ifPresent(s::click);
        if (!fx(() -> cite.openProperty().get())) {
            throw new AssertionError("Cite for… with \"" + passage + "\" selected opened no citing pane");
        }
        s.click(s.node("#citeSearch").orElseThrow(() -> new AssertionError("the citing pane has no search")));
        s.type(search);
        s.keys(KeyCode.ENTER);
        Record record = fx(() -> cite.recordProperty().get());
        if (record == null) {
            s.log.add("no record found for " + search + ": Cancel");
            s.node("#citeCancel").ifPresent(s::click);
            return;
        }
        List<Node> fields = s.nodes("#citeFields .check-box");
        if (field >= 0 && !fields.isEmpty()) {
            Node box = fields.get(field % fields.size());
            s.log.add("tick " + fx(box::getId));
            s.tick((CheckBox) box);
        }
        String quote = fx(() -> cite.quoteProperty().get().text());
        // the archive's rules answer off the UI thread: Confirm is enabled once they have
        if (!waitBriefly(() -> fx(() -> cite.canConfirmProperty().get()))) {
            throw new AssertionError("citing \"" + quote + "\" for " + record + " cannot be confirmed: "
                    + fx(() -> s.node("#citeProblems").map(n -> ((Labeled) n).getText()).orElse("")));
        }
        s.click(s.node("#citeConfirm").orElseThrow(() -> new AssertionError("the citing pane has no Confirm")));
        if (!waitBriefly(() -> !fx(() -> cite.openProperty().get()))) {
            throw new AssertionError("Confirm left the citing pane open: "
                    + fx(() -> s.node("#citeProblems").map(n -> ((Labeled) n).getText()).orElse("")));
        }
        s.settle();
        s.log.add("cited \"" + quote + "\"");
        s.cited = new UiSession.Cited(record, quote);
    }

    /** Waits up to ten seconds for the condition; false when it did not come true. */
    static boolean waitBriefly(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static boolean editable(UiSession s) {
        return fx(() -> s.app().editing().session().editableProperty().get()
                && !s.app().editing().session().dataset().places().isEmpty());
    }

    /** Renames the first place of the archive in English through the edit session, as a form's OK does. */
    private static void rename(UiSession s, String name) {
        var taken = new AtomicReference<CompletableFuture<Boolean>>(CompletableFuture.completedFuture(true));
        s.interact(() -> {
            EditSession session = s.app().editing().session();
            Place p = session.dataset().places().get(0);
            Names n = p.names();
            Place renamed = new Place(p.id(), p.kind(), new Names(n.pl(), name, n.nativeName(), n.aliases()), p.country(),
                    p.coordinates(), p.note(), p.evidence());
            if (!p.equals(renamed)) {
                taken.set(session.commit(Change.of(RecordEdit.replace(p, renamed))));
            }
        });
        s.waitFor(() -> taken.get().isDone());
        if (!taken.get().join()) {
            throw new AssertionError("a new English name was refused: " + name);
        }
        s.settle();
    }

    /** Ctrl+S; what is on disk is then checked against what the window shows, and its quotes against the notes. */
    static void save(UiSession s) {
        s.keys(KeyCode.CONTROL, KeyCode.S);
        s.saved = true;
        s.savedQuotes = true;
    }

    /**
     * Undo or Redo by its keys; while the keyboard is in a form's text field, which takes them for its own text, by
     * the Edit menu's item, as the officer would choose it there.
     */
    private static void editKeys(UiSession s, String menuItem, KeyCode... keys) {
        if (fx(() -> s.stage.getScene().getFocusOwner() instanceof TextInputControl field
                && FormSteps.within(field, s.app().window().lookup("#recordForm")))) {
            s.log.add("the keyboard in the form: " + menuItem);
            fireMenuItem(s, menuItem);
        } else {
            s.keys(keys);
        }
    }

    /** Chooses a menu item as a click on it would (menus are popups the robot reaches poorly under Monocle). */
    static void fireMenuItem(UiSession s, String id) {
        s.interact(() -> {
            MenuBar bar = (MenuBar) s.app().window().lookup("#menuBar");
            for (Menu m : bar.getMenus()) {
                find(m, id).ifPresent(MenuItem::fire);
            }
        });
    }

    /** Whether the menu item with this id is enabled (a click on it would choose it). */
    static boolean menuItemEnabled(UiSession s, String id) {
        return fx(() -> {
            MenuBar bar = (MenuBar) s.app().window().lookup("#menuBar");
            return bar.getMenus().stream().map(m -> find(m, id)).flatMap(Optional::stream)
                    .anyMatch(item -> !item.isDisable());
        });
    }

    private static Optional<MenuItem> find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return Optional.of(item);
            }
            if (item instanceof Menu sub) {
                Optional<MenuItem> found = find(sub, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Resizes the window to a share of the screen, kept on it (there is no window manager to drag with). Only
     * down from its size: under Monocle a window that grows back draws into a buffer of its smaller size
     * ("Too small int buffer size", printed by the renderer; not the app's doing).
     */
    private static void resize(UiSession s, int widthPercent, int heightPercent) {
        s.interact(() -> {
            var screen = Screen.getPrimary().getVisualBounds();
            s.stage.setX(screen.getMinX());
            s.stage.setY(screen.getMinY());
            s.stage.setWidth(Math.min(s.stage.getWidth(), Math.floor(screen.getWidth() * widthPercent / 100)));
            s.stage.setHeight(Math.min(s.stage.getHeight(), Math.floor(screen.getHeight() * heightPercent / 100)));
        });
    }
}
