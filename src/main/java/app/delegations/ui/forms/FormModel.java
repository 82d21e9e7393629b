package app.delegations.ui.forms;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.ui.common.LatestCheck;
import app.delegations.ui.common.DateText;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PendingCommit;
import app.delegations.ui.common.RecordEditing;
import app.delegations.ui.common.RecordKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One open form: a new record or an edited one, checked as typed. After each edit (once edits pause, see
 * {@link Debounce}) the fields are read back into a record and the edit asked of {@link RecordEditing#check}, so
 * the loader's own rules judge it (off the UI thread; the newest check's answer wins); each problem is put beside
 * its field and listed under the form. Every required field left blank is named at the same time, by the form
 * itself, whether or not the rest could be read into a record for those rules (a date not yet typed never holds
 * back the names' problems); that a field is blank is said only once the officer has touched it or asked to apply
 * (until then the form only counts the blank ones). Apply is possible only when nothing is wrong and something changed; it
 * commits one {@link Change}. A new record's id is made from its English name as typed and shown; an edited
 * record's id is never changed. Past 250 lines because the as-typed check and Apply share what each check read
 * (the record built, its change, whether it may be applied), which only this class sees change.
 */
public final class FormModel {
    private final RecordForm form;
    private final Record before;
    private final RecordEditing editing;
    private final Messages m;
    private final Debounce debounce;
    private final Consumer<Record> closed;
    private final LatestCheck check;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper(this, "id", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper unsaid = new ReadOnlyIntegerWrapper(this, "unsaid");
    private final Set<FormField> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The ids the archive gave for the names typed so far (a new record's). */
    /** The record the fields made at the last check, and its change; null when it could not be made. */
    private Record built;
    private Change change;
    private boolean checkDue = true;
    private boolean open = true;
    private boolean valid; // the last answered check found no error, and something changed
    /** The officer asked to apply: every blank required field is said, touched or not. */
    private boolean revealed;
    /** What the last answered check found, shown again when more may be said (a field left, Apply asked). */
    private Runnable reshow = () -> { };
    private final PendingCommit pending;
    /** The record the Apply under way commits. */
    private Record applied;

    FormModel(RecordForm form, Record before, RecordEditing editing, Messages m, Debounce debounce,
              Consumer<Record> closed) {
        this.form = form;
        this.before = before;
        this.editing = editing;
        this.m = m;
        this.debounce = debounce;
        this.closed = closed;
        this.check = new LatestCheck(editing);
        this.pending = new PendingCommit(editing);
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

    /** The record as it was when the form opened; null for a new one. */
    Record before() {
        return before;
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
        return form.field(path);
    }

    /** The lists of rows of the form, by key ({@code participants}), or null. */
    public FormRows rows(String key) {
        return form.rows(key);
    }

    /** The record's id: given and fixed for an edited record, made from the name as typed for a new one. */
    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /**
     * True when the last check found no error, the record differs from what it was, and no check or Apply is
     * under way.
     */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** What stops Apply (and what warns), in the UI's language: "English name: must not be empty". */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /**
     * How many fields are blank where a value is needed without that being said yet (not touched, Apply not
     * asked): the form says how many, quietly, so that a disabled Apply is not a riddle.
     */
    public ReadOnlyIntegerProperty unsaidProperty() {
        return unsaid.getReadOnlyProperty();
    }

    /** Says every field left blank where a value is needed, touched or not: as Apply does. */
    public void sayAllMissing() {
        if (!revealed) {
            revealed = true;
            reshow.run();
        }
    }

    /** The officer has left {@code f} (the keyboard went elsewhere): if it is blank where needed, that is said now. */
    void left(FormField f) {
        if (f.touch()) {
            reshow.run();
        }
    }

    /** Carries what {@code from} says onto this form, made again from it (its fields touched, Apply asked). */
    void sayAsIn(FormModel from) {
        revealed = from.revealed;
        var was = from.form.fields();
        var now = form.fields();
        for (int i = 0; i < was.size() && i < now.size(); i++) {
            if (was.get(i).field().touched()) {
                now.get(i).field().touch();
            }
        }
        reshow.run();
    }

    /**
     * Commits the change once its check has answered (checked now if an edit is waiting for its check), when it
     * may be; answers true if it was, and the form closes. A second Apply while one is under way is refused
     * (answers false): Apply stays disabled until the first answers. Every field left blank where a value is needed
     * is said from then on.
     */
    public CompletableFuture<Boolean> apply() {
        if (!open || pending.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        sayAllMissing();
        if (before == null && !id.get().equals(proposedId())) {
            checkDue = true; // a record took the id since the last check: another one, checked before it is applied
        }
        if (checkDue) {
            check();
        }
        CompletableFuture<Boolean> committed = pending.commit(check.answered(), () -> {
            applied = built;
            return open && valid ? change : null;
        });
        updateCanApply(); // disabled until the Apply answers
        return committed.thenApply(ok -> {
            if (ok && open) {
                close(applied);
            }
            updateCanApply();
            return ok;
        });
    }

    /** Closes the form, changing nothing: an Apply under way is withdrawn unless it was already taken. */
    public void cancel() {
        if (open) {
            close(null);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * True while the archive's rules are being asked about the fields as they stand (Apply waits): the form
     * says "Checking…", and the problems appear when they answer.
     */
    public ReadOnlyBooleanProperty checkingProperty() {
        return check.checkingProperty();
    }

    /**
     * Reads the fields and asks the archive's rules about them (done after each edit, once edits pause); what
     * they answer is shown unless a newer check overtook this one.
     */
    void check() {
        checkDue = false;
        if (!open) {
            return;
        }
        updateId();
        form.parts.startReading();
        built = id.get().isEmpty() ? null : form.build(id.get(), before);
        // every required field left blank, whether or not the rest could be read: never named in stages
        form.parts.noteMissing(form.fields().stream().map(RecordForm.PathedField::field).toList());
        Map<FormField, String> unread = form.parts.unread();
        change = built != null && !built.equals(before)
                ? Change.of(before == null ? RecordEdit.add(built) : RecordEdit.replace(before, built)) : null;
        Record record = built;
        check.ask(change, found -> show(unread, found == null ? List.of() : found, record,
                record == null || found == null || !unread.isEmpty()));
        updateCanApply(); // disabled while the archive's rules are asked
    }

    /** Puts each problem beside its field and lists them; Apply is possible when none is an error. */
    private void show(Map<FormField, String> unread, List<FieldProblem> found, Record record, boolean errors) {
        reshow = () -> place(unread, found, record);
        errors |= place(unread, found, record);
        valid = !errors && change != null;
        updateCanApply();
    }

    private boolean place(Map<FormField, String> unread, List<FieldProblem> found, Record record) {
        var list = new ArrayList<String>();
        Predicate<FormField> said = f -> revealed || f.touched() || f.missingHalf(); // a half: the other was typed
        boolean errors = FormProblems.place(form.fields(), unread, found, record, m.texts(), new DateText(m.locale()), said,
                list);
        problems.setAll(list);
        unsaid.set((int) unread.keySet().stream().filter(f -> FormProblems.blank(f) && !said.test(f)).count());
        return errors;
    }

    private void updateCanApply() {
        canApply.set(open && valid && !check.checking() && !pending.busy());
    }

    private void watch(FormField f) {
        if (watched.add(f)) {
            f.valueProperty().addListener((o, a, b) -> {
                f.touch();
                edited();
            });
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
     * A new record's id, made from its name as it stands at a check (not at every keystroke): free among the
     * records as they stand then, so a record that took it meanwhile makes the form propose another.
     */
    private void updateId() {
        if (before == null) {
            id.set(proposedId());
        }
    }

    private String proposedId() {
        String name = form.name();
        return name.isEmpty() ? "" : form instanceof CountryForm ? name : editing.newId(form.kind(), name);
    }

    private void close(Record committed) {
        open = false;
        check.cancel();
        pending.withdraw();
        updateCanApply();
        closed.accept(committed);
    }
}
