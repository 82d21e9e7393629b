package app.delegations.ui.forms;

import java.util.List;

/**
 * A group of a form, titled as the details group the same facts (names; facts; participants): its fields, and
 * the list of rows it edits, if any (null otherwise).
 */
public record FormSection(String id, String title, List<FormField> fields, FormRows rows) {
    public FormSection {
        fields = List.copyOf(fields);
    }

    static FormSection of(String id, String title, FormField... fields) {
        return new FormSection(id, title, List.of(fields), null);
    }

    static FormSection rows(String id, String title, FormRows rows) {
        return new FormSection(id, title, List.of(), rows);
    }
}
