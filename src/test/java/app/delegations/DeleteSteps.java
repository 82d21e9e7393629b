package app.delegations;

import static app.delegations.UiSession.fx;

import app.delegations.data.edit.RecordEdit;
import app.delegations.data.edit.References;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.ui.countries.CountriesFeature;
import app.delegations.ui.edit.EditSession;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.people.PeopleFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * Edit › Delete… of the selected record in the model-based test ({@link UserActions}), the question answered Delete
 * or Cancel, and what must hold then, read from the data the window shows, its views and its details, and checked
 * against the data as it was before, by the data format's references ({@link References}: who mentions whom), not
 * by the code that deletes:
 * <ul>
 * <li>the question is asked exactly when another record mentions the record;</li>
 * <li>Cancel: nothing changed (the records, the unsaved state, the title, the selection);</li>
 * <li>Delete: the record is gone from the data and from every view (the rows of Places, Countries, Organisations,
 * Events and People, the map's markers, the selection and so the details); every other record gone could not exist
 * without one gone (a place of a country gone, a sub-event of an event gone, an event whose every listed participant
 * is gone); a record that stays and mentioned one gone no longer does and keeps every other mention, and the details
 * of each such record link to none gone; a record that mentioned none is as it was; the window shows unsaved
 * changes;</li>
 * <li>Delete, then Undo (Ctrl+Z; Edit › Undo while a text field has the keyboard: it takes Ctrl+Z for its own
 * text): every record is back as it was, where it stood, and the unsaved state and the
 * title are as before the delete.</li>
 * </ul>
 */
final class DeleteSteps {
    /** What the step answers, and whether it undoes the delete at once. */
    enum Answer {
        DELETE("Delete"), DELETE_THEN_UNDO("Delete, then Ctrl+Z"), CANCEL("Cancel");

        private final String words;

        Answer(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private DeleteSteps() {
    }

    /** Edit › Delete… can be used: the archive shown can be edited and a record is selected. */
    static boolean applies(UiSession s) {
        return fx(() -> s.app().editing().session().editableProperty().get()
                && s.app().workspace().selection().get() != null) && UserActions.menuItemEnabled(s, "menuDelete");
    }

    /**
     * Edit › Delete… of the selected record (the menu's item, as a click on it would choose it); the question, when
     * asked, answered {@code answer} (Delete, or Cancel: Enter's default); then checks what must hold. A form holding
     * typed changes is asked about first: Cancel answers Back to the form (nothing deleted), Delete discards them.
     */
    static void delete(UiSession s, Answer answer) {
        EditSession session = fx(() -> s.app().editing().session());
        Entity selected = fx(() -> s.app().workspace().selection().get());
        Dataset before = fx(session::dataset);
        References.Ref target = ref((Record) selected);
        Record record = byRef(before).get(target);
        if (record == null) {
            throw new AssertionError("the selected " + Invariants.describe(selected) + " is not in the archive edited");
        }
        boolean mentioned = !References.to(before, record).isEmpty();
        boolean dirty = fx(session::dirty);
        String title = fx(() -> s.stage.getTitle());
        int asked = fx(() -> s.dialogs.askedCarefully.size());
        int problems = fx(() -> s.dialogs.problems.size());
        s.log.add("delete " + Invariants.describe(selected) + (mentioned ? ", mentioned by "
                + References.to(before, record).stream().map(DeleteSteps::key).toList() : ", mentioned by none"));
        // a form holding typed changes is asked about first (Discard them, or Back to the form and nothing deleted)
        boolean typedForm = fx(() -> FormSteps.forms(s).changed());
        if (typedForm && answer == Answer.CANCEL) {
            UserActions.fireMenuItem(s, "menuDelete");
            if (fx(() -> s.dialogs.askedCarefully.size()) != asked + 1) {
                throw new AssertionError("Delete under a form holding typed changes did not ask about them first");
            }
            unchanged(s, before, dirty, title, "Back to the form in the question before Delete");
            return;
        }
        if (typedForm) {
            s.interact(() -> s.dialogs.choices.add(0)); // Discard the changes typed
            s.typed = null;
        }
        if (answer != Answer.CANCEL) {
            s.interact(() -> s.dialogs.choices.add(0)); // the first answer: Delete
        }
        UserActions.fireMenuItem(s, "menuDelete");
        int formQuestion = typedForm ? 1 : 0;
        boolean wasAsked = fx(() -> s.dialogs.askedCarefully.size()) > asked + formQuestion;
        s.interact(() -> s.dialogs.choices.clear()); // an answer no question took is not left for a later one
        if (wasAsked != mentioned) {
            throw new AssertionError("Delete of " + key(record) + (wasAsked ? " asked first, though no record mentions it"
                    : " asked nothing, though " + References.to(before, record).stream().map(DeleteSteps::key).toList()
                    + " mention it"));
        }
        if (wasAsked && answer == Answer.CANCEL) {
            unchanged(s, before, dirty, title, "Cancel in Delete's question");
            if (!Objects.equals(selected, fx(() -> s.app().workspace().selection().get()))) {
                throw new AssertionError("Cancel in Delete's question changed the selection to "
                        + Invariants.describe(fx(() -> s.app().workspace().selection().get())));
            }
            return;
        }
        // the edit is checked off the UI thread: the record goes once the archive's rules have allowed it
        if (!UserActions.waitBriefly(() -> fx(() -> !session.busyProperty().get()
                && (!byRef(session.dataset()).containsKey(target) || s.dialogs.problems.size() > problems)))) {
            throw new AssertionError("Delete of " + key(record) + " neither deleted it nor said why");
        }
        s.settle();
        if (fx(() -> s.dialogs.problems.size()) > problems) {
            throw new AssertionError("the archive's rules refused to delete " + key(record) + ": "
                    + fx(() -> s.dialogs.problems.get(s.dialogs.problems.size() - 1).problems()));
        }
        deleted(s, before, target);
        if (answer == Answer.DELETE_THEN_UNDO) {
            // Ctrl+Z, unless the keyboard is in a text field (the filter's search, a date picker's editor), which
            // takes Ctrl+Z for its own text: then Edit › Undo, as the officer would choose it there
            if (fx(() -> s.stage.getScene().getFocusOwner() instanceof TextInputControl
                    || s.stage.getScene().getFocusOwner() instanceof ComboBoxBase<?> box && box.isEditable())) {
                s.log.add("the keyboard in a text field: Edit › Undo");
                UserActions.fireMenuItem(s, "menuUndo");
            } else {
                s.keys(KeyCode.CONTROL, KeyCode.Z);
            }
            s.waitFor(() -> !session.busyProperty().get());
            s.settle();
            unchanged(s, before, dirty, title, "Delete, then Undo,");
        }
    }

    /** Nothing changed since {@code before}: the records (each where it stood), the unsaved state, the title. */
    private static void unchanged(UiSession s, Dataset before, boolean dirty, String title, String what) {
        Dataset now = fx(() -> s.app().editing().session().dataset());
        Dataset shown = fx(() -> s.app().workspace().current().dataset());
        for (Dataset d : List.of(now, shown)) {
            List<String> differ = new ArrayList<>();
            Map<References.Ref, Record> was = byRef(before);
            Map<References.Ref, Record> is = byRef(d);
            for (References.Ref r : union(was.keySet(), is.keySet())) {
                if (!Objects.equals(was.get(r), is.get(r))) {
                    differ.add(key(r) + (is.get(r) == null ? " gone" : was.get(r) == null ? " added" : " changed"));
                }
            }
            if (!differ.isEmpty() || !records(d).equals(records(before))) {
                throw new AssertionError(what + " left the " + (d == now ? "archive edited" : "data shown")
                        + " changed: " + (differ.isEmpty() ? "records out of their places" : differ) + "; can undo "
                        + fx(() -> s.app().editing().session().canUndoProperty().get()) + ", problems "
                        + fx(() -> s.dialogs.problems) + ", errors " + fx(() -> s.dialogs.errors) + "; steps: "
                        + String.join(" → ", s.log));
            }
        }
        if (fx(() -> s.app().editing().session().dirty()) != dirty || !title.equals(fx(() -> s.stage.getTitle()))) {
            throw new AssertionError(what + " changed the unsaved state: the title was \"" + title + "\", is \""
                    + fx(() -> s.stage.getTitle()) + "\"");
        }
    }

    /** After Delete of {@code target}: see the class's comment. */
    private static void deleted(UiSession s, Dataset before, References.Ref target) {
        Dataset now = fx(() -> s.app().editing().session().dataset());
        Dataset shown = fx(() -> s.app().workspace().current().dataset());
        Map<References.Ref, Record> was = byRef(before);
        Map<References.Ref, Record> is = byRef(now);
        Set<References.Ref> gone = new HashSet<>(was.keySet());
        gone.removeAll(is.keySet());
        String what = "Delete of " + key(target);
        if (!gone.contains(target)) {
            throw new AssertionError(what + " left it in the archive edited");
        }
        if (!is.keySet().stream().allMatch(was::containsKey)) {
            throw new AssertionError(what + " added records");
        }
        for (References.Ref g : gone) {
            if (!g.equals(target) && !cannotStayWithout(was.get(g), gone)) {
                throw new AssertionError(what + " also deleted " + key(g) + ", which could stay without what went");
            }
        }
        for (Map.Entry<References.Ref, Record> e : is.entrySet()) {
            Record had = was.get(e.getKey());
            Set<References.Ref> mentions = References.of(had);
            Set<References.Ref> kept = new HashSet<>(mentions);
            kept.removeAll(gone);
            if (kept.size() == mentions.size() && !had.equals(e.getValue())) {
                throw new AssertionError(what + " changed " + key(e.getKey()) + ", which mentioned nothing deleted");
            }
            if (!new HashSet<>(References.of(e.getValue())).equals(kept)) {
                throw new AssertionError(what + ": " + key(e.getKey()) + " mentions " + References.of(e.getValue())
                        + ", not what it mentioned less what went: " + kept);
            }
        }
        if (!records(shown).equals(records(now))) {
            throw new AssertionError(what + ": the views are not given the archive as edited");
        }
        inNoView(s, gone, what);
        // "Delegations — office •", and after a file not opened "… • — bad.json not opened"
        if (!fx(() -> s.app().editing().session().dirty()) || !fx(() -> s.stage.getTitle()).contains(" •")) {
            throw new AssertionError(what + ": the window does not show unsaved changes: " + fx(() -> s.stage.getTitle()));
        }
        linksInTheDetails(s, before, gone, what);
    }

    /** Whether {@code r} cannot exist once the records {@code gone} are: the data format requires what went. */
    private static boolean cannotStayWithout(Record r, Set<References.Ref> gone) {
        if (r instanceof Place p) {
            return gone.contains(new References.Ref(Country.class, p.country()));
        }
        if (r instanceof Event e) {
            return e.parent() != null && gone.contains(new References.Ref(Event.class, e.parent()))
                    || !e.participants().isEmpty() && e.participants().stream().map(Participation::place)
                    .allMatch(id -> gone.contains(new References.Ref(Place.class, id)));
        }
        return false;
    }

    /** No view lists a record gone, the map marks none, none is selected. */
    private static void inNoView(UiSession s, Set<References.Ref> gone, String what) {
        Map<String, List<References.Ref>> listed = fx(() -> {
            var out = new LinkedHashMap<String, List<References.Ref>>();
            out.put("Places", TestWindows.places(s.app()).allRows().stream()
                    .map(r -> new References.Ref(Place.class, r.id())).toList());
            out.put("Countries", TestWindows.feature(s.app(), CountriesFeature.class).viewModel().allRows().stream()
                    .map(r -> new References.Ref(Country.class, r.code())).toList());
            out.put("Organisations", TestWindows.feature(s.app(), OrganisationsFeature.class).viewModel().allRows()
                    .stream().map(r -> new References.Ref(Organisation.class, r.id())).toList());
            out.put("Events", TestWindows.feature(s.app(), EventsFeature.class).viewModel().allRows().stream()
                    .map(r -> new References.Ref(Event.class, r.id())).toList());
            out.put("People", TestWindows.feature(s.app(), PeopleFeature.class).viewModel().allRows().stream()
                    .map(r -> new References.Ref(Person.class, r.id())).toList());
            out.put("the map", TestWindows.feature(s.app(), MapFeature.class).viewModel().shown().stream()
                    .map(p -> new References.Ref(Place.class, p.entry().id())).toList());
            out.put("the index", s.app().workspace().index().entries().stream()
                    .map(p -> new References.Ref(Place.class, p.id())).toList());
            Entity selected = s.app().workspace().selection().get();
            out.put("the selection", selected == null ? List.of() : List.of(ref((Record) selected)));
            return out;
        });
        listed.forEach((view, refs) -> {
            List<String> still = refs.stream().filter(gone::contains).map(DeleteSteps::key).toList();
            if (!still.isEmpty()) {
                throw new AssertionError(what + ": " + view + " still " + (view.startsWith("the") ? "holds " : "lists ")
                        + still);
            }
        });
    }

    /**
     * The details of each record that stays and mentioned one gone (each selected in turn, as a click on it would)
     * link to none gone, by its name or its id; the selection is then put back.
     */
    private static void linksInTheDetails(UiSession s, Dataset before, Set<References.Ref> gone, String what) {
        if (s.node("#detailsView").isEmpty()) {
            return; // the pane is hidden
        }
        Dataset now = fx(() -> s.app().editing().session().dataset());
        Locale locale = fx(() -> s.app().workspace().main().messages().locale());
        Map<References.Ref, Record> was = byRef(before);
        Set<String> kept = records(now).stream().map(r -> name(r, locale)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> goneWords = new HashSet<>();
        for (References.Ref g : gone) {
            goneWords.add(g.id());
            String name = name(was.get(g), locale);
            if (name != null && !kept.contains(name)) { // a name another record still has may be linked to it
                goneWords.add(name);
            }
        }
        Entity selected = fx(() -> s.app().workspace().selection().get());
        for (Record r : records(now)) {
            if (!(r instanceof Entity entity) || References.of(was.get(ref(r))).stream().noneMatch(gone::contains)) {
                continue;
            }
            s.interact(() -> s.app().workspace().selection().select(entity));
            List<String> links = s.nodes("#detailsView .fact-link").stream()
                    .map(n -> fx(() -> ((Labeled) n).getText())).toList();
            List<String> dangling = links.stream().filter(goneWords::contains).toList();
            if (!dangling.isEmpty()) {
                throw new AssertionError(what + ": the details of " + key(r) + " still link to " + dangling);
            }
        }
        s.interact(() -> {
            if (selected == null) {
                s.app().workspace().selection().clear();
            } else {
                s.app().workspace().selection().select(selected);
            }
        });
    }

    /** The name the details give a record (a person after the honorific), or null for one without. */
    private static String name(Record r, Locale locale) {
        return r instanceof Place p ? p.names().in(locale) : r instanceof Country c ? c.names().in(locale)
                : r instanceof Organisation o ? o.names().in(locale) : r instanceof Event e ? e.title().in(locale)
                : r instanceof Person p ? Invariants.personName(p, locale) : null;
    }

    /** Every record, list by list, each where it stands. */
    private static List<Record> records(Dataset d) {
        return References.all(d).toList();
    }

    private static Map<References.Ref, Record> byRef(Dataset d) {
        return References.all(d).collect(Collectors.toMap(DeleteSteps::ref, Function.identity(), (a, b) -> a,
                HashMap::new));
    }

    private static References.Ref ref(Record r) {
        return new References.Ref(r.getClass(), RecordEdit.id(r));
    }

    private static Set<References.Ref> union(Set<References.Ref> a, Set<References.Ref> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static String key(References.Ref r) {
        return r.kind().getSimpleName().toLowerCase(Locale.ROOT) + " " + r.id();
    }

    private static String key(Record r) {
        return key(ref(r));
    }
}
