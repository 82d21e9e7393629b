package app.delegations.ui.forms;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordCommands;
import app.delegations.ui.common.Selection;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The detail pane with its forms: the details of the selection with an Edit button (and Enter on the details
 * themselves) while a record is selected; the open form in their place while one is open. Closing the form shows
 * the details again, of the selection as it then is.
 * <p>
 * Escape pressed elsewhere in the window (a table, the details' links, the tabs) while a form is open cancels the
 * form if nothing in it was changed; if something was, the keyboard goes to the form instead, so that typed work
 * is never thrown away by a key pressed while looking elsewhere (Escape in the form then cancels it, as Cancel
 * does). Where Escape means something of its own it keeps it: in a text field (the search field clears), in an
 * open drop-down list, and in the form itself.
 */
public final class FormPane extends StackPane {
    private final Forms forms;
    private final Node details;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    private final StackPane editHolder;
    private FormView shown;
    private final EventHandler<KeyEvent> escapeElsewhere = this::escapeElsewhere;

    public FormPane(Node details, Forms forms, Selection selection, Messages m) {
        this.forms = forms;
        this.details = details;
        this.m = m;
        forms.setMessages(m);
        setId("detailsPane");
        var edit = new Button(m.get("record.edit"));
        edit.setId("detailsEdit");
        edit.getStyleClass().addAll("small", "flat");
        edit.setAccessibleText(m.get("record.edit.accessible"));
        edit.disableProperty().bind(forms.availableProperty().not());
        edit.setOnAction(e -> forms.editSelected());
        var tip = new Tooltip();
        tip.setShowDuration(Duration.INDEFINITE);
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = forms.unavailableKeyProperty().get();
            return why == null ? m.get("record.edit.accessible") + " (" + RecordCommands.EDIT_KEY.getDisplayText()
                    + ", Enter)" : m.get(why);
        }, forms.unavailableKeyProperty()));
        editHolder = new StackPane(edit); // a disabled button shows no tooltip: its holder does
        editHolder.setId("detailsEditHolder");
        editHolder.getStyleClass().add("details-edit-holder"); // opaque: scrolled details pass under it, unmixed
        Tooltip.install(editHolder, tip);
        editHolder.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(editHolder, Pos.TOP_RIGHT);
        StackPane.setMargin(editHolder, new Insets(6, 18, 0, 0));
        editHolder.visibleProperty().bind(selection.selectedProperty().isNotNull().and(forms.openProperty().isNull()));
        details.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Forms.EDIT_DETAILS_KEY.match(e) && e.getTarget() == details) {
                forms.editSelected();
                e.consume();
            }
        });
        getChildren().addAll(details, editHolder);
        listeners.follow(forms.openProperty(), this::show);
        listeners.onChange(forms.backToFormProperty(), (o, a, b) -> backToForm());
        listeners.follow(sceneProperty(), new Consumer<Scene>() {
            private Scene filtered;

            @Override
            public void accept(Scene scene) {
                if (filtered != null) {
                    filtered.removeEventFilter(KeyEvent.KEY_PRESSED, escapeElsewhere);
                }
                filtered = scene;
                if (scene != null) {
                    scene.addEventFilter(KeyEvent.KEY_PRESSED, escapeElsewhere);
                }
            }
        });
        listeners.onDispose(() -> {
            if (getScene() != null) {
                getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escapeElsewhere);
            }
        });
    }

    /** Escape outside the open form: cancels it when unchanged, else puts the keyboard in it (see the class). */
    private void escapeElsewhere(KeyEvent e) {
        FormModel form = forms.openProperty().get();
        if (form == null || shown == null || !Forms.CANCEL_KEY.match(e) || keepsEscape(e.getTarget())) {
            return;
        }
        e.consume();
        if (!forms.changed()) {
            form.cancel();
        } else {
            shown.focusFirst();
        }
    }

    /** The keyboard back into the open form, unless it is in it already. */
    private void backToForm() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == shown) {
                return;
            }
        }
        if (shown != null) {
            shown.focusFirst();
        }
    }

    /** Whether Escape on {@code target} is its own: the form's, a text field's, an open drop-down's. */
    private boolean keepsEscape(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == shown || n instanceof TextInputControl || n instanceof ComboBoxBase<?> b && b.isShowing()) {
                return true;
            }
        }
        return false;
    }

    /** Stops following the forms and the selection. */
    public void dispose() {
        listeners.dispose();
        if (shown != null) {
            shown.dispose();
        }
    }

    private void show(FormModel form) {
        if (shown != null) {
            shown.dispose();
            getChildren().remove(shown);
            shown = null;
        }
        details.setVisible(form == null);
        if (form != null) {
            shown = new FormView(form, forms, m);
            getChildren().add(shown);
            shown.focusFirst();
        } else if (getScene() != null) {
            details.requestFocus();
        }
    }
}
