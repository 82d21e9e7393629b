package app.delegations.ui.timeline;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The language of what the timeline writes: the locale the window sets, the date format made from it, and
 * the titles of items in it. Guarantees: {@link #dayFormatProperty()} always follows the locale (the default
 * locale while none is set), and a title is in the language of the dates around it.
 */
final class TimelineLocale {

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final ReadOnlyObjectWrapper<DayFormat> dayFormat =
            new ReadOnlyObjectWrapper<>(this, "dayFormat", new DayFormat(Locale.getDefault()));

    TimelineLocale() {
        locale.addListener(o -> dayFormat.set(new DayFormat(Objects.requireNonNullElse(locale.get(),
                Locale.getDefault()))));
    }

    ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    ReadOnlyObjectProperty<DayFormat> dayFormatProperty() {
        return dayFormat.getReadOnlyProperty();
    }

    /** The item's event title in the language of the dates. */
    String titleOf(TimelineItem item) {
        return item.event().title().in(dayFormat.get().locale());
    }
}
