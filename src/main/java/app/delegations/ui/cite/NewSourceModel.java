package app.delegations.ui.cite;

import app.delegations.data.NewSource;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import app.delegations.ui.common.PendingCommit;
import app.delegations.ui.common.RecordEditing;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * File › New source: a note pasted or read from a .txt file, with its title (Polish and English), date (or why
 * there is none) and language, added to the archive as one {@link Change}. Its text is held to the loader's
 * rules for source texts ({@link NewSource}: UTF-8, size, line ends), its id is made from the English title by
 * the archive ({@link RecordEditing#newId}) and never changed, and the archive keeps the text as
 * {@code sources/<id>.txt}. What stops it is said in {@link #problemsProperty()}.
 */
public final class NewSourceModel {
    private final RecordEditing editing;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Msg> fileProblem = new ReadOnlyObjectWrapper<>(this, "fileProblem");
    private final StringProperty titlePl = new SimpleStringProperty(this, "titlePl", "");
    private final StringProperty titleEn = new SimpleStringProperty(this, "titleEn", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty dateNotePl = new SimpleStringProperty(this, "dateNotePl", "");
    private final StringProperty dateNoteEn = new SimpleStringProperty(this, "dateNoteEn", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "pl");
    private final ReadOnlyObjectWrapper<List<Msg>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(this, "canCreate");
    private final ReadOnlyObjectWrapper<Source> created = new ReadOnlyObjectWrapper<>(this, "created");
    /** The created source while the archive has not taken it. */
    private final PendingCommit pending;

    public NewSourceModel(RecordEditing editing) {
        this.editing = editing;
        this.pending = new PendingCommit(editing);
        ChangeListener<Object> recheck = (o, a, b) -> check();
        for (var p : List.of(text, titlePl, titleEn, dateNotePl, dateNoteEn, language)) {
            p.addListener(recheck);
        }
        date.addListener(recheck);
        fileProblem.addListener(recheck);
        editing.editableProperty().addListener(recheck);
    }

    /** Starts a new source with empty fields, the language Polish. */
    public void start() {
        text.set("");
        fileProblem.set(null);
        titlePl.set("");
        titleEn.set("");
        date.set(null);
        dateNotePl.set("");
        dateNoteEn.set("");
        language.set("pl");
        open.set(true);
        check();
    }

    public void cancel() {
        open.set(false);
        pending.withdraw(); // a Create not taken yet is withdrawn
    }

    /** Takes the text of a chosen file; a file that is not UTF-8 text, or too large, is refused, said where. */
    public void readFile(Path file) {
        NewSource.Read r = NewSource.file(file);
        if (r.ok()) {
            text.set(r.text());
        }
        fileProblem.set(r.problem());
    }

    /**
     * Adds the source to the archive, once the archive's rules have answered: false, changing nothing and staying
     * open, while something stops it (or while the Create before it is being checked); else the source is
     * {@link #createdProperty() created}.
     */
    public CompletableFuture<Boolean> create() {
        check();
        if (!canCreate.get()) {
            return CompletableFuture.completedFuture(false);
        }
        String body = NewSource.pasted(text.get()).text();
        String id = editing.newId(Source.class, titleEn.get().isBlank() ? titlePl.get() : titleEn.get());
        Source s = NewSource.make(id, body, title(), date.get(), dateNote(), language.get().strip(), null);
        canCreate.set(false); // one source per Create: the button waits for the archive's answer
        return pending.commit(Change.of(RecordEdit.add(s))).thenApply(done -> {
            if (done) {
                created.set(s);
                open.set(false);
            }
            check();
            return done;
        });
    }

    private Text title() {
        return new Text(titlePl.get().strip(), titleEn.get().strip());
    }

    private Text dateNote() {
        return new Text(dateNotePl.get().strip(), dateNoteEn.get().strip());
    }

    private void check() {
        var out = new ArrayList<Msg>();
        if (!editing.editableProperty().get()) {
            out.add(Msg.of("cite.problem.readOnly"));
        }
        if (fileProblem.get() != null) {
            out.add(fileProblem.get());
        }
        NewSource.Read body = NewSource.pasted(text.get());
        if (!body.ok()) {
            out.add(body.problem());
        }
        for (NewSource.Problem p : NewSource.check(title(), date.get(), dateNote(), language.get().strip())) {
            if (!out.contains(p.message())) {
                out.add(p.message());
            }
        }
        problems.set(List.copyOf(out));
        canCreate.set(open.get() && out.isEmpty() && !pending.busy());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The note's text, pasted or read from a file. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the file chosen last was not taken, or null. */
    public ReadOnlyObjectProperty<Msg> fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    public StringProperty titlePlProperty() {
        return titlePl;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    /** The note's date, or null when it carries none (then the date note says why). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateNotePlProperty() {
        return dateNotePl;
    }

    public StringProperty dateNoteEnProperty() {
        return dateNoteEn;
    }

    /** The language of the note as a BCP 47 tag ({@code pl}, {@code en}, {@code uk}). */
    public StringProperty languageProperty() {
        return language;
    }

    /** What stops the source, in order; empty when it can be added. */
    public ReadOnlyObjectProperty<List<Msg>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** The source added last, to show once the archive has it. */
    public ReadOnlyObjectProperty<Source> createdProperty() {
        return created.getReadOnlyProperty();
    }
}
