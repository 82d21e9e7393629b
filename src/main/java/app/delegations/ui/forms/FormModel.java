package app.delegations.ui.forms;

import app.delegations.data.Problem;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordEditing;
import app.delegations.ui.common.RecordKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One open form: a new record or an edited one, checked as typed. After each edit (once edits pause, see
 * {@link Debounce}) the fields are read back into a record and the edit asked of {@link RecordEditing#check}, so
 * the loader's own rules judge it; each problem is put beside its field and listed under the form. Apply is
 * possible only when nothing is wrong and something changed; it commits one {@link Change}. A new record's id is
 * made from its English name as typed and shown; an edited record's id is never changed.
 */
public final class FormModel {
    private final RecordForm form;
    private final Record before;
    private final RecordEditing editing;
    private final Messages m;
    private final Debounce debounce;
    private final Consumer<Record> closed;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper(this, "id", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Set<FormField> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The ids the archive gave for the names typed so far (a new record's). */
    private final Map<String, String> idsByName = new HashMap<>();
    /** The record the fields made at the last check, and its change; null when it could not be made. */
    private Record built;
    private Change change;
    private boolean checkDue = true;
    private boolean open = true;

    FormModel(RecordForm form, Record before, RecordEditing editing, Messages m, Debounce debounce,
              Consumer<Record> closed) {
        this.form = form;
        this.before = before;
        this.editing = editing;
        this.m = m;
        this.debounce = debounce;
        this.closed = closed;
        if (before != null) {
            form.fill(before);
            id.set(RecordEdit.id(before));
        }
        for (FormSection s : form.sections()) {
            s.fields().forEach(this::watch);
            if (s.rows() != null) {
                s.rows().rows().forEach(r -> r.fields().forEach(this::watch));
                s.rows().rows().addListener((ListChangeListener<FormRow>) c -> {
                    s.rows().rows().forEach(r -> r.fields().forEach(this::watch));
                    edited();
                });
            }
        }
        check();
    }

    /** The kind of record, e.g. {@code Place.class}. */
    public Class<? extends Record> kind() {
        return form.kind();
    }

    /** True for a new record, false for an edited one. */
    public boolean isNew() {
        return before == null;
    }

    /** The heading: "New place", "Edit place". */
    public String heading() {
        RecordKind kind = RecordKind.of(form.kind());
        return m.get(isNew() ? kind.newKey() : kind.editKey());
    }

    /** How many citations the record has, kept as they are (citing is done from the Source view); 0 for a new one. */
    public int citations() {
        return before == null ? 0 : RecordEvidence.of(before).size();
    }

    public List<FormSection> sections() {
        return form.sections();
    }

    /** The field at {@code path} ({@code names.en}, {@code participants[0].role}), or null. */
    public FormField field(String path) {
        for (RecordForm.PathedField f : form.fields()) {
            if (f.path().equals(path)) {
                return f.field();
            }
        }
        return null;
    }

    /** The lists of rows of the form, by key ({@code participants}), or null. */
    public FormRows rows(String key) {
        for (FormSection s : form.sections()) {
            if (s.rows() != null && s.rows().key().equals(key)) {
                return s.rows();
            }
        }
        return null;
    }

    /** The record's id: given and fixed for an edited record, made from the name as typed for a new one. */
    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** True when the last check found no error and the record differs from what it was. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** What stops Apply (and what warns), in the UI's language: "English name: must not be empty". */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** Checks now if an edit is waiting for its check, then commits the change when it may be; true if it was. */
    public boolean apply() {
        if (checkDue) {
            check();
        }
        if (!open || !canApply.get() || !editing.commit(change)) {
            return false;
        }
        close(built);
        return true;
    }

    /** Closes the form, changing nothing. */
    public void cancel() {
        if (open) {
            close(null);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** Reads the fields and asks the archive's rules about them (done after each edit, once edits pause). */
    void check() {
        checkDue = false;
        if (!open) {
            return;
        }
        updateId();
        List<RecordForm.PathedField> fields = form.fields();
        fields.forEach(f -> f.field().setProblem(null));
        var list = new ArrayList<String>();
        form.parts.startReading();
        built = id.get().isEmpty() ? null : form.build(id.get(), before);
        if (id.get().isEmpty()) {
            list.add(m.get("form.noName"));
        }
        Map<FormField, String> unread = form.parts.unread();
        for (RecordForm.PathedField f : fields) {
            String problem = unread.get(f.field());
            if (problem != null) {
                f.field().setProblem(problem);
                list.add(f.field().label() + ": " + problem);
            }
        }
        boolean errors = built == null;
        change = null;
        if (built != null && !built.equals(before)) {
            change = Change.of(before == null ? RecordEdit.add(built) : RecordEdit.replace(before, built));
            for (FieldProblem p : editing.check(change)) {
                errors |= p.problem().severity() == Problem.Severity.ERROR;
                String text = p.problem().message(m.texts());
                FormField at = p.record().equals(built) ? fieldAt(fields, p.field()) : null;
                if (at != null) {
                    at.setProblem(at.problemProperty().get() == null ? text : at.problemProperty().get());
                    list.add(at.label() + ": " + text);
                } else {
                    list.add(p.field().isEmpty() ? text : p.field() + ": " + text);
                }
            }
        }
        problems.setAll(list);
        canApply.set(!errors && change != null);
    }

    /** The field a problem's path names: the field itself, or the first of its parts ({@code coordinates}). */
    private static FormField fieldAt(List<RecordForm.PathedField> fields, String path) {
        for (RecordForm.PathedField f : fields) {
            if (f.path().equals(path) || path.startsWith(f.path() + ".") || path.startsWith(f.path() + "[")) {
                return f.field();
            }
        }
        for (RecordForm.PathedField f : fields) {
            if (!path.isEmpty() && (f.path().startsWith(path + ".") || f.path().startsWith(path + "["))) {
                return f.field();
            }
        }
        return null;
    }

    private void watch(FormField f) {
        if (watched.add(f)) {
            f.valueProperty().addListener((o, a, b) -> edited());
        }
    }

    private void edited() {
        checkDue = true;
        debounce.restart(() -> {
            if (checkDue) {
                check();
            }
        });
    }

    /**
     * A new record's id, made from its name as it stands at a check (not at every keystroke): the archive gives
     * each id once, so a name typed before gets the id it got then.
     */
    private void updateId() {
        if (before == null) {
            String name = form.name();
            id.set(name.isEmpty() ? "" : form instanceof CountryForm ? name
                    : idsByName.computeIfAbsent(name, n -> editing.newId(form.kind(), n)));
        }
    }

    private void close(Record committed) {
        open = false;
        closed.accept(committed);
    }
}
