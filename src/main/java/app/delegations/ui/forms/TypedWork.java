package app.delegations.ui.forms;

import app.delegations.data.edit.RecordEdit;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What was typed in the open form: whether anything in it differs from what it showed as it opened, and the
 * question asked before such changes would be dropped (Discard the changes / Back to the form, the latter the
 * default, so that Enter keeps them).
 */
final class TypedWork {
    private final Dialogs dialogs;
    /** The values of the open form's fields and rows as it opened. */
    private List<Object> opened = List.of();

    TypedWork(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** {@code form} opened (null: none is open): what it shows now is what it is compared with. */
    void opened(FormModel form) {
        opened = form == null ? List.of() : values(form);
    }

    /** True when {@code form} is open and something in it differs from what it showed as it opened. */
    boolean changed(FormModel form) {
        return form != null && form.isOpen() && !values(form).equals(opened);
    }

    /** Asks {@code question} about the changes typed; true when the officer chose to discard them. */
    boolean discard(String question, Messages m) {
        return dialogs.chooseCarefully(m.get("forms.changed.title"), question,
                List.of(m.get("forms.changed.discard"), m.get("forms.changed.back"))) == 0;
    }

    /** The form as its heading and id name it: “Edit place” (sofia); a new record's without an id yet: “New place”. */
    static String named(FormModel form, Messages m) {
        String id = form.idProperty().get();
        return id.isEmpty() ? m.format("forms.named", form.heading())
                : m.format("forms.namedWithId", form.heading(), id);
    }

    /** A record as the heading and id of its form would name it: “Edit place” (haskovo). */
    static String named(Record r, Messages m) {
        return m.format("forms.namedWithId", m.get(RecordKind.of(r.getClass()).editKey()), RecordEdit.id(r));
    }

    /** A new record's form of {@code kind} as its heading names it: “New place”. */
    static String named(Class<? extends Record> kind, Messages m) {
        return m.format("forms.named", m.get(RecordKind.of(kind).newKey()));
    }

    /** Every value of the form's fields and rows, in order. */
    private static List<Object> values(FormModel form) {
        var out = new ArrayList<Object>();
        for (FormSection section : form.sections()) {
            section.fields().forEach(f -> out.add(f.value()));
            if (section.rows() != null) {
                for (FormRow row : section.rows().rows()) {
                    out.add(row.fields().stream().map(FormField::value).toList());
                }
            }
        }
        return out;
    }
}
