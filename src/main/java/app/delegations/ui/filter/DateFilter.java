package app.delegations.ui.filter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The date part of the filter's state: a range [from, to] whose empty ends are open, the chosen years, and the
 * {@link DatePreset} the range equals today (null for a range of the user's own). "Today" comes from the clock
 * given, so that presets are the same in every test run. Used on the UI thread.
 */
final class DateFilter {
    private final ObjectProperty<LocalDate> from;
    private final ObjectProperty<LocalDate> to;
    private final ObservableSet<Integer> years = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyObjectWrapper<DatePreset> preset;
    private final Clock clock;

    DateFilter(Object bean, Clock clock) {
        this.clock = clock;
        from = new SimpleObjectProperty<>(bean, "from");
        to = new SimpleObjectProperty<>(bean, "to");
        preset = new ReadOnlyObjectWrapper<>(bean, "preset", DatePreset.ANY_TIME);
        from.addListener(o -> preset.set(DatePreset.matching(from.get(), to.get(), today())));
        to.addListener(o -> preset.set(DatePreset.matching(from.get(), to.get(), today())));
    }

    /** Runs {@code change} after every change of the range or the years. */
    void onChange(Runnable change) {
        from.addListener(o -> change.run());
        to.addListener(o -> change.run());
        years.addListener((SetChangeListener<Integer>) c -> change.run());
    }

    ObjectProperty<LocalDate> from() {
        return from;
    }

    ObjectProperty<LocalDate> to() {
        return to;
    }

    ObservableSet<Integer> years() {
        return years;
    }

    ReadOnlyObjectProperty<DatePreset> preset() {
        return preset.getReadOnlyProperty();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sets the range to the preset's on today. */
    void apply(DatePreset p) {
        LocalDate today = today();
        from.set(p.from(today));
        to.set(p.to(today));
    }

    /** Opens the range at both ends and unticks every year. */
    void clear() {
        from.set(null);
        to.set(null);
        years.clear();
    }
}
