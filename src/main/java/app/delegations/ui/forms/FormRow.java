package app.delegations.ui.forms;

import java.util.List;

/** One row of a {@link FormRows} list (a participating place with its role), its fields in the order shown. */
public record FormRow(List<FormField> fields) {
    public FormRow {
        fields = List.copyOf(fields);
    }
}
