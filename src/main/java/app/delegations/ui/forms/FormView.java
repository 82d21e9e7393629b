package app.delegations.ui.forms;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One open form in the detail pane, its fields scrolled as the details are: its heading (with the kind's chooser
 * for a new record), the id (read-only), the groups of fields, each field with its label above and the problem
 * found in it below (what a field wants, when its label cannot say it, between the label and the field), a
 * required field's label marked * (said once under the heading: "Fields marked * are
 * required"); pinned below them ({@link FormFrame}), the list of what stops Apply, Apply (also Ctrl+Enter)
 * and Cancel (also Escape). Plain labels rather than
 * decorations carry the problems: they wrap in the pane's width, are read by screen readers with the field, and
 * need no access to JavaFX internals. That a required field is blank is said beside it only once the officer has
 * typed in it or left it, or asked to apply (Ctrl+Enter, or "Show which" beside the count of blank required fields
 * the form says quietly until then). Past 250 lines because each field's label, hint, control and problem are put
 * together here, with the list of what stops Apply that they feed.
 */
final class FormView extends FormFrame {
    /** The mark of a required field. */
    static final String MARK = "*";
    /** After a required field's label (a no-break space: the mark never wraps alone onto a line). */
    static final String REQUIRED_MARK = "\u00a0" + MARK;
    private final FormModel form;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    /** The form's first field typed into (not a list to pick from), which takes the keyboard as the form opens. */
    private Control first;
    private FormField firstField;
    /** The field the form gave the keyboard to, until it loses it, and its value then. */
    private Control given;
    private String givenValue;

    FormView(FormModel form, Forms forms, Messages m) {
        this.form = form;
        this.m = m;
        setId("recordForm");
        getStyleClass().add("record-form");
        fields().getStyleClass().add("details-view");
        var content = new VBox(6);
        content.getStyleClass().add("details-content");

        var heading = new Label(form.heading());
        heading.setId("formHeading");
        heading.getStyleClass().add("details-title");
        heading.setWrapText(true);
        content.getChildren().add(heading);
        var requiredNote = new Label(m.format("form.requiredNote", MARK));
        requiredNote.setId("formRequiredNote");
        requiredNote.getStyleClass().add("fact-label");
        requiredNote.setWrapText(true);
        content.getChildren().add(requiredNote);
        if (form.isNew()) {
            content.getChildren().add(kindChooser(forms));
        }
        var id = new TextField();
        id.setId("formId");
        id.setEditable(false);
        id.setFocusTraversable(false);
        id.textProperty().bind(form.idProperty());
        id.getStyleClass().add("form-id");
        content.getChildren().add(labelled(m.get(form.isNew() ? "form.id.new" : "form.id"), id, null));
        for (FormSection s : form.sections()) {
            content.getChildren().add(section(s));
        }

        var sources = new VBox(4, heading(m.get("form.section.sources")), new Label(form.citations() == 0
                ? m.get("form.sources.none") : m.count("form.sources", form.citations())));
        sources.setId("form-section-sources");
        sources.getStyleClass().add("details-section");
        ((Label) sources.getChildren().get(1)).setWrapText(true);
        content.getChildren().add(sources);

        var problems = new VBox(2);
        problems.setId("formProblems");
        problems.getStyleClass().add("form-problems");
        listeners.onList(form.problems(), c -> showProblems(problems));
        listeners.follow(form.unsaidProperty(), n -> showProblems(problems));
        showProblems(problems);
        var checking = new Label(m.get("form.checking"));
        checking.setId("formChecking");
        checking.getStyleClass().add("form-checking");
        listeners.follow(form.checkingProperty(), on -> checking.setVisible(on));
        var apply = new Button(m.get("form.apply"));
        apply.setId("formApply");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(form.canApplyProperty().not());
        apply.setOnAction(e -> form.apply());
        var cancel = new Button(m.get("form.cancel"));
        cancel.setId("formCancel");
        cancel.setOnAction(e -> form.cancel());
        frame(content, problems, apply, cancel, checking);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Forms.APPLY_KEY.match(e)) {
                form.apply();
                e.consume();
            } else if (Forms.CANCEL_KEY.match(e) && !(e.getTarget() instanceof ComboBoxBase<?> b
                    && b.isShowing())) {
                form.cancel();
                e.consume();
            }
        });
    }

    /** Stops following the form. */
    void dispose() {
        listeners.dispose();
    }

    /**
     * Puts the keyboard in the first field to type in. A form just opened has its fields in a scroll pane that takes
     * them into the window only once styled: it is styled here, at once, rather than in the next frame.
     */
    void focusFirst() {
        if (first != null && first.getScene() == null && getScene() != null) {
            applyCss();
        }
        if (first != null && first.getScene() != null) {
            given = first;
            givenValue = firstField.value();
            first.requestFocus();
        }
    }

    /**
     * Whether {@code control}, losing the keyboard, only had it because the form gave it (as it opened) and was left
     * as it was: the officer did not visit it, so its blank is not yet called a mistake.
     */
    private boolean leftAsGiven(Control control, FormField f) {
        boolean asGiven = control == given && Objects.equals(f.value(), givenValue);
        given = null;
        return asGiven;
    }

    private Node kindChooser(Forms forms) {
        var kinds = new ChoiceBox<Class<? extends Record>>();
        kinds.setId("formKind");
        kinds.getItems().setAll(Forms.KINDS);
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Class<? extends Record> kind) {
                return kind == null ? "" : m.get(RecordKind.of(kind).nameKey());
            }

            @Override
            public Class<? extends Record> fromString(String s) {
                return null;
            }
        });
        kinds.setValue(form.kind());
        kinds.setAccessibleText(m.get("form.kind"));
        kinds.valueProperty().addListener((o, was, now) -> forms.changeKind(now));
        return labelled(m.get("form.kind"), kinds, null);
    }

    private Node section(FormSection s) {
        var box = new VBox(4);
        box.getStyleClass().add("details-section");
        box.setId("form-section-" + s.id());
        box.getChildren().add(heading(s.title()));
        for (FormField f : s.fields()) {
            box.getChildren().add(field(f, f.key()));
        }
        if (s.rows() != null) {
            var rows = new VBox(6);
            Runnable layout = () -> {
                rows.getChildren().clear();
                for (int i = 0; i < s.rows().rows().size(); i++) {
                    rows.getChildren().add(row(s.rows(), s.rows().rows().get(i), i));
                }
            };
            layout.run();
            listeners.onList(s.rows().rows(), (ListChangeListener<FormRow>) c -> layout.run());
            var add = new Button("+ " + s.rows().addLabel());
            add.setId("formAdd-" + s.rows().key());
            add.getStyleClass().add("flat");
            add.setOnAction(e -> {
                s.rows().add();
                rows.getChildren().get(rows.getChildren().size() - 1).lookupAll(".form-field").stream()
                        .findFirst().ifPresent(Node::requestFocus);
            });
            box.getChildren().addAll(rows, add);
        }
        return box;
    }

    private Node row(FormRows list, FormRow row, int index) {
        var fields = new VBox(2);
        for (FormField f : row.fields()) {
            fields.getChildren().add(field(f, list.path(index, f)));
        }
        HBox.setHgrow(fields, Priority.ALWAYS);
        var remove = new Button("−");
        remove.setId("formRemove-" + list.key() + "-" + index);
        remove.getStyleClass().add("flat");
        remove.setAccessibleText(m.get("form.remove"));
        remove.setOnAction(e -> list.remove(row));
        var line = new HBox(4, fields, remove);
        line.getStyleClass().add("form-row");
        return line;
    }

    private Node field(FormField f, String path) {
        Control control = FieldControls.of(f, m);
        control.setId("field-" + cssId(path));
        control.getStyleClass().add("form-field");
        if (first == null && control instanceof TextInputControl) { // typing starts there; a list would open
            first = control;
            firstField = f;
        }
        control.focusWithinProperty().addListener((o, was, now) -> {
            if (!now && !leftAsGiven(control, f)) {
                form.left(f);
            }
        });
        var problem = new Label();
        problem.setId("problem-" + cssId(path));
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        listeners.follow(f.problemProperty(), text -> {
            problem.setText(text);
            problem.setVisible(text != null);
            problem.setManaged(text != null);
        });
        Node line = labelled(f.required() ? f.label() + REQUIRED_MARK : f.label(), control, problem);
        if (f.hint() != null) {
            var hint = new Label(f.hint());
            hint.setId("hint-" + cssId(path));
            hint.getStyleClass().addAll("fact-label", "form-hint");
            hint.setWrapText(true);
            ((VBox) line).getChildren().add(1, hint);
        }
        return line;
    }

    private static Node labelled(String text, Control control, Label problem) {
        var label = new Label(text);
        label.getStyleClass().add("fact-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        var box = new VBox(2, label, control);
        if (problem != null) {
            box.getChildren().add(problem);
        }
        box.getStyleClass().add("form-line");
        return box;
    }

    private static Label heading(String text) {
        var h = new Label(text);
        h.getStyleClass().add("details-heading");
        return h;
    }

    private void showProblems(VBox box) {
        box.getChildren().clear();
        if (!form.problems().isEmpty()) {
            box.getChildren().add(heading(m.get("form.problems")));
        }
        for (String p : form.problems()) {
            var l = new Label("• " + p);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("form-problem");
            box.getChildren().add(l);
        }
        int unsaid = form.unsaidProperty().get();
        if (unsaid > 0) {
            var count = new Label(m.count("form.unsaid", unsaid));
            count.setId("formUnsaid");
            count.getStyleClass().add("fact-label");
            count.setWrapText(true);
            count.setMinHeight(Region.USE_PREF_SIZE);
            var say = new Hyperlink(m.get("form.sayMissing"));
            say.setId("formSayMissing");
            say.setOnAction(e -> form.sayAllMissing());
            say.setMinWidth(Region.USE_PREF_SIZE); // never cut: the count beside it wraps instead
            var line = new HBox(6, count, say);
            line.setAlignment(Pos.BASELINE_LEFT);
            box.getChildren().add(line);
        }
    }

    /** A node id from a field's path: {@code participants[1].place} → {@code participants-1-place}. */
    static String cssId(String path) {
        return path.replace("[", "-").replace("].", "-").replace("]", "").replace('.', '-');
    }
}
