package app.delegations.ui.cite;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.text.TextFold;
import app.delegations.ui.common.RecordEditing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The archive being edited, for tests: the records in memory, each committed change applied to them and
 * handed to {@code shown} (as the edit session shows an edit); its check is the one a test gives (none by
 * default). Records keep their place in their list when replaced; new ones go last.
 */
public final class MemoryEditing implements RecordEditing {
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final List<Change> commits = new ArrayList<>();
    private Dataset data;
    private Consumer<Dataset> shown = d -> { };
    private Function<Change, List<FieldProblem>> check = c -> List.of();
    private List<Runnable> held;

    public MemoryEditing(Dataset data) {
        this.data = data;
    }

    public void setEditable(boolean on) {
        editable.set(on);
    }

    public void onShown(Consumer<Dataset> shown) {
        this.shown = shown;
    }

    public void setCheck(Function<Change, List<FieldProblem>> check) {
        this.check = check;
    }

    public List<Change> commits() {
        return commits;
    }

    /** From now on a commit waits (as the archive's check does off the UI thread) until {@link #release}. */
    public void holdCommits() {
        held = new ArrayList<>();
    }

    /** Takes the commits held, except those withdrawn (their future cancelled) meanwhile. */
    public void release() {
        List<Runnable> due = held;
        held = null;
        due.forEach(Runnable::run);
    }

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public Dataset dataset() {
        return data;
    }

    @Override
    public String newId(Class<? extends Record> kind, String name) {
        String base = TextFold.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return base.isEmpty() ? "record" : base;
    }

    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        return CompletableFuture.completedFuture(check.apply(change));
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        if (held != null) {
            var answer = new CompletableFuture<Boolean>();
            held.add(() -> {
                if (!answer.isDone()) {
                    answer.complete(take(change));
                }
            });
            return answer;
        }
        return CompletableFuture.completedFuture(take(change));
    }

    private boolean take(Change change) {
        if (!check.apply(change).isEmpty()) {
            return false;
        }
        for (RecordEdit e : change.edits()) {
            data = apply(data, e);
        }
        commits.add(change);
        shown.accept(data);
        return true;
    }

    @Override
    public List<Record> referrers(Record record) {
        return List.of();
    }

    private static Dataset apply(Dataset d, RecordEdit e) {
        return new Dataset(d.schemaVersion(), edit(d.sources(), Source.class, e), edit(d.countries(), Country.class, e),
                edit(d.places(), Place.class, e), edit(d.venues(), Venue.class, e),
                edit(d.organisations(), Organisation.class, e), edit(d.people(), Person.class, e),
                edit(d.events(), Event.class, e));
    }

    private static <T extends Record> List<T> edit(List<T> list, Class<T> kind, RecordEdit e) {
        if (e.kind() != kind) {
            return list;
        }
        var out = new ArrayList<T>();
        boolean replaced = false;
        for (T r : list) {
            if (RecordEdit.id(r).equals(e.id())) {
                if (e.after() != null) {
                    out.add(kind.cast(e.after()));
                }
                replaced = true;
            } else {
                out.add(r);
            }
        }
        if (!replaced && e.after() != null) {
            out.add(kind.cast(e.after()));
        }
        return out;
    }
}
