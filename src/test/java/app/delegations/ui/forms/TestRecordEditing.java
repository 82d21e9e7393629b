package app.delegations.ui.forms;

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
import app.delegations.model.Venue;
import app.delegations.text.Msg;
import app.delegations.ui.common.RecordEditing;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A {@link RecordEditing} for the forms' tests, before the edit session is at hand: a dataset that changes are
 * applied to (a place's country taken from the world list, as the loader does), and a check of a few of the
 * loader's rules with its own messages (names not blank, an event not ending before it starts), plus whatever
 * problems a test adds.
 */
final class TestRecordEditing implements RecordEditing {
    private static final WorldCountries WORLD = new WorldCountries();

    final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    final List<Change> committed = new ArrayList<>();
    final List<FieldProblem> extra = new ArrayList<>();
    Change lastChecked;
    private List<Runnable> deferred;
    private Dataset data;

    TestRecordEditing(Dataset data) {
        this.data = data;
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
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = ascii;
        for (int n = 2; taken(kind, id); n++) {
            id = ascii + "-" + n;
        }
        return id;
    }

    private boolean taken(Class<? extends Record> kind, String id) {
        return kind == Place.class && data.place(id).isPresent() || kind == Event.class && data.event(id).isPresent()
                || kind == Person.class && data.person(id).isPresent()
                || kind == Organisation.class && data.organisation(id).isPresent()
                || kind == Venue.class && data.venue(id).isPresent();
    }

    /**
     * From now on each check answers only when the test says ({@link #answer}), as the edit session's checks
     * answer from their worker later.
     */
    void deferChecks() {
        deferred = new ArrayList<>();
    }

    /** The checks asked and not answered yet, oldest first. */
    List<Runnable> waiting() {
        return deferred;
    }

    /** Answers the waiting check at {@code index} (0: the oldest), as its worker would. */
    void answer(int index) {
        deferred.remove(index).run();
    }

    @Override
    public CompletableFuture<List<FieldProblem>> check(Change change) {
        List<FieldProblem> found = problems(change);
        if (deferred == null) {
            return CompletableFuture.completedFuture(found);
        }
        var answer = new CompletableFuture<List<FieldProblem>>();
        deferred.add(() -> answer.complete(found));
        return answer;
    }

    private List<FieldProblem> problems(Change change) {
        lastChecked = change;
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
        problems.addAll(extra);
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

    static FieldProblem error(Record r, String field, Msg text) {
        return new FieldProblem(r, field, new Problem(Problem.Severity.ERROR, "test.json", 1, 1, field, text));
    }

    @Override
    public CompletableFuture<Boolean> commit(Change change) {
        return check(change).thenApply(found -> {
            if (found.stream().anyMatch(p -> p.problem().severity() == Problem.Severity.ERROR)) {
                return false;
            }
            committed.add(change);
            for (RecordEdit e : change.edits()) {
                apply(e);
            }
            return true;
        });
    }

    private void apply(RecordEdit e) {
        var countries = new ArrayList<>(data.countries());
        var places = new ArrayList<>(data.places());
        var venues = new ArrayList<>(data.venues());
        var organisations = new ArrayList<>(data.organisations());
        var people = new ArrayList<>(data.people());
        var events = new ArrayList<>(data.events());
        if (e.kind() == Country.class) {
            put(countries, e, c -> ((Country) c).code());
        } else if (e.kind() == Place.class) {
            put(places, e, p -> ((Place) p).id());
            String code = ((Place) e.after()).country();
            if (data.country(code).isEmpty()) {
                WORLD.country(code).ifPresent(countries::add);
            }
        } else if (e.kind() == Venue.class) {
            put(venues, e, v -> ((Venue) v).id());
        } else if (e.kind() == Organisation.class) {
            put(organisations, e, o -> ((Organisation) o).id());
        } else if (e.kind() == Person.class) {
            put(people, e, p -> ((Person) p).id());
        } else if (e.kind() == Event.class) {
            put(events, e, ev -> ((Event) ev).id());
        }
        data = new Dataset(data.schemaVersion(), data.sources(), countries, places, venues, organisations, people,
                events);
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(List<T> list, RecordEdit e, Function<Object, String> id) {
        if (e.before() != null) {
            int i = 0;
            while (!id.apply(list.get(i)).equals(e.id())) {
                i++;
            }
            if (e.after() == null) {
                list.remove(i);
            } else {
                list.set(i, (T) e.after());
            }
        } else {
            list.add((T) e.after());
        }
    }

    @Override
    public List<Record> referrers(Record record) {
        return List.of();
    }
}
