package app.delegations;

import java.util.Optional;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.text.TextFold;
import app.delegations.ui.RecordingDialogs.ErrorShown;
import app.delegations.ui.brief.PdfText;
import app.delegations.ui.common.DataColumn;
import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.events.EventsViewModel;
import app.delegations.ui.figures.Figure;
import app.delegations.ui.figures.FigureBar;
import app.delegations.ui.figures.FiguresFeature;
import app.delegations.ui.figures.FiguresViewModel;
import app.delegations.ui.filter.FilterLeaves;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.PersonTies;
import app.delegations.ui.filter.SearchHits;
import app.delegations.ui.main.LoadNotice;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.map.MapViewModel;
import app.delegations.ui.organisations.OrganisationRow;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.organisations.OrganisationsViewModel;
import app.delegations.ui.people.PeopleFeature;
import app.delegations.ui.people.PeopleViewModel;
import app.delegations.ui.people.PersonRow;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.source.Reflow;
import app.delegations.ui.source.SourceView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import static app.delegations.UiSession.fx;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;

/**
 * What must hold after every step a user takes in the window, read from what the window shows (the status bar,
 * the tables' rows, the filter pane's ticks and counts, the detail pane, the Source view) and checked against
 * the data, not against the code that produced it: the rows and counts are recomputed here from each place's
 * country, kind, roles and events' dates (the date fields' values and the ticked years), and only the search's
 * word matching is borrowed from a fresh {@link FilterModel} holding nothing but the search text.
 * <p>
 * To add one: a static method taking the {@link UiSession} that throws {@link AssertionError}, and a line in
 * {@link #ALL}.
 */
final class Invariants {
    /** A named check. */
    record Invariant(String name, Consumer<UiSession> check) {
    }

    /** Every invariant, checked in this order after every step. */
    static final List<Invariant> ALL = List.of(
            new Invariant("no uncaught exception", Invariants::noUncaughtException),
            new Invariant("no error dialog", Invariants::noErrorDialog),
            new Invariant("the window fits a screen", Invariants::windowFitsAScreen),
            new Invariant("the rows shown are those the search and ticked facets leave", Invariants::rowsMatchTheFilter),
            new Invariant("each Places row counts its place's meetings and shows the latest's days",
                    Invariants::placeRowsCountTheirMeetings),
            new Invariant("\"N of M\" counts the rows shown", Invariants::statusCountsTheRows),
            new Invariant("the Organisations rows are those the filter leaves", Invariants::organisationsMatchTheFilter),
            new Invariant("the Events rows are the events the filter and the narrowing leave", Invariants::eventsMatchTheFilter),
            new Invariant("the People rows are those the filter leaves", Invariants::peopleMatchTheFilter),
            new Invariant("the map's markers are the places the filter leaves that have coordinates",
                    Invariants::mapMatchesTheFilter),
            new Invariant("the places-per-country figure counts the places the filter leaves",
                    Invariants::figuresCountThePlacesLeft),
            new Invariant("each facet's count is the rows ticking it would leave", Invariants::facetCountsMatch),
            new Invariant("the details show the selected record or say none is", Invariants::detailsShowTheSelection),
            new Invariant("an open form stands in the details' place; with none open the details show",
                    Invariants::formInPlaceOfTheDetails),
            new Invariant("an edit form nothing was typed into is open only on the selected record",
                    FormSteps::unchangedFormEditsTheSelection),
            new Invariant("what was typed in a form stays in it until applied, cancelled or discarded",
                    FormSteps::typedWorkKept),
            new Invariant("the open form's heading is in the window's language", FormSteps::headingInTheWindowsLanguage),
            new Invariant("a step that edits nothing leaves the archive edited as it was",
                    FormSteps::nothingAppliedUnasked),
            new Invariant("source highlights lie on the quoted text", Invariants::sourceHighlightsOnQuotes),
            new Invariant("after a save the archive on disk loads without problems and is what the window shows",
                    Invariants::savedArchiveIsShown),
            new Invariant("an exported brief loads as a PDF and names its record", Invariants::briefNamesItsRecord),
            new Invariant("a confirmed citation is in its record, quoting a passage found once in the note",
                    Invariants::citationIsInItsRecord),
            new Invariant("after a save every quote in the archive on disk is found in its note",
                    Invariants::savedQuotesAreInTheirNotes),
            new Invariant("the archive read again with unsaved edits shows them throughout, never the records as read",
                    Invariants::unsavedEditsStayShown));

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d\\s\\u00a0\\u202f,.]*\\d)?");
    /** Pixels a window may stray from its screen (rounding). */
    private static final double TOLERANCE = 2;

    private Invariants() {
    }

    /**
     * Checks every invariant; the first that fails throws, naming itself. {@code -Dmbt.skip=NAME,NAME} leaves out
     * the invariants so named, to look for what else breaks while a known failure is being fixed.
     */
    static void checkAll(UiSession s) {
        for (Invariant i : ALL) {
            if (skipped(i.name())) {
                continue;
            }
            try {
                i.check().accept(s);
            } catch (AssertionError e) {
                var failure = new AssertionError("invariant broken: " + i.name() + ": " + e.getMessage()
                        + "\n  steps: " + String.join(" → ", s.log), e.getCause());
                failure.setStackTrace(new StackTraceElement[0]);
                throw failure;
            }
            if (!s.running()) {
                return; // the window did not start: nothing else to check
            }
        }
    }

    /** True when {@code -Dmbt.skip} names this check. */
    static boolean skipped(String name) {
        return List.of(System.getProperty("mbt.skip", "").split(",")).contains(name);
    }

    /**
     * After File › Export brief as PDF… with an event, a place or a country selected, the file loads in PDFBox and
     * its title and first page name the record as the window named it.
     */
    private static void briefNamesItsRecord(UiSession s) {
        if (s.brief == null) {
            return;
        }
        Path file = s.brief;
        String name = s.briefOf;
        s.brief = null;
        s.briefOf = null;
        PdfText pdf;
        try {
            pdf = PdfText.of(file);
        } catch (IOException e) {
            throw new AssertionError(file.getFileName() + " does not load as a PDF: " + e.getMessage(), e);
        }
        if (pdf.title() == null || !pdf.title().contains(name) || !pdf.pageTexts().get(0).replaceAll("\\s+", " ")
                .contains(name.replaceAll("\\s+", " "))) {
            throw new AssertionError(file.getFileName() + " does not name " + name + ": its title is " + pdf.title());
        }
    }

    /** A record in a failure message: its kind and id or name, not its whole contents. */
    static String describe(Entity r) {
        return r instanceof Place p ? "place " + p.id() : r instanceof Country c ? "country " + c.code()
                : r instanceof Event e ? "event " + e.id() : r instanceof Organisation o ? "organisation " + o.id()
                : r instanceof Person p ? "person " + p.id() : String.valueOf(r);
    }

    static void noUncaughtException(UiSession s) {
        List<Throwable> thrown = s.uncaughtSoFar();
        if (!thrown.isEmpty()) {
            Throwable first = thrown.get(0);
            StackTraceElement[] at = first.getStackTrace();
            throw new AssertionError(thrown.size() + " uncaught, the first " + first
                    + (at.length > 0 ? " at " + at[0] : ""), first);
        }
    }

    /** After a step that read the archive again with unsaved edits: see {@link UnsavedShown}. */
    static void unsavedEditsStayShown(UiSession s) {
        UnsavedShown watched = s.unsavedShown;
        s.unsavedShown = null;
        if (watched != null) {
            watched.check();
        }
    }

    /** No notice, or only that files changed on disk were read again (what is shown is what was read). */
    private static boolean noProblemNoticed(UiSession s) {
        LoadNotice n = s.app().workspace().main().noticeProperty().get();
        return n == null || n.kind() == LoadNotice.Kind.REREAD;
    }

    /**
     * After a save (with nothing left unsaved, and the archive's last reading without errors: a colleague's
     * half-written file is not the save's), the folder read afresh by the real loaders gives the records the
     * window shows.
     */
    static void savedArchiveIsShown(UiSession s) {
        if (!s.saved) {
            return;
        }
        s.saved = false;
        boolean clean = fx(() -> !s.app().editing().session().dirty() && noProblemNoticed(s)
                && s.app().workspace().current().archive() != null);
        if (!clean) {
            return;
        }
        Path folder = fx(() -> s.app().workspace().current().archive().folder());
        Archive read = new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(folder, LoadProgress.NONE);
        if (!read.result().ok() || !read.result().problems().isEmpty()) {
            throw new AssertionError("the saved archive does not load: " + read.result().problems());
        }
        Dataset disk = read.result().datasetOrNull();
        Dataset shown = fx(() -> s.app().workspace().current().dataset());
        if (!disk.places().equals(shown.places()) || !disk.countries().equals(shown.countries())
                || !disk.events().equals(shown.events()) || !disk.people().equals(shown.people())
                || !disk.organisations().equals(shown.organisations()) || !disk.venues().equals(shown.venues())
                || !disk.sources().equals(shown.sources())) {
            throw new AssertionError("on disk " + disk.places() + " but the window shows " + shown.places());
        }
    }

    /**
     * After Cite for… was confirmed: the record, as the window now holds it, has the citation of the session's
     * note with the quote the citing pane showed, lying where the loader finds it, and that quote comes once in
     * the note (it was widened until unique: the loader takes a quote's first occurrence).
     */
    static void citationIsInItsRecord(UiSession s) {
        UiSession.Cited cited = s.cited;
        if (cited == null) {
            return;
        }
        s.cited = null;
        Dataset shown = fx(() -> s.app().editing().session().dataset());
        String key = key(cited.record());
        Record now = records(shown).stream().filter(r -> key(r).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is gone after citing it"));
        Source note = shown.source(UiSession.NOTE_ID).orElseThrow(() -> new AssertionError("the note is gone"));
        boolean found = evidence(now).stream().anyMatch(c -> UiSession.NOTE_ID.equals(c.source())
                && cited.quote().equals(c.quote()) && quoteLiesAt(note, c));
        if (!found) {
            throw new AssertionError(key + " has no citation quoting \"" + cited.quote() + "\" where the note has it: "
                    + evidence(now));
        }
        String text = note.text();
        if (text.indexOf(cited.quote()) != text.lastIndexOf(cited.quote())) {
            throw new AssertionError("the quote \"" + cited.quote() + "\" comes more than once in the note");
        }
    }

    /**
     * After a save (nothing left unsaved, the archive read without errors), the folder read afresh: every quote of
     * every record is found in its note, where the citation says.
     */
    static void savedQuotesAreInTheirNotes(UiSession s) {
        if (!s.savedQuotes) {
            return;
        }
        s.savedQuotes = false;
        boolean clean = fx(() -> !s.app().editing().session().dirty() && noProblemNoticed(s)
                && s.app().workspace().current().archive() != null);
        if (!clean) {
            return;
        }
        Path folder = fx(() -> s.app().workspace().current().archive().folder());
        Dataset disk = new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(folder, LoadProgress.NONE)
                .result().datasetOrNull();
        if (disk == null) {
            throw new AssertionError("the saved archive does not load");
        }
        for (Record r : records(disk)) {
            for (Citation c : evidence(r)) {
                if (c.source() == null || c.quote() == null) {
                    continue;
                }
                Source note = disk.source(c.source()).orElseThrow(() -> new AssertionError(key(r)
                        + " cites the source " + c.source() + ", not in the saved archive"));
                if (!quoteLiesAt(note, c)) {
                    throw new AssertionError(key(r) + ": the quote \"" + c.quote() + "\" is not found in "
                            + note.id() + " (at " + c.start() + "–" + c.end() + ")");
                }
            }
        }
    }

    /** The quote stands in the note's text where the citation says (whitespace in a quote matches any run). */
    private static boolean quoteLiesAt(Source note, Citation c) {
        String text = note.text();
        return c.hasQuote() && c.end() <= text.length() && c.start() < c.end()
                && text.substring(c.start(), c.end()).replaceAll("\\s+", " ").equals(c.quote().replaceAll("\\s+", " "));
    }

    /** Every record a citation can be for. */
    private static List<Record> records(Dataset d) {
        var out = new ArrayList<Record>();
        out.addAll(d.places());
        out.addAll(d.countries());
        out.addAll(d.events());
        out.addAll(d.people());
        out.addAll(d.organisations());
        out.addAll(d.venues());
        return out;
    }

    private static List<Citation> evidence(Record r) {
        return r instanceof Place p ? p.evidence() : r instanceof Country c ? c.evidence()
                : r instanceof Event e ? e.evidence() : r instanceof Person p ? p.evidence()
                : r instanceof Organisation o ? o.evidence() : r instanceof Venue v ? v.evidence() : List.of();
    }

    /** A record's kind and id, which an edit never changes. */
    private static String key(Record r) {
        return r instanceof Venue v ? "venue " + v.id() : r instanceof Entity e ? describe(e) : String.valueOf(r);
    }

    static void noErrorDialog(UiSession s) {
        List<ErrorShown> errors = fx(() -> List.copyOf(s.dialogs.errors));
        if (!errors.isEmpty()) {
            throw new AssertionError("error dialog: " + errors.get(0).title() + ": " + errors.get(0).message());
        }
    }

    /** The window opens and stays on a screen that exists, no larger than it. */
    static void windowFitsAScreen(UiSession s) {
        var b = fx(() -> new Rectangle2D(s.stage.getX(), s.stage.getY(), s.stage.getWidth(), s.stage.getHeight()));
        boolean fits = fx(() -> Screen.getScreens().stream().map(Screen::getBounds).anyMatch(screen ->
                b.getWidth() > 0 && b.getHeight() > 0
                        && b.getMinX() >= screen.getMinX() - TOLERANCE && b.getMinY() >= screen.getMinY() - TOLERANCE
                        && b.getMaxX() <= screen.getMaxX() + TOLERANCE && b.getMaxY() <= screen.getMaxY() + TOLERANCE));
        if (!fits) {
            throw new AssertionError("window at " + b + ", screens " + fx(() -> Screen.getScreens().stream()
                    .map(Screen::getBounds).toList()));
        }
    }

    /**
     * The map shows a marker for exactly the places the filter leaves (recomputed here) that have coordinates,
     * and, once the Map tab is made, its toolbar counts them.
     */
    static void mapMatchesTheFilter(UiSession s) {
        MapViewModel vm = TestWindows.feature(s.app(), MapFeature.class).viewModel();
        if (fx(() -> s.app().workspace().applyingProperty().get())) {
            return; // the views take new data phase by phase: the map's turn may still be to come
        }
        Oracle o = Oracle.read(s);
        DatasetIndex index = s.index();
        Set<String> expected = o.rows(null, null).stream()
                .filter(id -> index.entry(id).place().coordinates() != null).collect(Collectors.toSet());
        List<String> shown = fx(() -> vm.shown().stream().map(p -> p.entry().id()).toList());
        if (shown.size() != new HashSet<>(shown).size() || !expected.equals(new HashSet<>(shown))) {
            throw new AssertionError("the map shows " + shown.size() + " places, " + expected.size()
                    + " expected: " + first(shown) + " / " + first(expected));
        }
        Optional<Node> count = s.node("#mapCount");
        if (count.isPresent() && !fx(() -> ((Labeled) count.get()).getText()).contains(String.valueOf(shown.size()))) {
            throw new AssertionError("the map's toolbar says \"" + fx(() -> ((Labeled) count.get()).getText())
                    + "\" with " + shown.size() + " places on the map");
        }
    }

    /**
     * The places-per-country figure adds up to the places the filter leaves (recomputed here), and, while the
     * Figures tab shows that chart, its bars are those numbers.
     */
    @SuppressWarnings("unchecked")
    static void figuresCountThePlacesLeft(UiSession s) {
        FiguresViewModel vm = TestWindows.feature(s.app(), FiguresFeature.class).viewModel();
        if (fx(() -> s.app().workspace().applyingProperty().get())) {
            return; // the views take new data phase by phase: the figures' turn may still be to come
        }
        int expected = Oracle.read(s).rows(null, null).size();
        List<FigureBar> bars = fx(vm::placesPerCountry);
        int counted = bars.stream().mapToInt(FigureBar::count).sum();
        if (counted != expected) {
            throw new AssertionError("the places per country add up to " + counted + ", " + expected
                    + " places left: " + bars);
        }
        Optional<Node> chart = s.node("#figuresChart");
        // a hidden Figures tab's chart keeps the numbers of when it was last shown (made again when shown)
        if (chart.isPresent() && fx(() -> vm.shownProperty().get() && vm.figureProperty().get() == Figure.COUNTRIES)) {
            int drawn = fx(() -> ((BarChart<Number, String>) chart.get()).getData().stream()
                    .flatMap(series -> series.getData().stream()).mapToInt(d -> d.getXValue().intValue()).sum());
            if (drawn != expected) {
                throw new AssertionError("the chart's bars add up to " + drawn + ", " + expected + " places left");
            }
        }
    }

    static void rowsMatchTheFilter(UiSession s) {
        Oracle o = Oracle.read(s);
        List<String> shown = fx(() -> placesTable(s).getItems().stream().map(PlaceRow::id).toList());
        Set<String> expected = o.rows(null, null);
        if (shown.size() != new HashSet<>(shown).size() || !expected.equals(new HashSet<>(shown))) {
            var missing = new TreeSet<>(expected);
            shown.forEach(missing::remove);
            var extra = new TreeSet<>(shown);
            extra.removeAll(expected);
            throw new AssertionError("with search \"" + o.search + "\" and ticked " + o.ticked + ": "
                    + shown.size() + " rows shown, " + expected.size() + " expected; missing " + first(missing)
                    + ", not expected " + first(extra));
        }
    }

    /**
     * Each Places row's Meetings and Last meeting are those of its place in the data shown, counted here from every
     * event's participants (inherited ones too, as the index answers them): how many events, and the first and last
     * day of the one that began last (of those, ended last). Catches a row an edit left as it was.
     */
    static void placeRowsCountTheirMeetings(UiSession s) {
        if (fx(() -> s.app().workspace().applyingProperty().get())) {
            return; // the rows may still be the old data's until the update lands
        }
        DatasetIndex index = fx(() -> s.app().workspace().index());
        List<PlaceRow> rows = fx(() -> List.copyOf(placesTable(s).getItems()));
        var count = new HashMap<String, Integer>();
        var latest = new HashMap<String, Event>();
        Comparator<Event> byDays = Comparator.comparing(Event::start).thenComparing(Event::end);
        LocalDate today = LocalDate.now();
        for (Event e : index.dataset().events()) {
            for (String p : new HashSet<>(index.participants(e))) {
                count.merge(p, 1, Integer::sum);
                if (!e.start().isAfter(today)) { // a planned meeting is never the last one held
                    latest.merge(p, e, (a, b) -> byDays.compare(b, a) >= 0 ? b : a);
                }
            }
        }
        for (PlaceRow r : rows) {
            Event last = latest.get(r.id());
            DataColumn.Days days = last == null ? null : new DataColumn.Days(last.start(), last.end());
            if (r.meetings() != count.getOrDefault(r.id(), 0) || !Objects.equals(days, r.latest())) {
                throw new AssertionError(r.id() + ": " + r.meetings() + " meetings, last " + r.latest() + "; the data: "
                        + count.getOrDefault(r.id(), 0) + ", last " + days);
            }
        }
    }

    /**
     * The Organisations view model lists exactly the organisations {@link FilterLeaves#record} says the filter
     * leaves (the rule the detail pane's "hidden" notice asks), each once, and its table, once made, shows them
     * in that order.
     */
    static void organisationsMatchTheFilter(UiSession s) {
        OrganisationsViewModel vm = TestWindows.feature(s.app(), OrganisationsFeature.class).viewModel();
        List<String> shown = fx(() -> vm.items().stream().map(OrganisationRow::id).toList());
        Set<String> expected = fx(() -> vm.allRows().stream()
                .filter(r -> FilterLeaves.record(s.app().filter(), r.organisation()))
                .map(OrganisationRow::id).collect(Collectors.toSet()));
        if (shown.size() != new HashSet<>(shown).size() || !expected.equals(new HashSet<>(shown))) {
            throw new AssertionError("organisations shown " + shown + ", the filter leaves " + new TreeSet<>(expected));
        }
        Optional<Node> table = s.node("#organisationsTable");
        if (table.isPresent()) {
            List<String> inTable = fx(() -> ((TableView<?>) table.get()).getItems().stream()
                    .map(r -> ((OrganisationRow) r).id()).toList());
            // a table given many rows reveals them a few per frame (GradualFill): what it shows is their beginning
            boolean beginning = inTable.size() <= shown.size() && shown.subList(0, inTable.size()).equals(inTable);
            if (!beginning && !fx(() -> s.app().workspace().applyingProperty().get())) {
                throw new AssertionError("the table shows " + inTable + ", its view model " + shown);
            }
        }
    }

    /**
     * The People view model lists exactly the people the filter leaves, recomputed here from the data: while the
     * filter is on, every search word is in the person's names, honorific, positions, organisations, places or
     * notes (matched by the index's folded texts, as the search matches a place), and, while a facet is ticked,
     * they attend an event the timeline's filter would leave on the facets alone, or hold a position at a place
     * the facets leave ({@link #rowsMatchTheFilter}'s oracle, without the search); each once, and its table, once
     * made, shows them in that order. It is also what {@link FilterLeaves#record} tells the detail pane.
     */
    static void peopleMatchTheFilter(UiSession s) {
        PeopleViewModel vm = TestWindows.feature(s.app(), PeopleFeature.class).viewModel();
        boolean applying = fx(() -> s.app().workspace().applyingProperty().get()); // the index may be the old one
        if (applying) {
            return;
        }
        List<String> shown = fx(() -> vm.items().stream().map(PersonRow::id).toList());
        Oracle o = Oracle.read(s);
        Set<String> facetsLeave = o.facetsOnly();
        Set<String> participantsLeft = o.facetsOnlyWithoutDates();
        boolean anyFacet = o.ticked.values().stream().anyMatch(v -> !v.isEmpty()) || o.anyDate();
        DatasetIndex index = s.index();
        List<String> words = TextFold.words(o.search);
        Set<String> expected = new HashSet<>();
        for (PersonRow r : fx(() -> List.copyOf(vm.allRows()))) {
            PersonTies t = r.ties();
            if (!words.stream().allMatch(w -> t.searchText().contains(w))) {
                continue;
            }
            boolean placeLeft = t.places().stream().anyMatch(e -> facetsLeave.contains(e.id()));
            boolean eventLeft = t.events().stream().map(PersonTies.Attended::event).anyMatch(e ->
                    o.dated(e) && index.participants(e).stream().anyMatch(participantsLeft::contains));
            if (!anyFacet || placeLeft || eventLeft) {
                expected.add(r.id());
            }
        }
        if (shown.size() != new HashSet<>(shown).size() || !expected.equals(new HashSet<>(shown))) {
            throw new AssertionError("people shown " + shown + ", the filter leaves " + new TreeSet<>(expected)
                    + " (search \"" + o.search + "\", ticked " + o.ticked + ")");
        }
        Set<String> told = fx(() -> vm.allRows().stream().filter(r -> FilterLeaves.record(s.app().filter(), r.person()))
                .map(PersonRow::id).collect(Collectors.toSet()));
        if (!told.equals(expected)) {
            throw new AssertionError("the detail pane is told " + new TreeSet<>(told) + " are left, the table shows "
                    + new TreeSet<>(expected));
        }
        Optional<Node> table = s.node("#peopleTable");
        if (table.isPresent()) {
            List<String> inTable = fx(() -> ((TableView<?>) table.get()).getItems().stream()
                    .map(r -> ((PersonRow) r).id()).toList());
            boolean beginning = inTable.size() <= shown.size() && shown.subList(0, inTable.size()).equals(inTable);
            if (!beginning) {
                throw new AssertionError("the table shows " + inTable + ", its view model " + shown);
            }
        }
    }

    /** A person's name as the details title it: after the honorific when there is one. */
    static String personName(Person p, Locale locale) {
        String name = p.names().in(locale);
        return p.honorific() == null ? name : p.honorific() + " " + name;
    }

    /**
     * The Events view model lists exactly the events the timeline's filter ({@link FilterModel#eventPredicateProperty})
     * leaves among those the selected-partner narrowing leaves (the events of that place, or of a place of that
     * country, recomputed here from the index), each once, and its table, once made, shows them in that order.
     */
    static void eventsMatchTheFilter(UiSession s) {
        EventsViewModel vm = TestWindows.feature(s.app(), EventsFeature.class).viewModel();
        List<String> shown = fx(() -> vm.items().stream().map(EventRow::id).toList());
        Entity partner = fx(() -> vm.narrowingProperty().get());
        DatasetIndex index = s.index();
        Set<String> partnerEvents = new HashSet<>();
        for (PlaceEntry e : index.entries()) {
            if (partner instanceof Place p ? e.id().equals(p.id())
                    : partner instanceof Country c && e.place().country().equals(c.code())) {
                index.eventsOf(e.id()).forEach(ev -> partnerEvents.add(ev.id()));
            }
        }
        Set<String> expected = fx(() -> vm.allRows().stream()
                .filter(r -> s.app().filter().eventPredicateProperty().get().test(r.event()))
                .filter(r -> partner == null || partnerEvents.contains(r.id()))
                .map(EventRow::id).collect(Collectors.toSet()));
        boolean applying = fx(() -> s.app().workspace().applyingProperty().get()); // the index may be the old one
        if (!applying && (shown.size() != new HashSet<>(shown).size() || !expected.equals(new HashSet<>(shown)))) {
            throw new AssertionError("events shown " + shown + ", the filter and the narrowing to "
                    + (partner == null ? "nobody" : describe(partner)) + " leave " + new TreeSet<>(expected));
        }
        Optional<Node> table = s.node("#eventsTable");
        if (table.isPresent()) {
            List<String> inTable = fx(() -> ((TableView<?>) table.get()).getItems().stream()
                    .map(r -> ((EventRow) r).id()).toList());
            boolean beginning = inTable.size() <= shown.size() && shown.subList(0, inTable.size()).equals(inTable);
            if (!beginning && !applying) {
                throw new AssertionError("the table shows " + inTable + ", its view model " + shown);
            }
            // each row on screen shows the table's item at its index: an edited row put in place (an update of the
            // list, not a replacement) reached the row that shows it
            List<String> stale = applying ? List.of() : fx(() -> {
                TableView<?> t = (TableView<?>) table.get();
                if (!(t.lookup(".virtual-flow") instanceof Parent flow) || flow.isNeedsLayout()) {
                    return List.<String>of(); // the rows are given their items at the next layout
                }
                return t.lookupAll(".table-row-cell").stream() // rows kept for reuse are there too, hidden
                        .filter(n -> n instanceof TableRow<?> r && r.isVisible() && !r.isEmpty() && r.getIndex() >= 0
                                && r.getIndex() < t.getItems().size() && r.getItem() != t.getItems().get(r.getIndex()))
                        .map(n -> ((TableRow<?>) n).getIndex() + ": " + ((TableRow<?>) n).getItem()).toList();
            });
            if (!stale.isEmpty()) {
                throw new AssertionError("table rows showing another row than their item: " + stale);
            }
        }
    }

    static void statusCountsTheRows(UiSession s) {
        String text = fx(() -> ((Labeled) s.app().window().lookup("#statusCount")).getText());
        ViewFeature front = fx(() -> s.app().window().selectedView());
        if (front.recordKind() != Place.class) { // another view's records, or nothing for a view of none
            Tab tab = fx(() -> s.app().window().tabs().getSelectionModel().getSelectedItem());
            List<Integer> shown = front.recordKind() == null ? List.of() // Figures' table holds numbers, not rows
                    : fx(() -> DataTable.in(tab.getContent()).map(t -> List.of(t.view().getItems().size()))
                    .orElse(List.of()));
            List<Integer> said = shown.equals(List.of(0)) ? List.of(0) : numbers(text); // "no events" says 0
            if (!said.equals(shown) || shown.isEmpty() != text.isEmpty()) {
                throw new AssertionError("status \"" + text + "\" on " + front.tabId() + ", whose table shows " + shown);
            }
            return;
        }
        int rows = fx(() -> placesTable(s).getItems().size());
        int total = s.index().entries().size();
        List<Integer> numbers = numbers(text);
        List<Integer> expected = rows == total && !fx(() -> s.app().filter().activeProperty().get())
                ? List.of(total) : List.of(rows, total);
        if (total == 0 && numbers.isEmpty()) {
            return; // "no places": every place deleted
        }
        if (!numbers.equals(expected)) {
            throw new AssertionError("status \"" + text + "\", but " + rows + " of " + total + " rows are shown");
        }
    }

    static void facetCountsMatch(UiSession s) {
        Oracle o = Oracle.read(s);
        // each facet row: its box's id and the count beside it
        List<String[]> shown = fx(() -> s.app().window().lookupAll("#filterView .facet-row").stream().map(n -> {
            var parts = ((Parent) n).getChildrenUnmodifiable();
            return new String[] {parts.get(0).getId(), ((Label) parts.get(1)).getText()};
        }).toList());
        // written as the UI's language writes numbers ("1 315" in Polish)
        NumberFormat numbers = NumberFormat.getIntegerInstance(fx(() -> s.app().workspace().main().messages().locale()));
        var wrong = new ArrayList<String>();
        for (String[] row : shown) {
            String[] facetValue = facetOf(row[0]);
            int expected = facetValue[0].equals("year") ? o.events(Integer.parseInt(facetValue[1]))
                    : o.rows(facetValue[0], facetValue[1]).size();
            if (!row[1].equals(numbers.format(expected))) {
                wrong.add(facetValue[0] + " " + facetValue[1] + ": shows " + row[1] + ", leaves " + expected);
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("with search \"" + o.search + "\" and ticked " + o.ticked + ": " + first(wrong));
        }
    }

    static void formInPlaceOfTheDetails(UiSession s) {
        if (s.node("#detailsView").isEmpty() && s.node("#recordForm").isEmpty()) {
            return; // the pane is hidden
        }
        boolean open = fx(() -> TestWindows.feature(s.app(), DetailsFeature.class).forms().openProperty().get() != null);
        boolean formShown = s.node("#recordForm").map(n -> fx(n::isVisible)).orElse(false);
        boolean detailsShown = s.node("#detailsView").map(n -> fx(n::isVisible)).orElse(false);
        if (open != formShown || open == detailsShown) {
            throw new AssertionError("a form " + (open ? "is" : "is not") + " open, but the form is "
                    + (formShown ? "" : "not ") + "shown and the details are " + (detailsShown ? "" : "not ") + "shown");
        }
    }

    static void detailsShowTheSelection(UiSession s) {
        if (s.node("#detailsView").isEmpty()) {
            return; // the pane is hidden
        }
        Entity selected = fx(() -> s.app().workspace().selection().get());
        Locale locale = fx(() -> s.app().workspace().main().messages().locale());
        if (selected == null) {
            if (s.node("#detailsEmpty").isEmpty()) {
                throw new AssertionError("nothing is selected, but the details do not say so");
            }
            return;
        }
        String expected = selected instanceof Place p ? p.names().in(locale)
                : selected instanceof Country c ? c.names().in(locale)
                : selected instanceof Event e ? e.title().in(locale)
                : selected instanceof Organisation o ? o.names().in(locale)
                : selected instanceof Person p ? personName(p, locale) : String.valueOf(selected);
        String title = s.node("#detailsTitle").map(n -> fx(() -> ((Labeled) n).getText())).orElse(null);
        if (!expected.equals(title)) {
            throw new AssertionError("selected " + expected + ", the details show " + title);
        }
    }

    /**
     * The Source view: every highlighted passage's text is the quoted text, and each highlight drawn behind a
     * passage lies on its characters ({@link SourceView#highlightMismatches}, compared in the window's
     * coordinates). Checked when the Source view is shown.
     */
    static void sourceHighlightsOnQuotes(UiSession s) {
        if (s.tab() != 3 || s.node("#sourceText").isEmpty()) {
            return;
        }
        String problem = fx(() -> {
            var vm = TestWindows.source(s.app());
            if (vm.sourceProperty().get() == null) {
                return null;
            }
            String note = vm.sourceProperty().get().text();
            var flow = (TextFlow) s.app().window().lookup("#sourceText");
            var passages = flow.getChildren().stream().filter(n -> n.getStyleClass().contains("passage"))
                    .map(n -> (Text) n).toList();
            var expected = vm.passagesProperty().get();
            if (passages.size() != expected.size()) {
                return passages.size() + " passages drawn, " + expected.size() + " to highlight";
            }
            for (int i = 0; i < passages.size(); i++) {
                var p = expected.get(i);
                // drawn from the note as shown (Reflow: same offsets, a joined line break shown as a space)
                if (!passages.get(i).getText().equals(Reflow.shown(note).substring(p.start(), p.end()))) {
                    return "passage " + i + " shows \"" + passages.get(i).getText() + "\", the quote is at "
                            + p.start() + "-" + p.end();
                }
            }
            var view = (SourceView) s.app().window().lookup("#sourceView");
            List<String> off = view.highlightMismatches();
            return off.isEmpty() ? null : String.join("; ", off);
        });
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    /** True when the filter pane has a row for every value of every facet (large data gets them a few per frame). */
    static boolean facetsComplete(UiSession s) {
        Node view = s.app().window().lookup("#filterView");
        if (view == null) {
            return true;
        }
        DatasetIndex index = s.app().workspace().index();
        var values = new HashSet<String>();
        for (PlaceEntry e : index.entries()) {
            values.add("country-" + e.place().country());
            values.add("kind-" + e.place().kind().json());
            e.roles().forEach(r -> values.add("role-" + r.json()));
        }
        s.app().filter().countries().forEach(c -> values.add("country-" + c));
        for (int y : index.dates().years()) {
            values.add("year-" + y);
        }
        // a ticked value stays listed when the data lacks it (another file or archive opened)
        s.app().filter().kinds().forEach(k -> values.add("kind-" + k.json()));
        s.app().filter().roles().forEach(r -> values.add("role-" + r.json()));
        s.app().filter().years().forEach(y -> values.add("year-" + y));
        // a value ticked when the data arrived keeps its row after it is unticked, until other data arrives
        Set<String> rows = view.lookupAll(".facet-row .check-box").stream().map(Node::getId).filter(Objects::nonNull)
                .map(id -> id.substring("facet-".length())).collect(Collectors.toSet());
        return rows.containsAll(values);
    }

    private static TableView<PlaceRow> placesTable(UiSession s) {
        return TestWindows.placesView(s.app()).table();
    }

    private static String[] facetOf(String id) {
        String rest = id.substring("facet-".length());
        int dash = rest.indexOf('-');
        return new String[] {rest.substring(0, dash), rest.substring(dash + 1)};
    }

    static List<Integer> numbers(String text) {
        var out = new ArrayList<Integer>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group().replaceAll("\\D", "")));
        }
        return out;
    }

    private static String first(Collection<String> items) {
        return items.stream().limit(5).collect(Collectors.joining(", ", "[", items.size() > 5 ? ", …]" : "]"));
    }

    /**
     * What the filter should leave, from what the window shows: the search field's text, the date fields' dates
     * and the ticked boxes of the filter pane, applied to every place and event of the data shown.
     */
    private static final class Oracle {
        final String search;
        /** Ticked values per facet: "country" → codes, "kind" → json names, "role", "year" → years. */
        final Map<String, Set<String>> ticked;
        private final LocalDate from;
        private final LocalDate to;
        private final List<Faceted> places;
        private final DatasetIndex index;
        /** The events the search finds by their own texts, people and organisations (the app's answer). */
        private final Predicate<Event> found;

        /** One place as the facets see it, its events, and whether the search leaves it. */
        private record Faceted(String id, boolean searched, Map<String, Set<String>> values, List<Event> events) {
        }

        private Oracle(String search, Map<String, Set<String>> ticked, LocalDate from, LocalDate to,
                       List<Faceted> places, DatasetIndex index, Predicate<Event> found) {
            this.search = search;
            this.found = found;
            this.ticked = ticked;
            this.from = from;
            this.to = to;
            this.places = places;
            this.index = index;
        }

        static Oracle read(UiSession s) {
            return fx(() -> {
                String search = ((TextField) s.app().window().lookup("#searchField")).getText();
                var ticked = new HashMap<String, Set<String>>();
                for (String facet : List.of("country", "kind", "role", "year")) {
                    ticked.put(facet, new HashSet<>());
                }
                for (Node n : s.app().window().lookupAll("#filterView .check-box")) {
                    if (n instanceof CheckBox box && box.isSelected() && box.getId() != null) {
                        String[] fv = facetOf(box.getId());
                        ticked.get(fv[0]).add(fv[1]);
                    }
                }
                DatasetIndex index = s.app().workspace().index();
                var words = new FilterModel(); // only its word matching: no facet is set on it
                words.setIndex(index);
                words.searchTextProperty().set(search);
                Predicate<PlaceEntry> searched = words.placePredicateProperty().get();
                var places = new ArrayList<Faceted>();
                for (PlaceEntry e : index.entries()) {
                    places.add(new Faceted(e.id(), searched.test(e), Map.of(
                            "country", Set.of(String.valueOf(e.place().country())),
                            "kind", Set.of(e.place().kind().json()),
                            "role", e.roles().stream().map(PlaceRole::json).collect(Collectors.toSet())),
                            index.eventsOf(e.id())));
                }
                // the date fields as shown; the filter's own range only while the filter pane is hidden
                Node fromField = s.app().window().lookup("#dateFrom");
                Node toField = s.app().window().lookup("#dateTo");
                LocalDate from = fromField instanceof DatePicker p ? p.getValue() : s.app().filter().fromProperty().get();
                LocalDate to = toField instanceof DatePicker p ? p.getValue() : s.app().filter().toProperty().get();
                SearchHits hits = s.app().filter().searchHitsProperty().get();
                return new Oracle(search, ticked, from, to, places, index, hits::eventFound);
            });
        }

        /**
         * The ids of the places the search and ticked facets leave; with {@code facet} given, that facet's ticks
         * are replaced by {@code value} alone (what its count tells).
         */
        Set<String> rows(String facet, String value) {
            var out = new HashSet<String>();
            Set<String> years = "year".equals(facet) ? Set.of(value) : ticked.get("year");
            for (Faceted p : places) {
                if (p.searched() && p.values().entrySet().stream().allMatch(v -> has(facet, value, v.getKey(), v.getValue()))
                        && (!datePartSet(years) || p.events().stream().anyMatch(e -> dated(e, years)))) {
                    out.add(p.id());
                }
            }
            return out;
        }

        /** The ids of the places the ticked facets and the date part leave, whatever the search. */
        Set<String> facetsOnly() {
            Set<String> years = ticked.get("year");
            var out = new HashSet<String>();
            for (Faceted p : places) {
                if (p.values().entrySet().stream().allMatch(v -> has(null, null, v.getKey(), v.getValue()))
                        && (!datePartSet(years) || p.events().stream().anyMatch(e -> dated(e, years)))) {
                    out.add(p.id());
                }
            }
            return out;
        }

        /** The ids of the places the ticked country, kind and role facets leave, whatever the search and dates. */
        Set<String> facetsOnlyWithoutDates() {
            var out = new HashSet<String>();
            for (Faceted p : places) {
                if (p.values().entrySet().stream().allMatch(v -> has(null, null, v.getKey(), v.getValue()))) {
                    out.add(p.id());
                }
            }
            return out;
        }

        /** Whether the date fields or a year are set. */
        boolean anyDate() {
            return datePartSet(ticked.get("year"));
        }

        /** Whether the event passes the date part (range and ticked years). */
        boolean dated(Event e) {
            return dated(e, ticked.get("year"));
        }

        /**
         * How many events ticking {@code year} alone would leave: those in the date range covering a day of it
         * with a participant the search and the other ticked facets leave, or that the search finds themselves
         * with a participant the ticked country, kind and role leave.
         */
        int events(int year) {
            Set<String> left = undated();
            Set<String> facets = facetsOnlyWithoutDates();
            boolean placeFacet = Stream.of("country", "kind", "role").anyMatch(f -> !ticked.get(f).isEmpty());
            boolean searching = !TextFold.words(search).isEmpty();
            Set<String> years = Set.of(Integer.toString(year));
            return (int) index.dataset().events().stream()
                    .filter(e -> dated(e, years) && (index.participants(e).stream().anyMatch(left::contains)
                            || searching && found.test(e)
                            && (!placeFacet || index.participants(e).stream().anyMatch(facets::contains))))
                    .count();
        }

        /** The places the search and the ticked facets leave, the date part aside. */
        private Set<String> undated() {
            var out = new HashSet<String>();
            for (Faceted p : places) {
                if (p.searched() && p.values().entrySet().stream().allMatch(v -> has(null, null, v.getKey(), v.getValue()))) {
                    out.add(p.id());
                }
            }
            return out;
        }

        private boolean datePartSet(Set<String> years) {
            return from != null || to != null || !years.isEmpty();
        }

        /** The event overlaps [from, to] (open where empty) and, when years are given, covers a day of one. */
        private boolean dated(Event e, Set<String> years) {
            if (e.end().isBefore(e.start())) {
                return false; // covers no day
            }
            boolean inRange = (from == null || !e.end().isBefore(from)) && (to == null || !e.start().isAfter(to));
            return inRange && (years.isEmpty() || years.stream().map(Integer::parseInt)
                    .anyMatch(y -> y >= e.start().getYear() && y <= e.end().getYear()));
        }

        private boolean has(String facet, String value, String name, Set<String> values) {
            Set<String> wanted = name.equals(facet) ? Set.of(value) : ticked.get(name);
            return wanted.isEmpty() || wanted.stream().anyMatch(values::contains);
        }
    }
}
