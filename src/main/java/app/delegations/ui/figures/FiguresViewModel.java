package app.delegations.ui.figures;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.ui.common.Messages;
import app.delegations.ui.filter.FilterModel;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Figures view's numbers, always those of the records the shared {@link FilterModel} leaves: places per
 * country, events per year (per month when they span less than two years), events per kind and the
 * {@link #TOP_PARTNERS} places with the most meetings and those tied with the last ({@link TopPartners}).
 * {@link #bars()} are the bars of the chosen {@link Figure}, largest first except the time line, which is in
 * order with its empty years or months; a bar counts at least one. The numbers are made while the view is
 * {@linkplain #shownProperty shown}: a filter change, new data or another chart while it is hidden only marks them
 * out of date, and they are made once when it is shown again.
 */
public final class FiguresViewModel {
    /** Places in the most-frequent-partners chart; at most {@link #MAX_PARTNERS} with those tied with the last. */
    static final int TOP_PARTNERS = 10;
    static final int MAX_PARTNERS = 20;

    private final FilterModel filter;
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure", Figure.COUNTRIES);
    private final ObservableList<FigureBar> bars = FXCollections.observableArrayList();
    private final ObservableList<FigureBar> shownBars = FXCollections.unmodifiableObservableList(bars);
    private final ReadOnlyStringWrapper titleKey = new ReadOnlyStringWrapper(this, "titleKey", Figure.COUNTRIES.key());
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<TiedOut> tiedOut = new ReadOnlyObjectWrapper<>(this, "tiedOut", TiedOut.NONE);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    /** True when something the numbers depend on changed while the view was hidden. */
    private boolean outdated;
    private DatasetIndex index = DatasetIndex.empty();
    private Messages messages;
    private Locale locale = Locale.ENGLISH;

    public FiguresViewModel(FilterModel filter) {
        this.filter = filter;
        filter.placePredicateProperty().addListener((o, a, b) -> update());
        filter.eventPredicateProperty().addListener((o, a, b) -> update());
        figure.addListener((o, a, b) -> update());
        shown.addListener((o, a, b) -> {
            if (b && outdated) {
                update();
            }
        });
    }

    /**
     * Whether the view is shown (its tab in front); true by default, for a view model on its own. While false, the
     * numbers, {@link #totalProperty} and {@link #emptyProperty} stay those last made.
     */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The numbers of a dataset, named in the given language. */
    public void setData(DatasetIndex index, Messages messages) {
        this.index = index;
        this.messages = messages;
        this.locale = messages.locale();
        update();
    }

    /** The chart shown. */
    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** The bars of the chart shown. */
    public ObservableList<FigureBar> bars() {
        return shownBars; // one wrapper: its listeners last as long as the view model
    }

    /** The message key of the chart's title (per month instead of per year when the events span less than two years). */
    public ReadOnlyStringProperty titleKeyProperty() {
        return titleKey.getReadOnlyProperty();
    }

    /** What the chart counts in all: the places (countries, partners) or the events (time, kinds) the filter leaves. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The tied places the chart shown leaves out (most frequent partners only, past {@link #MAX_PARTNERS}). */
    public ReadOnlyObjectProperty<TiedOut> tiedOutProperty() {
        return tiedOut.getReadOnlyProperty();
    }

    /** True while the filter leaves nothing the chart counts. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public FilterModel filter() {
        return filter;
    }

    /** The places the filter leaves, per country, most first (then by name). */
    public List<FigureBar> placesPerCountry() {
        Map<String, Integer> perCountry = new HashMap<>();
        for (PlaceEntry e : leftPlaces()) {
            String name = e.country() != null ? e.country().names().in(locale) : e.place().country();
            perCountry.merge(name, 1, Integer::sum);
        }
        return mostFirst(perCountry);
    }

    /** The events the filter leaves per year of their start, or per month when they span less than two years. */
    public List<FigureBar> eventsOverTime() {
        List<Event> left = leftEvents();
        if (left.isEmpty()) {
            return List.of();
        }
        LocalDate first = left.stream().map(Event::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = left.stream().map(Event::start).max(Comparator.naturalOrder()).orElseThrow();
        var counts = new TreeMap<YearMonth, Integer>();
        boolean monthly = perMonth(first, last);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        for (Event e : left) {
            YearMonth m = YearMonth.from(e.start());
            counts.merge(monthly ? m : YearMonth.of(m.getYear(), 1), 1, Integer::sum);
        }
        var list = new ArrayList<FigureBar>();
        YearMonth end = counts.lastKey();
        for (YearMonth m = counts.firstKey(); !m.isAfter(end); m = monthly ? m.plusMonths(1) : m.plusYears(1)) {
            list.add(new FigureBar(monthly ? month.format(m) : Integer.toString(m.getYear()), counts.getOrDefault(m, 0),
                    m));
        }
        return list;
    }

    /** The events the filter leaves per kind, most first (then in the kinds' order). */
    public List<FigureBar> eventsByKind() {
        var counts = new EnumMap<EventKind, Integer>(EventKind.class);
        for (Event e : leftEvents()) {
            counts.merge(e.kind(), 1, Integer::sum);
        }
        var list = new ArrayList<FigureBar>();
        counts.forEach((k, n) -> list.add(new FigureBar(kindName(k), n)));
        list.sort(Comparator.comparingInt(FigureBar::count).reversed()); // stable: the kinds' order among equals
        return list;
    }

    /**
     * The places the filter leaves with the most meetings (their events, as the details list them, that the filter
     * leaves), most first (then by name): the {@link #TOP_PARTNERS} first and those tied ({@link TopPartners}).
     */
    private TopPartners partners() {
        Predicate<Event> events = filter.eventPredicateProperty().get();
        var all = new ArrayList<FigureBar>();
        for (PlaceEntry e : leftPlaces()) {
            int n = (int) index.eventsOf(e.id()).stream().filter(events).count();
            if (n > 0) {
                all.add(new FigureBar(e.place().names().in(locale), n));
            }
        }
        all.sort(mostFirst());
        return TopPartners.of(all, TOP_PARTNERS, MAX_PARTNERS);
    }

    /** Whether the events the filter leaves are counted per month. */
    private boolean monthly() {
        List<Event> left = leftEvents();
        return !left.isEmpty() && perMonth(left.stream().map(Event::start).min(Comparator.naturalOrder()).orElseThrow(),
                left.stream().map(Event::start).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** Whether events starting between these days are counted per month: they span less than two years. */
    static boolean perMonth(LocalDate first, LocalDate last) {
        return last.isBefore(first.plusYears(2));
    }

    private void update() {
        if (!shown.get()) {
            outdated = true;
            return;
        }
        outdated = false;
        Figure f = figure.get();
        TopPartners partners = f == Figure.PARTNERS ? partners() : null;
        List<FigureBar> now = switch (f) {
            case COUNTRIES -> placesPerCountry();
            case TIME -> eventsOverTime();
            case KINDS -> eventsByKind();
            case PARTNERS -> partners.bars();
        };
        tiedOut.set(partners == null ? TiedOut.NONE : partners.tiedOut());
        titleKey.set(f == Figure.TIME && monthly() ? "figures.months" : f.key());
        total.set(f == Figure.COUNTRIES || f == Figure.PARTNERS ? leftPlaces().size() : leftEvents().size());
        bars.setAll(now);
        empty.set(now.isEmpty());
    }

    private List<PlaceEntry> leftPlaces() {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        return index.entries().stream().filter(left).toList();
    }

    private List<Event> leftEvents() {
        Predicate<Event> left = filter.eventPredicateProperty().get();
        return index.dataset().events().stream().filter(left).toList();
    }

    private String kindName(EventKind k) {
        return messages == null ? k.json() : messages.label("event", k.json());
    }

    private List<FigureBar> mostFirst(Map<String, Integer> counts) {
        var list = new ArrayList<FigureBar>();
        counts.forEach((name, n) -> list.add(new FigureBar(name, n)));
        list.sort(mostFirst());
        return list;
    }

    /** Most first, then alphabetically in the UI language. */
    private Comparator<FigureBar> mostFirst() {
        return Comparator.comparingInt(FigureBar::count).reversed()
                .thenComparing(FigureBar::label, Collator.getInstance(locale));
    }
}
