package app.delegations.ui.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.text.Msg;
import app.delegations.ui.TestData;
import app.delegations.ui.common.MemoryEditing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citing a passage for a record: the quote is widened until the loader finds only it, the record found by its
 * names, the fields and basis chosen, and one change commits the record with the citation after its own.
 */
class CiteModelTest {
    private final Dataset congress = TestData.congress();
    private final MemoryEditing editing = new MemoryEditing(congress);
    private final CiteModel cite = new CiteModel(editing);
    private final Source note = congress.sources().get(0);

    private int at(String passage) {
        int i = note.text().indexOf(passage);
        assertTrue(i >= 0, passage);
        return i;
    }

    @Test
    void aStatedCitationOfAPlaceNamesItsFieldsAndIsCommittedAsOneChange() {
        int i = at("Kragujevac");
        assertTrue(cite.open(note, i, i + "Kragujevac".length()));
        assertEquals("Kragujevac", note.text().substring(cite.quoteProperty().get().start(),
                cite.quoteProperty().get().end()).substring(0, 10));
        cite.searchProperty().set("kragujevac");
        assertEquals(1, cite.candidates().size());
        Place kragujevac = (Place) cite.candidates().get(0);
        assertFalse(cite.canConfirmProperty().get(), "no record chosen yet");
        cite.recordProperty().set(kragujevac);
        assertTrue(cite.fields().containsAll(List.of("names", "names.pl", "names.en", "coordinates", "country")));
        cite.chosenFields().add("names.pl");
        assertTrue(cite.canConfirmProperty().get(), String.valueOf(cite.problemsProperty().get()));
        assertTrue(cite.confirm().join());
        assertFalse(cite.openProperty().get());

        Place after = editing.dataset().place(kragujevac.id()).orElseThrow();
        Citation c = after.evidence().get(after.evidence().size() - 1);
        assertEquals(kragujevac.evidence().size() + 1, after.evidence().size());
        assertEquals(Basis.STATED, c.basis());
        assertEquals(List.of("names.pl"), c.fields());
        assertEquals(note.id(), c.source());
        assertEquals(cite.quoteProperty().get().text(), c.quote());
        assertEquals(1, editing.commits().size());
        assertEquals(List.of(RecordEdit.replace(kragujevac, after)), editing.commits().get(0).edits());
    }

    @Test
    void cancelledWhileTheArchiveChecksTheCitationNothingIsCited() {
        int i = at("Kragujevac");
        assertTrue(cite.open(note, i, i + "Kragujevac".length()));
        cite.searchProperty().set("kragujevac");
        cite.recordProperty().set(cite.candidates().get(0));
        cite.chosenFields().add("names.pl");
        editing.holdCommits();
        var confirmed = cite.confirm();
        cite.cancel();
        editing.release();
        assertFalse(confirmed.join(), "Cancel withdrew the confirmation the archive had not taken yet");
        assertEquals(List.of(), editing.commits());
        assertFalse(cite.openProperty().get());
    }

    @Test
    void anInferredCitationNeedsItsReasonInBothLanguages() {
        int i = at("Kragujevac");
        cite.open(note, i, i + 10);
        cite.recordProperty().set(congress.place("kragujevac").orElseThrow());
        cite.basisProperty().set(Basis.INFERRED);
        assertEquals(List.of(Msg.of("cite.problem.reason")), cite.problemsProperty().get());
        cite.reasonPlProperty().set("miasto serbskie");
        cite.reasonEnProperty().set("a Serbian city");
        assertTrue(cite.canConfirmProperty().get());
        Citation c = cite.citation();
        assertEquals("a Serbian city", c.reason().en());
        assertEquals(cite.quoteProperty().get().text(), c.quote());
    }

    @Test
    void aReferenceCitationGivesNoQuoteButSaysWhichReference() {
        int i = at("Kragujevac");
        cite.open(note, i, i + 10);
        cite.recordProperty().set(congress.place("kragujevac").orElseThrow());
        cite.basisProperty().set(Basis.REFERENCE);
        assertFalse(cite.canConfirmProperty().get());
        cite.referenceProperty().set("GeoNames");
        Citation c = cite.citation();
        assertNull(c.quote());
        assertNull(c.source());
        assertEquals("GeoNames", c.reason().pl());
        assertTrue(cite.canConfirmProperty().get());
    }

    @Test
    void whatTheArchivesCheckFindsStopsTheCitation() {
        var problem = new Problem(Problem.Severity.ERROR, "x.json", 1, 1, "places[0].evidence[2].quote",
                Msg.of("problem.quote.notFound", "a", "b", ""));
        editing.setCheck(c -> List.of(new FieldProblem(c.edits().get(0).after(), "evidence[2].quote", problem)));
        int i = at("Kragujevac");
        cite.open(note, i, i + 10);
        cite.recordProperty().set(congress.place("kragujevac").orElseThrow());
        assertEquals(List.of(problem.text()), cite.problemsProperty().get());
        assertFalse(cite.confirm().join());
        assertTrue(editing.commits().isEmpty());
    }

    @Test
    void nothingIsCitedWhileTheDataCannotBeEdited() {
        editing.setEditable(false);
        int i = at("Kragujevac");
        cite.open(note, i, i + 10);
        cite.recordProperty().set(congress.place("kragujevac").orElseThrow());
        assertEquals(List.of(Msg.of("cite.problem.readOnly")), cite.problemsProperty().get());
        assertFalse(cite.confirm().join());
    }

    @Test
    void aSelectionOfOnlyWhitespaceOpensNothing() {
        int i = note.text().indexOf(' ');
        assertFalse(cite.open(note, i, i + 1));
        assertFalse(cite.openProperty().get());
    }
}
