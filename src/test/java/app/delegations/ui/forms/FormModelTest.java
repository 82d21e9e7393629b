package app.delegations.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.WorldCountries;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.text.Msg;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.common.MemoryEditing;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The record forms as an officer fills them, without a window: checked as typed, applied as one change. */
class FormModelTest {
    private final MemoryEditing editing = new MemoryEditing(TestData.congress());
    private final Selection selection = new Selection();
    private final List<Runnable> pending = new ArrayList<>();
    /** Answers the questions asked before typed changes are dropped: "back to the form" unless told otherwise. */
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** Checks wait until the test lets them run, as they wait for a pause in typing in the window. */
    private final Forms forms = new Forms(editing, selection, new WorldCountries(), () -> pending::add,
            dialogs);

    private FormModel open() {
        return forms.openProperty().get();
    }

    private void pause() {
        var due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    private void type(String path, String value) {
        open().field(path).valueProperty().set(value);
    }

    /** A new place's form filled in for Kyiv, Ukraine, and checked. */
    private void newKyiv() {
        forms.newRecord(Place.class);
        type("names.pl", "Kijów");
        type("names.en", "Kyiv");
        type("names.native", "Київ");
        type("country", "UA");
        pause();
    }

    @Test
    void aNewPlaceGetsItsIdFromTheEnglishNameAndIsAddedAsOneChange() {
        newKyiv();

        assertEquals("kyiv", open().idProperty().get());
        assertEquals(List.of(), open().problems());
        assertTrue(open().canApplyProperty().get());
        assertTrue(open().apply().join());

        assertNull(forms.openProperty().get(), "applied: the form is closed");
        assertEquals(1, editing.commits().size());
        RecordEdit edit = editing.commits().get(0).edits().get(0);
        Place kyiv = (Place) edit.after();
        assertNull(edit.before());
        assertEquals("kyiv", kyiv.id());
        assertEquals("UA", kyiv.country());
        assertEquals(PlaceKind.CITY, kyiv.kind());
        assertEquals("Київ", kyiv.names().nativeName());
        assertSame(kyiv, selection.get(), "the new place is selected: the details show it");
    }

    @Test
    void switchingTheLanguageRemakesTheOpenFormInItKeepingWhatWasTyped() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.newRecord(Place.class);
        type("names.pl", "Kijów");
        type("names.native", "Київ");
        type("country", "UA");
        pause();
        open().sayAllMissing();
        assertEquals("Nowe miejsce", open().heading());
        assertEquals("Nazwa polska", open().field("names.pl").label());
        assertTrue(open().problems().stream().anyMatch(p -> p.startsWith("Nazwa angielska")), open().problems().toString());

        forms.setMessages(Messages.of(UiLanguage.ENGLISH));
        pause();
        assertEquals("New place", open().heading());
        assertEquals("Polish name", open().field("names.pl").label());
        assertEquals("Kijów", open().field("names.pl").value(), "what was typed stays");
        assertEquals("Київ", open().field("names.native").value());
        assertEquals("UA", open().field("country").value());
        pause();
        assertTrue(open().problems().stream().anyMatch(p -> p.startsWith("English name")), open().problems().toString());

        type("names.en", "Kyiv");
        pause();
        assertTrue(open().apply().join(), "the remade form applies as the first would have");
        assertEquals("Kyiv", ((Place) editing.commits().get(0).edits().get(0).after()).names().en());
    }

    @Test
    void anEditedEventsPartnersAreKeptWhenTheLanguageChanges() {
        forms.edit(editing.dataset().event("congress-2016").orElseThrow());
        FormRows partners = open().rows("participants");
        int before = partners.rows().size();
        partners.add();
        pause();
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        assertEquals(before + 1, open().rows("participants").rows().size(), "the row added is still there");
    }

    @Test
    void anEmptyEnglishNameIsSaidBesideTheFieldAndStopsApply() {
        forms.newRecord(Place.class);
        type("names.pl", "Kijów");
        type("names.native", "Київ");
        type("country", "UA");
        pause();
        assertNull(open().field("names.en").problemProperty().get(), "never touched: not said yet");
        assertEquals(List.of(), open().problems());
        assertEquals(1, open().unsaidProperty().get(), "only counted");
        assertFalse(open().canApplyProperty().get());

        assertFalse(open().apply().join());
        assertEquals("must be given", open().field("names.en").problemProperty().get());
        assertEquals(List.of("English name: must be given"), open().problems(), "said once, as the form says "
                + "every required field left blank (not again in the loader's words)");
        assertEquals(0, open().unsaidProperty().get());
        assertFalse(open().canApplyProperty().get());
        assertEquals(List.of(), editing.commits());

        type("names.en", "Kyiv");
        assertFalse(open().canApplyProperty().get(), "not until the check has run on what was typed");
        pause();
        assertNull(open().field("names.en").problemProperty().get());
        assertTrue(open().canApplyProperty().get());
    }

    private void kyiv() {
        type("names.pl", "Kijów");
        type("names.en", "Kyiv");
        type("names.native", "Київ");
        type("country", "UA");
    }

    @Test
    void applyTwiceQuicklyMakesOneEdit() {
        editing.holdChecks();
        forms.newRecord(Place.class);
        kyiv();
        pause();
        FormModel form = open();
        assertTrue(form.checkingProperty().get(), "the archive's rules are being asked: the form says so");
        assertFalse(form.canApplyProperty().get(), "Apply waits for their answer");

        CompletableFuture<Boolean> first = form.apply();
        CompletableFuture<Boolean> second = form.apply();
        assertTrue(second.isDone());
        assertFalse(second.join(), "refused while the first Apply is under way");
        while (!editing.waiting().isEmpty()) {
            editing.answer(0);
        }

        assertTrue(first.join());
        assertEquals(1, editing.commits().size());
        assertFalse(form.isOpen());
        assertFalse(form.checkingProperty().get());
    }

    @Test
    void typedFastOnlyTheLastChecksProblemsAreShown() {
        editing.holdChecks();
        forms.newRecord(Place.class);
        kyiv();
        type("names.en", " ");
        pause(); // asks about a blank English name
        type("names.en", "Kyiv");
        pause(); // asks about "Kyiv"
        assertEquals(2, editing.waiting().size());

        editing.answer(1); // the newer check answers first
        assertEquals(List.of(), open().problems());
        assertTrue(open().canApplyProperty().get());
        editing.answer(0); // the older one late: its "must be given" is not shown
        assertEquals(List.of(), open().problems());
        assertNull(open().field("names.en").problemProperty().get());
        assertTrue(open().canApplyProperty().get());
    }

    @Test
    void cancelWhileCheckingChangesNothing() {
        editing.holdChecks();
        forms.newRecord(Place.class);
        kyiv();
        pause();
        FormModel form = open();
        CompletableFuture<Boolean> applied = form.apply();
        form.cancel();
        while (!editing.waiting().isEmpty()) {
            editing.answer(0);
        }
        assertFalse(applied.join());
        assertEquals(List.of(), editing.commits());
        assertFalse(form.checkingProperty().get());
    }

    @Test
    void applyChecksWhatWasTypedLastEvenBeforeThePause() {
        forms.newRecord(Place.class);
        type("names.pl", "Kijów");
        type("names.en", "Kyiv");
        type("names.native", "Київ");
        type("country", "UA");
        assertTrue(open().apply().join());
        assertEquals(1, editing.commits().size());
    }

    @Test
    void anEventsDatesAreEditedByTypingPolishDates() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        Event visit = TestData.congress().events().stream().filter(e -> e.kind().json().equals("visit"))
                .findFirst().orElseThrow();
        forms.edit(visit);
        assertEquals("Edycja wydarzenia", open().heading());
        assertEquals(visit.id(), open().idProperty().get());
        type("start", "12.03.2025");
        type("end", "");
        pause();
        assertTrue(open().canApplyProperty().get(), () -> String.valueOf(open().problems()));
        assertTrue(open().apply().join());

        RecordEdit edit = editing.commits().get(0).edits().get(0);
        Event after = (Event) edit.after();
        assertSame(visit, edit.before());
        assertEquals(visit.id(), after.id(), "an edited record keeps its id");
        assertEquals(LocalDate.of(2025, 3, 12), after.start());
        assertEquals(LocalDate.of(2025, 3, 12), after.end(), "no end: the same day");
        assertEquals(visit.participants(), after.participants(), "participants kept with their evidence");
        assertEquals(visit.evidence(), after.evidence());
    }

    @Test
    void aPlacesCoordinatesKeepTheirWrittenPrecisionAndADecimalCommaIsRead() {
        Place krakow = TestData.congress().place("krakow").orElseThrow();
        forms.edit(krakow);
        assertEquals("19.9450", open().field("coordinates.lon").valueProperty().get(), "as the file writes it");
        type("names.en", "Krakow");
        type("coordinates.lat", "50,0647");
        pause();
        assertTrue(open().apply().join(), () -> String.valueOf(open().problems()));

        Place after = (Place) editing.commits().get(0).edits().get(0).after();
        assertEquals("19.9450", after.coordinates().lonText(), "the trailing zero is kept: the saved file diffs "
                + "cleanly");
        assertEquals("50.0647", after.coordinates().latText());
        assertEquals(krakow.coordinates(), after.coordinates());
    }

    @Test
    void aDayTheCalendarLacksIsNotADate() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.edit(TestData.congress().events().get(0));
        type("start", "31.02.2025");
        pause();
        assertEquals("to nie jest data: wpisz ją w postaci 12.03.2025", open().field("start").problemProperty().get());
        assertFalse(open().canApplyProperty().get());
    }

    @Test
    void aProblemOfTheLoaderIsPutOnTheRowItNames() {
        Event first = TestData.congress().events().get(0);
        forms.edit(first);
        FormRows rows = open().rows("participants");
        FormRow added = rows.add();
        added.fields().get(0).valueProperty().set("krakow");
        added.fields().get(1).valueProperty().set(PlaceRole.PRESENTER.json());
        int i = rows.rows().size() - 1;
        pause();
        Record built = editing.lastChecked().edits().get(0).after();
        editing.setCheck(c -> List.of(MemoryEditing.error(built, "participants[" + i + "].place",
                Msg.of("problem.list.twice", "krakow"))));
        open().check();
        assertEquals("krakow is in this list twice: delete one of the "
                + "two", open().field("participants[" + i + "].place")
                .problemProperty().get());
        assertFalse(open().canApplyProperty().get());
    }

    @Test
    void anEventEndingBeforeItStartsIsSaidWithTheDatesAsTheFormWritesThem() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.edit(TestData.congress().events().get(0));
        type("start", "15.03.2025");
        type("end", "10.03.2025");
        pause();
        assertTrue(open().problems().stream()
                .anyMatch(p -> p.contains("kończy się (10.03.2025) przed swoim początkiem (15.03.2025)")),
                () -> "as typed, not as the file stores them: " + open().problems());
        assertFalse(open().canApplyProperty().get());
    }

    @Test
    void aFieldOfARowIsListedWithItsRowSoTwoFieldsOfOneLabelAreToldApart() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.edit(TestData.congress().events().get(0));
        FormRows rows = open().rows("participants");
        rows.add().fields().get(0).valueProperty().set("krakow");
        int n = rows.rows().size();
        pause();
        Record built = editing.lastChecked().edits().get(0).after();
        editing.setCheck(c -> List.of(MemoryEditing.error(built, "participants[" + (n - 1) + "].place",
                Msg.of("problem.list.twice", "krakow")), MemoryEditing.error(built, "place",
                Msg.of("problem.list.twice", "krakow"))));
        open().check();
        String label = open().field("place").label();
        assertEquals(label, open().field("participants[" + (n - 1) + "].place").label(), "the same label twice");
        assertTrue(open().problems().stream().anyMatch(p -> p.startsWith("Uczestnik " + n + " › " + label + ": ")),
                open().problems()::toString);
        assertTrue(open().problems().stream().anyMatch(p -> p.startsWith(label + ": ")), "the event's own place: "
                + "its label alone");
    }

    /** Officer report #3: ids proposed by forms reserve nothing; one taken meanwhile is proposed anew at Apply. */
    @Test
    void aNewRecordsIdIsCheckedAgainAtApplyAndAnotherProposedWhenTakenMeanwhile() {
        newKyiv();
        assertEquals("kyiv", open().idProperty().get());
        Place taken = EditArchive.place("kyiv", "Kijów", "Kyiv", "UA");
        assertTrue(editing.commit(Change.of(RecordEdit.add(taken))).join(), "another draft of Kyiv applied first");

        assertTrue(open().apply().join(), () -> String.valueOf(open().problems()));
        Place applied = (Place) editing.commits().get(editing.commits().size() - 1).edits().get(0).after();
        assertEquals("kyiv-2", applied.id(), "not the id of the record applied meanwhile");
    }

    @Test
    void nothingChangedIsNothingToApply() {
        forms.edit(TestData.congress().places().get(0));
        pause();
        assertFalse(open().canApplyProperty().get());
        assertEquals(List.of(), open().problems());
    }

    @Test
    void applyingTheEditOfTheSelectedRecordLeavesTheSelectionToTheUpdateThatShowsIt() {
        Place first = editing.dataset().places().get(0);
        selection.select(first);
        forms.editSelected();
        type("names.en", "Somewhere else");
        pause();
        assertTrue(open().apply().join());
        assertNull(forms.openProperty().get(), "applied: the form is closed");
        assertEquals("Somewhere else", editing.dataset().place(first.id()).orElseThrow().names().en(), "committed");
        assertSame(first, selection.get(),
                "still selected as shown: the window's update selects the new version when it shows it");
    }

    @Test
    void cancelLeavesTheSelectionAndTheDataAsTheyWere() {
        Place first = TestData.congress().places().get(0);
        selection.select(first);
        forms.editSelected();
        type("names.en", "Somewhere else");
        open().cancel();
        assertNull(forms.openProperty().get());
        assertSame(first, selection.get());
        assertEquals(List.of(), editing.commits());
    }

    @Test
    void aCountryPickedFromTheWorldListHasItsNamesFilledIn() {
        forms.newRecord(Country.class);
        type("code", "UA");
        pause();
        assertEquals("UA", open().idProperty().get());
        assertEquals("Ukraine", open().field("names.en").value());
        assertEquals("Ukraina", open().field("names.pl").value());
    }

    @Test
    void newAndEditAreUnavailableOnReadOnlyDataOnly() {
        editing.setEditable(false);
        assertFalse(forms.availableProperty().get());
        assertEquals("record.unavailable.readOnly", forms.unavailableKeyProperty().get());
        forms.newRecord(Place.class);
        assertNull(forms.openProperty().get());

        editing.setEditable(true);
        assertTrue(forms.availableProperty().get());
        assertNull(forms.unavailableKeyProperty().get());
        forms.newRecord(Place.class);
        assertTrue(forms.availableProperty().get(), "New and Edit stay offered while a form is open");
    }

    @Test
    void newWhileANewFormOfThatKindIsOpenKeepsItAndWhatWasTyped() {
        forms.newRecord(Place.class);
        FormModel first = open();
        first.field("names.en").valueProperty().set("Novi Sad");
        int back = forms.backToFormProperty().get();
        forms.newRecord(Place.class);
        assertSame(first, open(), "what was typed is not lost to a second New");
        assertEquals(back + 1, forms.backToFormProperty().get(), "the keyboard goes back into the form");
        assertEquals(List.of(), dialogs.asked);
    }

    @Test
    void newOfAnotherKindReplacesAnUnchangedFormAndAsksBeforeDroppingATypedOne() {
        forms.newRecord(Place.class);
        forms.newRecord(Event.class);
        assertEquals(Event.class, open().kind(), "nothing typed: replaced at once");
        assertEquals(List.of(), dialogs.asked);

        open().field("title.en").valueProperty().set("A visit");
        FormModel typed = open();
        forms.newRecord(Person.class); // the default answer: back to the form
        assertSame(typed, open());
        assertEquals("A visit", open().field("title.en").value());
        assertEquals(1, dialogs.askedCarefully.size());

        dialogs.choices.add(0); // Discard the changes
        forms.newRecord(Person.class);
        assertEquals(Person.class, open().kind());
        assertFalse(typed.isOpen(), "the event's form was closed, not left behind");
    }

    @Test
    void theKindOfANewRecordCanBeChangedBeforeItIsApplied() {
        forms.newRecord(Place.class);
        forms.changeKind(Event.class);
        assertEquals(Event.class, open().kind());
        assertEquals("New event", open().heading());
    }

    /** Tester 4, D6: the names' problems came only once the date could be read, on fields never marked required. */
    @Test
    void aNewEventNamesEveryRequiredFieldLeftBlankAtOnceNotOnceTheDateIsRead() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.newRecord(Event.class);
        type("title.pl", "Próba");
        pause();
        assertEquals(List.of(), open().problems(), "none touched but the Polish name: nothing said yet");
        assertEquals(4, open().unsaidProperty().get());
        assertFalse(open().apply().join());
        String nativeName = open().field("title.native").label();
        assertEquals(List.of("Nazwa angielska: należy podać", nativeName + ": należy podać", "Od: należy podać",
                "Kolejność w danym dniu (w jakiej wymienia je źródło): należy podać"), open().problems(),
                "every required field left blank, in the form's order, before the date is typed");
        assertEquals("należy podać", open().field("title.native").problemProperty().get());
        assertFalse(open().canApplyProperty().get());

        type("start", "12.03.2027"); // the order fills itself
        pause();
        assertEquals(List.of("Nazwa angielska: należy podać", nativeName + ": należy podać"), open().problems(),
                "the same two, nothing new");

        type("title.en", "Trial visit");
        type("title.native", "Próba");
        pause();
        assertEquals(List.of(), open().problems());
        assertTrue(open().canApplyProperty().get());
    }

    @Test
    void theNativeNameSaysWhichLanguageItIsIn() {
        forms.setMessages(Messages.of(UiLanguage.POLISH));
        forms.newRecord(Event.class);
        assertEquals("Nazwa oryginalna", open().field("title.native").label());
        assertEquals("W języku miejsca wydarzenia: w Krakowie po polsku, w Petersburgu po rosyjsku",
                open().field("title.native").hint());
        open().cancel();
        forms.newRecord(Place.class);
        assertEquals("W miejscowym języku i alfabecie, np. София", open().field("names.native").hint());
    }

    /**
     * Every kind of record: a form just opened says no "must be given" (its labels mark what is required, and it
     * counts the blank ones); asked to apply, it lists each required field still blank, and only those, at once.
     */
    @Test
    void everyFormMarksItsRequiredFieldsAndListsTheBlankOnesAtOnceWhenAskedToApply() {
        for (Class<? extends Record> kind : Forms.KINDS) {
            forms.newRecord(kind);
            pause();
            var blank = new ArrayList<String>();
            for (FormSection s : open().sections()) {
                for (FormField f : s.fields()) {
                    if (f.required() && f.value().isEmpty()) {
                        blank.add(f.label() + ": must be given");
                        assertNull(f.problemProperty().get(), kind.getSimpleName() + " " + f.key());
                    }
                }
            }
            assertEquals(List.of(), open().problems(), kind.getSimpleName() + ": nothing said as it opens");
            assertEquals(blank.size(), open().unsaidProperty().get(), kind.getSimpleName());
            assertFalse(open().canApplyProperty().get(), kind.getSimpleName());
            assertFalse(open().apply().join(), kind.getSimpleName());
            String names = kind == Event.class ? "title" : "names";
            for (String name : List.of(".pl", ".en", ".native")) {
                assertTrue(open().field(names + name).required(), kind.getSimpleName() + name);
            }
            assertFalse(open().field(names + ".aliases").required(), kind.getSimpleName());
            assertFalse(blank.isEmpty(), kind.getSimpleName());
            assertEquals(blank, open().problems(), kind.getSimpleName() + ": what stops Apply is every required "
                    + "field left blank, named at once");
            open().cancel();
        }
    }

    @Test
    void aTextGivenInOneLanguageNeedsTheOther() {
        forms.newRecord(Place.class);
        kyiv();
        assertFalse(open().field("note.en").required(), "a note is optional");
        type("note.pl", "Stolica Ukrainy");
        pause();
        assertEquals(List.of("Note in English: must be given as well: this text is kept in both languages"),
                open().problems());
        assertFalse(open().canApplyProperty().get());
        type("note.pl", "");
        pause();
        assertEquals(List.of(), open().problems(), "neither language: no note, nothing missing");
        assertTrue(open().canApplyProperty().get());
    }

    @Test
    void aPositionsTitleIsRequiredInBothLanguages() {
        forms.newRecord(Person.class);
        type("names.pl", "Jan Nowak");
        type("names.en", "Jan Nowak");
        type("names.native", "Jan Nowak");
        open().rows("positions").add();
        pause();
        assertEquals(List.of(), open().problems(), "a row just added says nothing yet");
        open().sayAllMissing();
        assertEquals(List.of("Position 1 › Position in Polish: must be given",
                "Position 1 › Position in English: must be given"), open().problems(), "named with its row");
        assertTrue(open().field("positions[0].title.pl").required());
    }

    @Test
    void aRequiredFieldIsSaidBlankOnceTouchedAndNoLongerOnceGiven() {
        forms.newRecord(Place.class);
        type("names.pl", "Kijów");
        type("names.pl", "");
        pause();
        assertEquals("must be given", open().field("names.pl").problemProperty().get(), "typed in, then emptied");
        assertEquals(List.of("Polish name: must be given"), open().problems(), "only the field touched");
        assertNull(open().field("names.en").problemProperty().get());

        open().left(open().field("names.en"));
        assertEquals("must be given", open().field("names.en").problemProperty().get(), "left blank");
        assertEquals(List.of("Polish name: must be given", "English name: must be given"), open().problems());

        type("names.en", "Kyiv");
        pause();
        assertNull(open().field("names.en").problemProperty().get(), "given: no longer said");
        assertEquals(List.of("Polish name: must be given"), open().problems());
    }
}
