package app.delegations.ui.forms;

import app.delegations.ui.common.DateText;
import app.delegations.ui.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A form's values carried from one language to another: a date field's text that is a date as the language left
 * writes it becomes that date as the new language writes it; any other text (blank, half typed, not a date) stays
 * exactly as typed, for the form to check in the new language.
 */
final class DateRewrite {
    private final DateText was;
    private final DateText now;

    DateRewrite(Messages was, Messages now) {
        this.was = new DateText(was.locale());
        this.now = new DateText(now.locale());
    }

    /** The value {@code field} carries into the new language. */
    String of(FormField field) {
        String value = field.value();
        if (field.type() != FormField.Type.DATE || value == null || value.isBlank()) {
            return value;
        }
        try {
            LocalDate date = was.parse(value);
            return date == null ? value : now.format(date);
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }
}
