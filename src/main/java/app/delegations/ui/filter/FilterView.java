package app.delegations.ui.filter;

import app.delegations.index.Granularity;
import app.delegations.index.PlaceEntry;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.ShortText;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facets beside the tables: country, kind, role and event date, each value with the number of places
 * choosing it would leave, and one "Clear filters" button.
 */
public final class FilterView extends ScrollPane {
    private final FilterModel filter;
    private final Messages m;
    private final Formats formats;
    private final Listeners listeners = new Listeners();
    private final VBox facets = new VBox();
    private final List<Facet<?>> all = new ArrayList<>();
    private final Frames frames;
    /** Counts rebuilds: rows still to make for an older one are not made. */
    private long rebuilds;

    /** Facet rows made per frame ({@link Pace#FACET_ROWS_PER_FRAME}). */
    static final int ROWS_PER_FRAME = Pace.FACET_ROWS_PER_FRAME;
    /** Up to this many rows in all, the facets are made at once ({@link Pace#FACET_ROWS_AT_ONCE}). */
    static final int ROWS_AT_ONCE = Pace.FACET_ROWS_AT_ONCE;
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    public FilterView(FilterModel filter, Messages messages) {
        this(filter, messages, Frames.immediate());
    }

    /** @param frames spreads the making of the facets' rows over frames */
    public FilterView(FilterModel filter, Messages messages, Frames frames) {
        this.frames = frames;
        this.filter = filter;
        this.m = messages;
        this.formats = new Formats(messages.locale());
        setId("filterView");
        getStyleClass().add("filter-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        var title = new Label(m.get("filter.title"));
        title.getStyleClass().add("pane-title");
        var clear = new Button(m.get("filter.clear"));
        clear.setId("clearFilters");
        clear.setMnemonicParsing(false);
        clear.getStyleClass().addAll("small", "flat", "accent");
        clear.setOnAction(e -> filter.clear());
        clear.disableProperty().bind(filter.activeProperty().not());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(6, title, spacer, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("filter-header");

        facets.getStyleClass().add("facets");
        var content = new VBox(header, facets);
        content.getStyleClass().add("filter-content");
        setContent(content);

        rebuild(filter.index());
        listeners.onChange(filter.indexProperty(), (o, a, b) -> onNewIndex(b));
        listeners.onChange(filter.countsProperty(), (o, a, b) -> updateCounts());
    }

    public void dispose() {
        rebuilds++; // rows still waiting for a frame are not made for a view no longer shown
        listeners.dispose();
        all.forEach(Facet::dispose);
    }

    /**
     * Large new data's facets are made in a frame after the one the filter takes the data in (computing the
     * counts there and making the facets took one frame 30-40 ms at 100,000 records); small data's at once.
     */
    private void onNewIndex(DatasetIndex index) {
        if (!Pace.spreads(index.placesAndEvents())) {
            rebuild(index);
            return;
        }
        clearFacets(); // not the old data's values with the new data's counts, even for one frame
        long run = ++rebuilds;
        frames.later(() -> {
            if (run == rebuilds) {
                rebuild(index);
            }
        });
    }

    private void clearFacets() {
        all.forEach(Facet::dispose);
        all.clear();
        facets.getChildren().clear();
    }

    private void rebuild(DatasetIndex index) {
        clearFacets();
        Collator collator = Collator.getInstance(m.locale());

        // the countries some place is in: the index lists their codes (one lookup per country, not a pass
        // over every place per country: at 100,000 records that pass held the UI thread for tens of ms)
        Set<String> used = new HashSet<>(index.countryCodes());
        var countries = new ArrayList<Country>();
        for (Country c : index.dataset().countries()) {
            if (used.contains(c.code()) || filter.countries().contains(c.code())) {
                countries.add(c);
            }
        }
        countries.sort(Comparator.comparing(c -> c.names().in(m.locale()), collator));
        add(new Facet<>("country", m.get("filter.country"), countries.stream().map(Country::code).toList(),
                code -> index.dataset().country(code).map(c -> c.names().in(m.locale())).orElse(code),
                code -> code, filter.countries(), code -> filter.countsProperty().get().country(code)));

        var kinds = EnumSet.noneOf(PlaceKind.class);
        for (PlaceEntry e : index.entries()) {
            kinds.add(e.place().kind());
        }
        add(new Facet<>("kind", m.get("filter.kind"), List.copyOf(kinds), k -> m.label("kind", k.json()),
                PlaceKind::json, filter.kinds(), k -> filter.countsProperty().get().kind(k)));

        var roles = EnumSet.noneOf(PlaceRole.class);
        int roleBits = 0;
        for (int bits : index.columns().roles()) {
            roleBits |= bits;
        }
        for (PlaceRole r : PlaceRole.values()) {
            if ((roleBits & (1 << r.ordinal())) != 0) {
                roles.add(r);
            }
        }
        add(new Facet<>("role", m.get("filter.role"), List.copyOf(roles), r -> m.label("role", r.json()),
                PlaceRole::json, filter.roles(), r -> filter.countsProperty().get().role(r)));

        add(new Facet<>("period", m.get("filter.period." + index.granularity().name().toLowerCase()),
                index.periods(), d -> periodLabel(index.granularity(), d), LocalDate::toString, filter.periods(),
                d -> filter.countsProperty().get().period(d)));
        long run = ++rebuilds;
        if (all.stream().mapToInt(f -> f.values.size()).sum() <= ROWS_AT_ONCE) {
            addRows(run, Integer.MAX_VALUE, Frames.immediate()); // a few (the bundled data): at once
        } else {
            frames.later(() -> addRows(run, ROWS_PER_FRAME, frames));
        }
    }

    private String periodLabel(Granularity g, LocalDate d) {
        return switch (g) {
            case DAY -> formats.date(d);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL y", m.locale()).format(d);
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    private <T> void add(Facet<T> facet) {
        if (facet.values.isEmpty()) {
            return;
        }
        all.add(facet);
        facets.getChildren().add(facet.node);
    }

    /**
     * Makes the facets' rows, {@link #ROWS_PER_FRAME} per frame (the first frame with the new data already
     * styles and lays out the filled tables); stops when a newer rebuild has started.
     */
    private void addRows(long run, int perFrame, Frames by) {
        if (run != rebuilds) {
            return;
        }
        int left = perFrame;
        for (Facet<?> f : all) {
            left -= f.addRows(left);
            if (left == 0) {
                break;
            }
        }
        if (all.stream().anyMatch(f -> !f.complete())) {
            by.later(() -> addRows(run, perFrame, by));
        }
    }

    private void updateCounts() {
        all.forEach(Facet::updateCounts);
    }

    /**
     * One facet: a titled list of check boxes with counts, kept in step with a set of the filter. Its rows are
     * made by {@link #addRows}, a few per frame.
     */
    private static final class Facet<T> {
        private final List<T> values;
        private final VBox node = new VBox();
        private final List<CheckBox> boxes = new ArrayList<>();
        private final List<Label> counts = new ArrayList<>();
        private final String id;
        private final Function<T, String> label;
        private final Function<T, String> key;
        private final ObservableSet<T> chosen;
        private final ToIntFunction<T> count;
        private final SetChangeListener<T> onChosen;
        private boolean syncing;

        Facet(String id, String title, List<T> values, Function<T, String> label, Function<T, String> key,
              ObservableSet<T> chosen, ToIntFunction<T> count) {
            this.id = id;
            this.values = values;
            this.label = label;
            this.key = key;
            this.chosen = chosen;
            this.count = count;
            node.getStyleClass().add("facet");
            node.setId("facet-" + id);
            var heading = new Label(title);
            heading.getStyleClass().add("facet-title");
            node.getChildren().add(heading);
            onChosen = c -> sync();
            chosen.addListener(onChosen);
        }

        /** True when every value has its row. */
        boolean complete() {
            return boxes.size() == values.size();
        }

        /** Makes up to {@code max} more rows; returns how many it made. */
        int addRows(int max) {
            int from = boxes.size();
            int to = (int) Math.min(values.size(), (long) from + max);
            var rows = new ArrayList<HBox>(to - from);
            for (int i = from; i < to; i++) {
                T v = values.get(i);
                var box = new CheckBox(ShortText.shorten(label.apply(v), ShortText.LINE));
                box.setId("facet-" + id + "-" + key.apply(v));
                box.setMnemonicParsing(false);
                box.setSelected(chosen.contains(v));
                box.setMaxWidth(Double.MAX_VALUE);
                box.setWrapText(true);
                HBox.setHgrow(box, Priority.ALWAYS);
                box.selectedProperty().addListener((o, a, b) -> {
                    if (!syncing) {
                        if (b) {
                            chosen.add(v);
                        } else {
                            chosen.remove(v);
                        }
                    }
                });
                var n = new Label();
                n.getStyleClass().add("facet-count");
                n.setMinWidth(Region.USE_PREF_SIZE);
                var row = new HBox(6, box, n);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("facet-row");
                boxes.add(box);
                counts.add(n);
                rows.add(row);
                updateCount(i);
            }
            node.getChildren().addAll(rows);
            return to - from;
        }

        void sync() {
            syncing = true;
            try {
                for (int i = 0; i < boxes.size(); i++) {
                    boxes.get(i).setSelected(chosen.contains(values.get(i)));
                }
            } finally {
                syncing = false;
            }
        }

        void updateCounts() {
            for (int i = 0; i < boxes.size(); i++) {
                updateCount(i);
            }
        }

        private void updateCount(int i) {
            int n = count.applyAsInt(values.get(i));
            counts.get(i).setText(Integer.toString(n));
            boxes.get(i).setAccessibleText(boxes.get(i).getText() + ", " + n); // read with its count
            boolean dead = n == 0 && !chosen.contains(values.get(i));
            boxes.get(i).pseudoClassStateChanged(EMPTY, dead);
            counts.get(i).pseudoClassStateChanged(EMPTY, dead);
        }

        void dispose() {
            chosen.removeListener(onChosen);
        }
    }
}
