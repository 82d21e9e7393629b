package app.delegations.ui.forms;

import app.delegations.data.WorldCountries;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The record forms of the window: New and Edit open one {@link FormModel} at a time, which the detail pane shows
 * in place of the details. Both are available while the records may be edited and no form is open. Applying a
 * form selects the record it made (a venue, which the views do not list, leaves the selection as it was);
 * cancelling leaves the selection, and so the details, as they were. Applying the edit of the selected record
 * leaves the selection on it: the window selects its new version when the edit reaches the views (the
 * {@code Workspace}'s update), so the frame of Apply changes no view, and the details are built once, from data
 * holding the new version.
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
    private final ReadOnlyObjectWrapper<FormModel> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyStringWrapper unavailableKey = new ReadOnlyStringWrapper(this, "unavailableKey");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private Messages messages = Messages.of(UiLanguage.ENGLISH);

    /** @param debounce makes the pause after which a form checks what was typed (one per form) */
    public Forms(RecordEditing editing, Selection selection, WorldCountries world, Supplier<Debounce> debounce) {
        this.editing = editing;
        this.selection = selection;
        this.world = world;
        this.debounce = debounce;
        unavailableKey.bind(Bindings.createStringBinding(() -> !editing.editableProperty().get()
                ? "record.unavailable.readOnly" : open.get() != null ? "record.unavailable.formOpen" : null,
                editing.editableProperty(), open));
        available.bind(unavailableKey.isNull());
    }

    /** The forms of the window, checking what was typed once typing pauses on the FX thread. */
    public static Forms inWindow(RecordEditing editing, Selection selection, WorldCountries world) {
        return new Forms(editing, selection, world, FxDebounce::new);
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
            open.set(again);
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

    @Override
    public void newRecord(Class<? extends Record> kind) {
        if (available.get()) {
            open.set(model(kind, null));
        }
    }

    /** Makes the new record's form one of another kind (the chooser at its top); what was typed is dropped. */
    public void changeKind(Class<? extends Record> kind) {
        FormModel form = open.get();
        if (form != null && form.isNew() && form.kind() != kind) {
            open.set(model(kind, null));
        }
    }

    @Override
    public void edit(Entity record) {
        if (available.get() && record != null) {
            Record current = editing.dataset().same(record).map(r -> (Record) r).orElse(null);
            if (current != null) {
                open.set(model(current.getClass(), current));
            }
        }
    }

    @Override
    public void editSelected() {
        edit(selection.get());
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
        if (committed instanceof Entity e) {
            Entity made = editing.dataset().same(e).map(r -> (Entity) r).orElse(e);
            Entity selected = selection.get();
            if (selected == null || editing.dataset().same(selected).orElse(null) != made) {
                selection.select(made);
            }
        }
    }
}
