package app.delegations.ui.common;

import app.delegations.data.Problem;
import app.delegations.data.WorldCountries;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.text.Msg;
import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The archive being edited, for tests of what edits through {@link RecordEditing} without the edit session: the
 * records in memory, each committed change applied to them (a new place's country taken from the world list, as
 * the loader does; records keep their place in their list when replaced, new ones go last) and handed to
 * {@code shown} (as the session shows an edit). Its check is a few of the loader's rules with the loader's
 * messages (names not blank, an event not ending before it starts) plus whatever problems a test adds; a change
 * with an error is not committed. A test may hold the checks or the commits to answer them later, as the
 * session's worker does.
 */
public final class MemoryEditing implements RecordEditing {
    private static final WorldCountries WORLD = new WorldCountries();

    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final List<Change> commits = new ArrayList<>();
    private Dataset data;
    private Consumer<Dataset> shown = d -> { };
    private Function<Change, List<FieldProblem>> added = c -> List.of();
    private Change lastChecked;
    private List<Runnable> heldChecks;
    private List<Runnable> heldCommits;

    public MemoryEditing(Dataset data) {
        this.data = data;
    }

    public void setEditable(boolean on) {
        editable.set(on);
    }

    public void onShown(Consumer<Dataset> shown) {
        this.shown = shown;
    }

    /** Problems the check finds besides its own rules' (none unless a test says). */
    public void setCheck(Function<Change, List<FieldProblem>> added) {
        this.added = added;
    }

    /** The changes committed, oldest first. */
    public List<Change> commits() {
        return commits;
    }

    /** The change the last check was asked about. */
    public Change lastChecked() {
        return lastChecked;
    }

    /** From now on each check answers only when the test says ({@link #answer}), as the session's worker later. */
    public void holdChecks() {
        heldChecks = new ArrayList<>();
    }

    /** The checks asked and not answered yet, oldest first. */
    public List<Runnable> waiting() {
        return heldChecks;
    }

    /** Answers the waiting check at {@code index} (0: the oldest), as its worker would. */
    public void answer(int index) {
        heldChecks.remove(index).run();
    }

    /** From now on a commit waits (as the archive's check does off the UI thread) until {@link #release}. */
    public void holdCommits() {
        heldCommits = new ArrayList<>();
    }

    /** Takes the commits held, except those withdrawn (their future cancelled) meanwhile. */
    public void release() {
        List<Runnable> due = heldCommits;
        heldCommits = null;
        due.forEach(Runnable::run);
    }

    /** An error of the loader's kind on {@code field} of {@code r}. */
    public static FieldProblem error(Record r, String field, Msg text) {
        return new FieldProblem(r, field, new Problem(Problem.Severity.ERROR, "test.json", 1, 1, field, text));
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
        String id = base.isEmpty() ? "record" : base;
        for (int n = 2; taken(kind, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(Class<? extends Record> kind, String id) {
        return kind == Place.class && data.place(id).isPresent() || kind == Event.class && data.event(id).isPresent()
                || kind == Person.class && data.person(id).isPresent()
                || kind == Organisation.class && data.organisation(id).isPresent()
                || kind == Venue.class && data.venue(id).isPresent();
    }

    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        lastChecked = change;
        List<FieldProblem> found = problems(change);
        if (heldChecks == null) {
            return CompletableFuture.completedFuture(found);
        }
        var answer = new CompletableFuture<List<FieldProblem>>();
        heldChecks.add(() -> answer.complete(found));
        return answer;
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        var answer = new CompletableFuture<Boolean>();
        Runnable take = () -> check(change).thenAccept(found -> {
            if (!answer.isDone()) {
                answer.complete(take(change, found));
            }
        });
        if (heldCommits != null) {
            heldCommits.add(take);
        } else {
            take.run();
        }
        return answer;
    }

    private boolean take(Change change, List<FieldProblem> found) {
        if (found.stream().anyMatch(p -> p.problem().severity() == Problem.Severity.ERROR)) {
            return false;
        }
        for (RecordEdit e : change.edits()) {
            data = apply(data, e);
        }
        commits.add(change);
        shown.accept(data);
        return true;
    }

    private List<FieldProblem> problems(Change change) {
        var problems = new ArrayList<FieldProblem>();
        for (RecordEdit e : change.edits()) {
            Record r = e.after();
            if (r instanceof Place p) {
                names(problems, p, "names", p.names());
            } else if (r instanceof Country c) {
                names(problems, c, "names", c.names());
            } else if (r instanceof Event ev) {
                names(problems, ev, "title", ev.title());
                if (ev.end().isBefore(ev.start())) {
                    problems.add(error(ev, "end", Msg.of("problem.event.endsBefore", ev.end(), ev.start())));
                }
            } else if (r instanceof Person p) {
                names(problems, p, "names", p.names());
            } else if (r instanceof Organisation o) {
                names(problems, o, "names", o.names());
            }
        }
        problems.addAll(added.apply(change));
        return problems;
    }

    private static void names(List<FieldProblem> problems, Record r, String key, Names names) {
        if (names.pl().isBlank()) {
            problems.add(error(r, key + ".pl", Msg.of("problem.empty")));
        }
        if (names.en().isBlank()) {
            problems.add(error(r, key + ".en", Msg.of("problem.empty")));
        }
        if (names.nativeName().isBlank()) {
            problems.add(error(r, key + ".native", Msg.of("problem.empty")));
        }
    }

    private static Dataset apply(Dataset d, RecordEdit e) {
        List<Country> countries = edit(d.countries(), Country.class, e);
        if (e.after() instanceof Place p && d.country(p.country()).isEmpty()) {
            countries = new ArrayList<>(countries);
            WORLD.country(p.country()).ifPresent(countries::add);
        }
        return new Dataset(d.schemaVersion(), edit(d.sources(), Source.class, e), countries,
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
