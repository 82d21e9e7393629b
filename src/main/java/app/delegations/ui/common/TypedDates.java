package app.delegations.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The one way a date picker reads what the officer types: dates in the window's language ({@link DateText}), not
 * the system's; text that is not a date leaves the picker's date as it was and is handed to {@code refused} (the
 * field says what is wrong), and never escapes as an exception when the field loses the focus.
 */
public final class TypedDates {
    private TypedDates() {
    }

    /**
     * Makes {@code picker} editable, showing and reading dates as {@code dates} does.
     *
     * @param refused told the text (stripped) that is not a date, or null once a date (or nothing) is read
     */
    public static DatePicker reading(DatePicker picker, DateText dates, Consumer<String> refused) {
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                try {
                    LocalDate date = dates.parse(typed);
                    refused.accept(null);
                    return date;
                } catch (DateTimeParseException e) {
                    refused.accept(typed.strip());
                    return picker.getValue(); // the previous date stays
                }
            }
        });
        return picker;
    }
}
