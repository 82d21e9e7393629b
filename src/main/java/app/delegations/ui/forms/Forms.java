package app.delegations.ui.forms;

import app.delegations.data.WorldCountries;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordCommands;
import app.delegations.ui.common.RecordEditing;
import app.delegations.ui.common.RecordKind;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The record forms of the window: New and Edit open one {@link FormModel} at a time, which the detail pane shows
 * in place of the details. Both are available while the records may be edited; while a form is open they replace
 * it (see below), or put the keyboard back into it when it is already the form asked for. Applying a
 * form selects the record it made (a venue, which the views do not list, leaves the selection as it was);
 * cancelling leaves the selection, and so the details, as they were. Applying the edit of the selected record
 * leaves the selection on it: the window selects its new version when the edit reaches the views (the
 * {@code Workspace}'s update), so the frame of Apply changes no view, and the details are built once, from data
 * holding the new version.
 * <p>
 * A form never edits a record other than the one it names (its heading and id) unseen. An edit form in which nothing
 * was changed closes when another record is selected (as Escape would close it), so the details show the new
 * selection and Edit opens its form; a form holding typed changes stays (typed work is never thrown away unasked).
 * Edit of another record, or New, while such a form is open asks first: discard its changes and open the other
 * form, or (the default) go back to the form; an unchanged form is closed for the other at once. Leaving the window ({@link #mayLeave}) asks the same way. Past 250
 * lines because opening, re-making (a new language), replacing and closing the one open form all turn on which form
 * is open and what it showed as it opened, which only this class changes (the comparison itself is
 * {@link TypedWork}'s).
 */
public final class Forms implements RecordCommands {
    /** The kinds a new record may be, in the order the form's chooser lists them. */
    public static final List<Class<? extends Record>> KINDS = Arrays.stream(RecordKind.values())
            .<Class<? extends Record>>map(RecordKind::type).toList();

    /** In a form: Apply. */
    public static final KeyCombination APPLY_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** In a form: Cancel. */
    public static final KeyCombination CANCEL_KEY = new KeyCodeCombination(KeyCode.ESCAPE);
    /** On the details: Edit the record they show. */
    public static final KeyCombination EDIT_DETAILS_KEY = new KeyCodeCombination(KeyCode.ENTER);

    private final RecordEditing editing;
    private final Selection selection;
    private final WorldCountries world;
    private final Supplier<Debounce> debounce;
    private final TypedWork typed;
    private final ReadOnlyObjectWrapper<FormModel> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyStringWrapper unavailableKey = new ReadOnlyStringWrapper(this, "unavailableKey");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    /** Counts the times the keyboard was asked back into the open form (the detail pane puts it there). */
    private final ReadOnlyIntegerWrapper backToForm = new ReadOnlyIntegerWrapper(this, "backToForm");
    private Messages messages = Messages.of(UiLanguage.ENGLISH);

    /**
     * @param debounce makes the pause after which a form checks what was typed (one per form)
     * @param dialogs  asks before a form's typed changes would be dropped
     */
    public Forms(RecordEditing editing, Selection selection, WorldCountries world, Supplier<Debounce> debounce,
                 Dialogs dialogs) {
        this.editing = editing;
        this.selection = selection;
        this.world = world;
        this.debounce = debounce;
        this.typed = new TypedWork(dialogs);
        unavailableKey.bind(Bindings.createStringBinding(() -> !editing.editableProperty().get()
                ? "record.unavailable.readOnly" : null, editing.editableProperty()));
        available.bind(unavailableKey.isNull());
        selection.selectedProperty().addListener((o, was, now) -> selected(now));
    }

    /** The forms of the window, checking what was typed once typing pauses on the FX thread. */
    public static Forms inWindow(RecordEditing editing, Selection selection, WorldCountries world, Dialogs dialogs) {
        return new Forms(editing, selection, world, FxDebounce::new, dialogs);
    }

    /** Another record selected: an unchanged edit form of another record closes (see the class). */
    private void selected(Entity now) {
        FormModel form = open.get();
        if (form != null && !form.isNew() && now != null && !edits(form, now) && !changed()) {
            form.cancel();
        }
    }

    /** Whether {@code form} edits {@code record} (in any of its versions). */
    private static boolean edits(FormModel form, Entity record) {
        return record instanceof Record r && form.before() != null && form.before().getClass() == r.getClass()
                && RecordEdit.id(form.before()).equals(RecordEdit.id(r));
    }

    /** True when a form is open and something in it differs from what it showed as it opened. */
    public boolean changed() {
        return typed.changed(open.get());
    }

    /** Opens {@code form}, remembering what it shows as it opens. */
    private void show(FormModel form) {
        open.set(form);
        typed.opened(form);
    }

    /** Changes each time the keyboard is asked back into the open form (a question answered "back to the form"). */
    public ReadOnlyIntegerProperty backToFormProperty() {
        return backToForm.getReadOnlyProperty();
    }

    /**
     * Before the window closes or shows other data: when the open form holds changes not applied, asks whether to
     * discard them or (the default) go back to the form. True when the window may go on (no such form, or its
     * changes discarded: the form is closed); false to stay, with the keyboard in the form.
     */
    public boolean mayLeave() {
        FormModel form = open.get();
        if (!changed()) {
            return true;
        }
        if (typed.discard(messages.format("forms.changed.leave", TypedWork.named(form, messages)), messages)) {
            form.cancel();
            return true;
        }
        backToForm.set(backToForm.get() + 1);
        return false;
    }

    /**
     * The language of the forms: those opened from now on, and the one open, made again in it with everything typed
     * in it kept (its fields and rows, value by value), so that no label or problem stays in the language left.
     */
    public void setMessages(Messages messages) {
        boolean other = messages.language() != this.messages.language();
        this.messages = messages;
        FormModel form = open.get();
        if (other && form != null && form.isOpen()) {
            FormModel again = model(form.kind(), form.before());
            carry(form, again);
            again.sayAsIn(form);
            open.set(again); // what it showed as it opened stays what it is compared with
        }
    }

    /** Puts what {@code from} holds into {@code to}, a form of the same kind and record. */
    private static void carry(FormModel from, FormModel to) {
        for (int s = 0; s < from.sections().size() && s < to.sections().size(); s++) {
            FormSection a = from.sections().get(s);
            FormSection b = to.sections().get(s);
            for (int f = 0; f < a.fields().size() && f < b.fields().size(); f++) {
                b.fields().get(f).valueProperty().set(a.fields().get(f).value());
            }
            if (a.rows() != null && b.rows() != null) {
                while (b.rows().rows().size() > a.rows().rows().size()) {
                    b.rows().remove(b.rows().rows().get(b.rows().rows().size() - 1));
                }
                while (b.rows().rows().size() < a.rows().rows().size()) {
                    b.rows().add();
                }
                for (int r = 0; r < a.rows().rows().size(); r++) {
                    List<FormField> was = a.rows().rows().get(r).fields();
                    List<FormField> now = b.rows().rows().get(r).fields();
                    for (int f = 0; f < was.size() && f < now.size(); f++) {
                        now.get(f).valueProperty().set(was.get(f).value());
                    }
                }
            }
        }
    }

    /** The form open, or null. */
    public ReadOnlyObjectProperty<FormModel> openProperty() {
        return open.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty unavailableKeyProperty() {
        return unavailableKey.getReadOnlyProperty();
    }

    /**
     * Opens a new record's form of {@code kind}. While a form is open: when it is a new record's form of that kind,
     * the keyboard goes back into it; any other is replaced as {@link #editSelected} replaces it.
     */
    @Override
    public void newRecord(Class<? extends Record> kind) {
        FormModel form = open.get();
        if (!available.get()) {
            return;
        }
        if (form != null && form.isNew() && form.kind() == kind) {
            backToForm.set(backToForm.get() + 1);
            return;
        }
        if (makeRoomFor(TypedWork.named(kind, messages))) {
            show(model(kind, null));
        }
    }

    /** Makes the new record's form one of another kind (the chooser at its top); what was typed is dropped. */
    public void changeKind(Class<? extends Record> kind) {
        FormModel form = open.get();
        if (form != null && form.isNew() && form.kind() != kind) {
            show(model(kind, null));
        }
    }

    /**
     * Opens {@code record}'s form (its version in the data shown). While a form is open: when it is that record's,
     * the keyboard goes back into it; an unchanged form of something else is closed first; a changed one asks (see
     * the class).
     */
    @Override
    public void edit(Entity record) {
        FormModel form = open.get();
        if (!available.get() || record == null) {
            return;
        }
        if (form != null && edits(form, record)) {
            backToForm.set(backToForm.get() + 1);
            return;
        }
        Record current = editing.dataset().same(record).map(r -> (Record) r).orElse(null);
        if (current != null && makeRoomFor(TypedWork.named(current, messages))) {
            show(model(current.getClass(), current));
        }
    }

    /** Opens the selected record's form, as {@link #edit} does. */
    @Override
    public void editSelected() {
        edit(selection.get());
    }

    /**
     * Closes the open form, if any, to open the form named {@code other} instead; when the open form holds changes,
     * asks first. False when the officer chose to go back to the form (kept as it is, with the keyboard in it).
     */
    private boolean makeRoomFor(String other) {
        FormModel form = open.get();
        if (form == null) {
            return true;
        }
        if (changed() && !typed.discard(messages.format("forms.changed.openOther",
                TypedWork.named(form, messages), other), messages)) {
            backToForm.set(backToForm.get() + 1);
            return false;
        }
        form.cancel();
        return true;
    }

    private FormModel model(Class<? extends Record> kind, Record before) {
        var parts = new FormParts(messages, editing.dataset(), world);
        return new FormModel(form(kind, parts, before), before, editing, messages, debounce.get(), this::closed);
    }

    private static RecordForm form(Class<? extends Record> kind, FormParts parts, Record before) {
        if (kind == Place.class) {
            return new PlaceForm(parts);
        } else if (kind == Country.class) {
            return new CountryForm(parts);
        } else if (kind == Event.class) {
            return new EventForm(parts, before == null ? null : ((Event) before).id());
        } else if (kind == Person.class) {
            return new PersonForm(parts);
        } else if (kind == Organisation.class) {
            return new OrganisationForm(parts);
        } else if (kind == Venue.class) {
            return new VenueForm(parts);
        }
        throw new IllegalArgumentException("no form for " + kind.getSimpleName());
    }

    private void closed(Record committed) {
        open.set(null);
        typed.opened(null);
        if (committed instanceof Entity e) {
            Entity made = editing.dataset().same(e).map(r -> (Entity) r).orElse(e);
            Entity selected = selection.get();
            if (selected == null || editing.dataset().same(selected).orElse(null) != made) {
                selection.select(made);
            }
        }
    }
}
