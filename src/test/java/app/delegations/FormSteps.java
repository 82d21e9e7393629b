package app.delegations;

import static app.delegations.UiSession.fx;

import app.delegations.data.edit.RecordEdit;
import app.delegations.data.edit.References;
import app.delegations.model.Entity;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.edit.EditSession;
import app.delegations.ui.forms.FormField;
import app.delegations.ui.forms.FormModel;
import app.delegations.ui.forms.Forms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * Record forms that stay open across steps in the model-based test ({@link UserActions}): a form opened (F2 on the
 * selection, Ctrl+N) and left open, typed into or not, while any other action runs; then more typed, Apply
 * (Ctrl+Enter or the button), Esc in the form or outside it, or F2 on another record with its question answered
 * Discard or Back to the form. What the steps typed is kept in {@link UiSession#typed}, and what must hold after
 * every step ({@link Invariants}) is read from the window and checked against it, by the rules of the forms
 * ({@link Forms}, README "Recording and correcting records"), not by the code that keeps them:
 * <ul>
 * <li>an edit form nothing was typed into closes when a record of another identity is selected: it never stays
 * open beside another selection;</li>
 * <li>what was typed is in the open form, field by field, until Apply took it, Esc in the form cancelled it, or a
 * question was answered Discard: no other step (a click, a tab, a filter, F5, a save, the language…) loses it;</li>
 * <li>the open form's heading is in the window's language;</li>
 * <li>the archive edited changes only by a step that edits (Apply, Undo, Redo, Delete, Cite, a reload…): an open
 * form, typed into or not, applies nothing by itself.</li>
 * </ul>
 */
final class FormSteps {
    /** Words the robot types into a form's name (lower case: it types the letter keys without Shift). */
    static final List<String> WORDS = List.of("cracow", "krakau", "zzz", "novi");
    /** The text fields a step types into, the first the form shows: a record's English name or title, else Polish. */
    private static final List<String> PATHS = List.of("names.en", "title.en", "names.pl", "title.pl");

    /**
     * The actions whose steps may change the archive edited (commit, undo, redo, read again, open other data); every
     * other step must leave it as it was, a form open or not.
     */
    static final Set<String> MAY_EDIT = Set.of("open a bad file", "open a file that is refused, fix it, try again",
            "open the test archive", "a file in the archive changes", "reload", "edit a record", "undo", "redo", "save",
            "delete the selected record, answer Delete", "delete the selected record, answer Cancel",
            "edit a name and apply", "cite a passage", "apply the open form",
            "open a form and leave it open"); // the last opens the test archive first when needed, and checks itself

    /** Which form (its kind, and its record's id or none for a new one) was typed into, and the values typed, by path. */
    record Typed(String form, Map<String, String> values) {
    }

    private FormSteps() {
    }

    static Forms forms(UiSession s) {
        return TestWindows.feature(s.app(), DetailsFeature.class).forms();
    }

    static FormModel open(UiSession s) {
        return fx(() -> forms(s).openProperty().get());
    }

    static boolean formOpen(UiSession s) {
        return open(s) != null;
    }

    /** A form can be opened and none is open. */
    static boolean canOpen(UiSession s) {
        return fx(() -> forms(s).availableProperty().get() && forms(s).openProperty().get() == null);
    }

    /** A form is open on an archive that may be edited (New and Edit may replace it). */
    static boolean formOpenEditable(UiSession s) {
        return formOpen(s) && fx(() -> forms(s).availableProperty().get());
    }

    /** A form is open on an archive that may be edited, and the table shown lists rows to click. */
    static boolean formAndRows(UiSession s) {
        return formOpenEditable(s)
                && s.tableShown().map(t -> fx(() -> !t.getItems().isEmpty())).orElse(false);
    }

    /** A form's identity: its kind and its record's id, or "new" (a new record's id follows what is typed). */
    static String identity(FormModel form) {
        return fx(() -> form.kind().getSimpleName() + " " + (form.isNew() ? "(new)" : form.idProperty().get()));
    }

    private static String identity(Entity e) {
        return e instanceof Record r ? r.getClass().getSimpleName() + " " + RecordEdit.id(r) : String.valueOf(e);
    }

    /** A form can be opened, or could be once the test archive is open (what is shown cannot be edited). */
    static boolean canOpenSoon(UiSession s) {
        return canOpen(s) || !formOpen(s) && !fx(() -> s.app().editing().session().editableProperty().get());
    }

    /**
     * Opens a form by its key (F2: the selection's, row {@code row} of the table shown clicked first when nothing is
     * selected; Ctrl+N: a new record's) and leaves it open; {@code word}, when not null, typed over its name. When
     * what is shown cannot be edited, the test archive is opened first (Ctrl+Shift+O), as the officer opens theirs.
     */
    static void openAndLeave(UiSession s, boolean add, String word, int row) {
        if (!fx(() -> s.app().editing().session().editableProperty().get())) {
            s.log.add("not editable: Ctrl+Shift+O the test archive");
            UserActions.openArchive(s);
            if (!canOpen(s)) {
                return;
            }
        }
        if (!add && fx(() -> s.app().workspace().selection().get()) == null
                && s.tableShown().map(t -> fx(() -> !t.getItems().isEmpty())).orElse(false)) {
            UserActions.clickRow(s, row);
        }
        Object before = fx(() -> s.app().editing().session().dataset());
        if (add) {
            s.keys(KeyCode.CONTROL, KeyCode.N);
        } else {
            s.keys(KeyCode.F2);
        }
        FormModel form = open(s);
        if (form == null) {
            return; // nothing selected, or no "+" on this tab
        }
        s.typed = null; // a form just opened holds nothing typed
        if (word != null) {
            type(s, word);
        }
        if (fx(() -> s.app().editing().session().dataset()) != before) {
            throw new AssertionError("opening a form changed the archive edited");
        }
    }

    /** Types {@code word} over the open form's first name field (clicked first, its text selected), and keeps it. */
    static void type(UiSession s, String word) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        for (String path : PATHS) {
            Optional<Node> field = s.node("#field-" + path.replace('.', '-'))
                    .filter(n -> n instanceof TextInputControl t && fx(t::isEditable));
            if (field.isEmpty() || fx(() -> form.field(path)) == null) {
                continue;
            }
            clickInto(s, field.get());
            s.keys(KeyCode.CONTROL, KeyCode.A);
            s.type(word);
            FormModel now = open(s);
            String value = fx(() -> now.field(path).value());
            if (!word.equals(value)) {
                throw new AssertionError("typed \"" + word + "\" into " + path + " of " + identity(now) + ", which holds \""
                        + value + "\"");
            }
            String id = identity(now);
            Map<String, String> values = new LinkedHashMap<>();
            if (s.typed != null && s.typed.form().equals(id)) {
                values.putAll(s.typed.values());
            }
            values.put(path, word);
            s.typed = new Typed(id, Map.copyOf(values));
            s.log.add("typed \"" + word + "\" into " + path + " of " + id);
            return;
        }
    }

    /**
     * Apply, by Ctrl+Enter in the form (its first text field clicked) or its button: when nothing stops it the form
     * closes and what was typed is in the archive edited; when something does (a new record's required fields, a check's
     * problem), the form stays with what was typed.
     */
    static void apply(UiSession s, boolean byKey) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        if (byKey) {
            Optional<Node> first = firstTextField(s);
            if (first.isEmpty()) {
                return;
            }
            clickInto(s, first.get());
            s.keys(KeyCode.CONTROL, KeyCode.ENTER);
        } else {
            s.node("#formApply").filter(n -> !fx(n::isDisabled)).ifPresent(s::click);
        }
        EditSession session = fx(() -> s.app().editing().session());
        s.waitFor(() -> !form.isOpen() || !session.busyProperty().get() && !form.checkingProperty().get());
        s.settle();
        if (fx(form::isOpen)) {
            s.log.add("not applied: " + fx(() -> List.copyOf(form.problems())));
            return;
        }
        Typed typed = s.typed;
        s.typed = null;
        if (typed != null && !form.isNew() && typed.form().equals(identity(form))) {
            String id = fx(() -> form.idProperty().get());
            Record r = fx(() -> References.all(session.dataset()).filter(x -> x.getClass() == form.kind()
                    && RecordEdit.id(x).equals(id)).findFirst().orElse(null));
            if (r == null) {
                return; // deleted under the form, applied as a new one or refused: the invariants see the rest
            }
            String json = fx(r::toString);
            for (String v : typed.values().values()) {
                if (!json.contains(v)) {
                    throw new AssertionError("Apply closed the form of " + typed.form() + ", but " + r + " lacks \"" + v
                            + "\" typed in it");
                }
            }
        }
    }

    /**
     * Esc. In the form (its first text field clicked first) it cancels the form, typed into or not; outside it (the
     * table shown, or else the tabs, given the keyboard) it cancels an unchanged form and only takes the keyboard back into a
     * changed one, which stays with what was typed.
     */
    static void escape(UiSession s, boolean inForm) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        Object before = fx(() -> s.app().editing().session().dataset());
        if (inForm) {
            Optional<Node> first = firstTextField(s);
            if (first.isEmpty()) {
                return;
            }
            clickInto(s, first.get());
        } else {
            Node away = s.tableShown().map(Node.class::cast).orElse(fx(() -> s.app().window().tabs()));
            s.interact(away::requestFocus);
            if (!fx(away::isFocused)) {
                return;
            }
        }
        boolean changed = fx(() -> forms(s).changed());
        s.keys(KeyCode.ESCAPE);
        boolean closed = open(s) != form;
        if (inForm || !changed) {
            if (!closed) {
                throw new AssertionError("Esc " + (inForm ? "in the form" : "outside an unchanged form") + " left "
                        + identity(form) + " open");
            }
            s.typed = null;
        } else {
            if (closed) {
                throw new AssertionError("Esc outside the form threw away what was typed in " + identity(form));
            }
            if (!fx(() -> within(s.stage.getScene().getFocusOwner(), s.app().window().lookup("#recordForm")))) {
                throw new AssertionError("Esc outside the changed form " + identity(form) + " left the keyboard on "
                        + fx(() -> s.stage.getScene().getFocusOwner()));
            }
        }
        if (fx(() -> s.app().editing().session().dataset()) != before) {
            throw new AssertionError("Esc changed the archive edited");
        }
    }

    /** Clicks a field of the form: it then has the keyboard. */
    private static void clickInto(UiSession s, Node field) {
        s.click(field);
        if (!fx(field::isFocused)) {
            // a list open elsewhere (the search's suggestions, before forms took the keyboard as they open:
            // FormKeyboardStoryTest) took the click: the officer closes it and clicks again
            s.log.add("the click on " + fx(field::getId) + " did not reach it: "
                    + fx(() -> s.stage.getScene().getFocusOwner()));
            s.interact(field::requestFocus);
        }
    }

    /** The open form's first text field (a click on a list or a date would open its popup, which keeps Esc). */
    private static Optional<Node> firstTextField(UiSession s) {
        return s.nodes("#recordForm .form-field").stream()
                .filter(n -> n instanceof TextInputControl t && fx(t::isEditable)).findFirst();
    }

    static boolean within(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * With a form open, a click on row {@code row} of the table shown (see {@link UserActions#clickRow}), then F2
     * with the question, if one comes, answered Discard the changes ({@code discard}) or Back to the form: the
     * question comes exactly when the form holds changes and edits another record (after the click an unchanged
     * edit form of another record is closed already); Discard opens the selected record's form, Back keeps the form
     * and what was typed, and F2 on the form's own record keeps it, asking nothing.
     */
    static void editAnother(UiSession s, int row, boolean discard) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        String was = identity(form);
        Object before = fx(() -> s.app().editing().session().dataset());
        UserActions.clickRow(s, row);
        Entity selected = fx(() -> s.app().workspace().selection().get());
        FormModel after = open(s);
        boolean changed = fx(() -> forms(s).changed());
        boolean other = selected != null && !identity(selected).equals(was);
        if (after == form && !form.isNew() && other && !changed) {
            throw new AssertionError("selecting " + identity(selected) + " left the unchanged form " + was + " open");
        }
        if (after != form && (after != null || changed)) {
            throw new AssertionError("selecting " + identity(selected) + " with " + (changed ? "a changed" : "an unchanged")
                    + " form " + was + " open left " + (after == null ? "no form" : identity(after)) + " open");
        }
        int asked = fx(() -> s.dialogs.askedCarefully.size());
        if (discard) {
            s.interact(() -> s.dialogs.choices.add(0)); // Discard the changes; else Back to the form, the default
        }
        s.keys(KeyCode.F2);
        boolean wasAsked = fx(() -> s.dialogs.askedCarefully.size()) > asked;
        s.interact(() -> s.dialogs.choices.clear()); // an answer no question took is not left for a later one
        FormModel now = open(s);
        boolean mustAsk = after != null && changed && other;
        if (wasAsked != mustAsk) {
            throw new AssertionError("F2 on " + identity(selected) + " with " + (after == null ? "no form"
                    : (changed ? "the changed form " : "the unchanged form ") + identity(after)) + " open "
                    + (wasAsked ? "asked" : "asked nothing"));
        }
        if (selected == null) {
            if (now != after) {
                throw new AssertionError("F2 with nothing selected changed the open form");
            }
        } else if (!other) {
            if (now != after || after == null && now != null) {
                throw new AssertionError("F2 on the form's own record " + identity(selected) + " did not keep its form");
            }
        } else if (mustAsk && !discard) {
            if (now != form) {
                throw new AssertionError("Back to the form, after F2 on " + identity(selected) + ", left "
                        + (now == null ? "no form" : identity(now)) + " open, not " + was);
            }
        } else {
            if (now == null || !identity(now).equals(identity(selected))) {
                throw new AssertionError("F2 on " + identity(selected) + (mustAsk ? ", the changes discarded," : "")
                        + " opened " + (now == null ? "no form" : identity(now)));
            }
            s.typed = null;
        }
        if (fx(() -> s.app().editing().session().dataset()) != before) {
            throw new AssertionError("selecting another record and F2 changed the archive edited");
        }
    }

    /**
     * Ctrl+N with a form open, the question, if one comes, answered Discard the changes ({@code discard}) or Back to
     * the form: a new record's form of the kind proposed already open is kept (the keyboard back in it), asking
     * nothing; any other unchanged form gives way to the new form at once; a changed one asks, and Discard opens the
     * new form, Back keeps the form and what was typed.
     */
    static void newWithAFormOpen(UiSession s, boolean discard) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        String was = identity(form);
        Object before = fx(() -> s.app().editing().session().dataset());
        boolean changed = fx(() -> forms(s).changed());
        int asked = fx(() -> s.dialogs.askedCarefully.size());
        if (discard) {
            s.interact(() -> s.dialogs.choices.add(0)); // Discard the changes; else Back to the form, the default
        }
        s.keys(KeyCode.CONTROL, KeyCode.N);
        boolean wasAsked = fx(() -> s.dialogs.askedCarefully.size()) > asked;
        s.interact(() -> s.dialogs.choices.clear()); // an answer no question took is not left for a later one
        FormModel now = open(s);
        String what = "Ctrl+N with " + (changed ? "the changed form " : "the unchanged form ") + was + " open";
        if (now == null || fx(() -> !now.isNew() && now != form)) {
            throw new AssertionError(what + " left " + (now == null ? "no form" : identity(now)) + " open");
        }
        if (wasAsked && !changed) {
            throw new AssertionError(what + " asked about changes");
        }
        if (wasAsked && !discard || !wasAsked && changed) { // back to the form, or the same new form kept
            if (now != form) {
                throw new AssertionError(what + (wasAsked ? ", answered Back to the form," : ", asking nothing,")
                        + " replaced it with " + identity(now));
            }
        } else if (now != form) {
            s.typed = null; // discarded, or nothing typed
        }
        if (fx(() -> s.app().editing().session().dataset()) != before) {
            throw new AssertionError(what + " changed the archive edited");
        }
    }

    // ---- invariants ----

    /** An edit form nothing was typed into is open only while no record of another identity is selected. */
    static void unchangedFormEditsTheSelection(UiSession s) {
        FormModel form = open(s);
        if (form == null || fx(form::isNew) || s.typed != null || fx(() -> forms(s).changed())) {
            return;
        }
        Entity selected = fx(() -> s.app().workspace().selection().get());
        if (selected != null && !identity(selected).equals(identity(form))) {
            throw new AssertionError("the unchanged form " + identity(form) + " is open while " + identity(selected)
                    + " is selected");
        }
    }

    /** What the steps typed is in the open form, value by value, until applied, cancelled or discarded. */
    static void typedWorkKept(UiSession s) {
        Typed typed = s.typed;
        if (typed == null) {
            return;
        }
        FormModel form = open(s);
        if (form == null || !identity(form).equals(typed.form())) {
            throw new AssertionError("what was typed in " + typed.form() + " " + typed.values() + " is gone unasked: "
                    + (form == null ? "no form" : identity(form)) + " is open");
        }
        Map<String, String> now = new LinkedHashMap<>();
        typed.values().keySet().forEach(path -> now.put(path, fx(() -> {
            FormField f = form.field(path);
            return f == null ? null : f.value();
        })));
        if (!now.equals(typed.values())) {
            throw new AssertionError("the form " + typed.form() + " holds " + now + ", not what was typed "
                    + typed.values());
        }
        if (!fx(() -> forms(s).changed())) {
            throw new AssertionError("the form " + typed.form() + " holds what was typed " + typed.values()
                    + " but says nothing changed (a question would not be asked)");
        }
    }

    /** The open form's heading, as shown, is its kind's New or Edit heading in the window's language. */
    static void headingInTheWindowsLanguage(UiSession s) {
        FormModel form = open(s);
        if (form == null) {
            return;
        }
        Messages m = fx(() -> s.app().workspace().main().messages());
        RecordKind kind = fx(() -> RecordKind.of(form.kind()));
        String expected = m.get(fx(form::isNew) ? kind.newKey() : kind.editKey());
        String shown = s.node("#formHeading").map(n -> fx(((Labeled) n)::getText)).orElse(null);
        if (!expected.equals(shown) || !expected.equals(fx(form::heading))) {
            throw new AssertionError("the form's heading is \"" + shown + "\" (its model's \"" + fx(form::heading)
                    + "\"), not \"" + expected + "\" in " + m.language());
        }
    }

    /** A step of an action that edits nothing ({@link #MAY_EDIT}) left the archive edited as it was. */
    static void nothingAppliedUnasked(UiSession s) {
        if (s.action == null || MAY_EDIT.contains(s.action) || s.editedBefore == null) {
            return;
        }
        Object now = fx(() -> s.app().editing().session().dataset());
        if (now != s.editedBefore) { // the same records: an edit, undo or reading makes another dataset
            throw new AssertionError("\"" + s.action + "\" changed the archive edited"
                    + (formOpen(s) ? " (a form is open: " + identity(open(s)) + ")" : ""));
        }
    }
}
