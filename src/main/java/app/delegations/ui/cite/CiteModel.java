package app.delegations.ui.cite;

import app.delegations.data.Problem.Severity;
import app.delegations.data.QuoteWidening;
import app.delegations.data.QuoteWidening.Quote;
import app.delegations.data.RecordEvidence;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import app.delegations.ui.common.LatestCheck;
import app.delegations.ui.common.PendingCommit;
import app.delegations.ui.common.RecordEditing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Cite for…": a passage selected in a source, cited for a record. The quote is the passage widened until the
 * loader finds it there and nowhere else ({@link QuoteWidening}), shown before confirming; the record is picked
 * by searching the names of places, countries, events, people, organisations and venues; the fields it supports
 * are check boxes of the fields the loader lets a citation of that kind name (none: the record as a whole); the
 * basis is stated (the quote), inferred (from the quote, with a reason in Polish and English) or reference
 * (which reference, no quote). Confirming commits one {@link Change}: the record replaced by itself with the
 * citation after its own. What stops it is said in {@link #problemsProperty()}, from the rules of each basis and
 * from the archive's own check ({@link RecordEditing#check}), which answers later (the newest check wins).
 * Past 250 lines because each input of a citation (record, fields, basis, reasons, reference) is a property the
 * pane binds to, with its accessor.
 */
public final class CiteModel {
    private final RecordEditing editing;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Quote> quote = new ReadOnlyObjectWrapper<>(this, "quote");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Record> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Record> record = new SimpleObjectProperty<>(this, "record");
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableList<String> chosenFields = FXCollections.observableArrayList();
    private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(this, "basis", Basis.STATED);
    private final StringProperty reasonPl = new SimpleStringProperty(this, "reasonPl", "");
    private final StringProperty reasonEn = new SimpleStringProperty(this, "reasonEn", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ReadOnlyObjectWrapper<List<Msg>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm");
    private boolean checking = true; // false while open() sets the fields afresh
    private List<Record> all = List.of();
    private QuoteWidening widening;
    private String widened; // the text the widening was built for
    private final LatestCheck latest;
    /** The confirmed citation while the archive has not taken it. */
    private final PendingCommit pending;
    /** The last answered check found nothing that stops the citation. */
    private boolean passed;

    public CiteModel(RecordEditing editing) {
        this.editing = editing;
        this.latest = new LatestCheck(editing);
        this.pending = new PendingCommit(editing);
        search.addListener((o, a, b) -> candidates.setAll(CitedRecords.search(all, b)));
        record.addListener((o, a, r) -> {
            chosenFields.clear();
            fields.setAll(r == null ? List.of() : RecordEvidence.citableFields(r.getClass()));
            check();
        });
        chosenFields.addListener((ListChangeListener<String>) c -> check());
        basis.addListener((o, a, b) -> check());
        reasonPl.addListener((o, a, b) -> check());
        reasonEn.addListener((o, a, b) -> check());
        reference.addListener((o, a, b) -> check());
        editing.editableProperty().addListener((o, a, b) -> check());
    }

    /**
     * Starts citing the passage [start, end) of {@code source}: the quote widened, the record and fields chosen
     * afresh, the basis stated.
     *
     * @return false, opening nothing, when the passage holds no words
     */
    public boolean open(Source source, int start, int end) {
        if (widening == null || !source.text().equals(widened)) {
            widening = new QuoteWidening(source.text());
            widened = source.text();
        }
        Quote q;
        try {
            q = widening.widen(start, end);
        } catch (IllegalArgumentException e) {
            return false;
        }
        checking = false;
        this.source.set(source);
        quote.set(q);
        Dataset data = editing.dataset();
        all = data == null ? List.of() : CitedRecords.all(data); // none before any records are shown
        search.set("");
        candidates.setAll(all);
        record.set(null);
        basis.set(Basis.STATED);
        reasonPl.set("");
        reasonEn.set("");
        reference.set("");
        checking = true;
        open.set(true);
        check();
        return true;
    }

    /** Stops citing without a change (a check under way then changes nothing). */
    public void cancel() {
        open.set(false);
        latest.cancel();
        pending.withdraw(); // a confirmation not taken yet is withdrawn
        canConfirm.set(false);
    }

    /**
     * Commits the citation once its check has answered: one change, undone as one. Answers false, changing
     * nothing and staying open, while something stops it or the confirmation before it is under way.
     */
    public CompletableFuture<Boolean> confirm() {
        if (pending.busy()) {
            return CompletableFuture.completedFuture(false);
        }
        check();
        return pending.commit(latest.answered(), () -> passed && open.get() ? change() : null).thenApply(done -> {
            if (done) {
                open.set(false);
            } else if (open.get()) {
                check();
            }
            return done;
        });
    }

    /** The citation as it stands. */
    public Citation citation() {
        Quote q = quote.get();
        List<String> cited = List.copyOf(chosenFields);
        return switch (basis.get()) {
            case STATED -> new Citation(Basis.STATED, cited, source.get().id(), q.text(), null, q.start(), q.end());
            case INFERRED -> new Citation(Basis.INFERRED, cited, source.get().id(), q.text(),
                    new Text(reasonPl.get().strip(), reasonEn.get().strip()), q.start(), q.end());
            case REFERENCE -> new Citation(Basis.REFERENCE, cited, null, null,
                    new Text(reference.get().strip(), reference.get().strip()), -1, -1);
        };
    }

    /** The change confirming commits: the record with the citation after its own. */
    public Change change() {
        Record r = record.get();
        return Change.of(RecordEdit.replace(r, RecordEvidence.with(r, citation())));
    }

    private void check() {
        if (!checking) {
            return;
        }
        var out = new ArrayList<Msg>();
        if (!editing.editableProperty().get()) {
            out.add(Msg.of("cite.problem.readOnly"));
        }
        if (record.get() == null) {
            out.add(Msg.of("cite.problem.record"));
        }
        if (basis.get() == Basis.INFERRED && (reasonPl.get().isBlank() || reasonEn.get().isBlank())) {
            out.add(Msg.of("cite.problem.reason"));
        }
        if (basis.get() == Basis.REFERENCE && reference.get().isBlank()) {
            out.add(Msg.of("cite.problem.reference"));
        }
        boolean ask = out.isEmpty() && quote.get() != null;
        latest.ask(ask ? change() : null, found -> {
            Set<Msg> errors = new LinkedHashSet<>();
            for (FieldProblem p : found == null ? List.<FieldProblem>of() : found) {
                if (p.problem().severity() == Severity.ERROR) {
                    errors.add(p.problem().text());
                }
            }
            out.addAll(errors);
            show(out, found != null);
        });
        if (latest.checking()) {
            canConfirm.set(false); // until the archive's rules answer
            passed = false;
        }
    }

    private void show(List<Msg> out, boolean answered) {
        problems.set(List.copyOf(out));
        passed = open.get() && out.isEmpty() && answered;
        canConfirm.set(passed && !pending.busy());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The quote the citation will give, and where the loader finds it. */
    public ReadOnlyObjectProperty<Quote> quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    /** What is typed to find the record. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The records matching the search. */
    public ObservableList<Record> candidates() {
        return candidates;
    }

    /** The record to cite the passage for. */
    public ObjectProperty<Record> recordProperty() {
        return record;
    }

    /** The fields the chosen record's citation may name, in the format's order. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** The fields chosen (none: the record as a whole). */
    public ObservableList<String> chosenFields() {
        return chosenFields;
    }

    public ObjectProperty<Basis> basisProperty() {
        return basis;
    }

    /** Why an inferred fact follows from the quote, in Polish. */
    public StringProperty reasonPlProperty() {
        return reasonPl;
    }

    /** Why an inferred fact follows from the quote, in English. */
    public StringProperty reasonEnProperty() {
        return reasonEn;
    }

    /** Which reference a reference fact comes from (e.g. "ISO 3166-1"), the same in both languages. */
    public StringProperty referenceProperty() {
        return reference;
    }

    /** What stops the citation, in order; empty when it can be confirmed. */
    public ReadOnlyObjectProperty<List<Msg>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }
}
