package app.delegations.ui.source;

import app.delegations.model.Attendance;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.ui.common.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Source view: a source's text with the passages that state the selected record's facts highlighted.
 * Follows the selection to the source that holds its passages; a passage can be focused (scrolled to) from
 * the detail pane.
 */
public final class SourceViewModel {
    private final Selection selection;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final ReadOnlyObjectWrapper<List<Passage>> passages = new ReadOnlyObjectWrapper<>(this, "passages", List.of());
    private final ReadOnlyObjectWrapper<Passage> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data", Dataset.empty());
    private final BooleanProperty unsourcedShown = new SimpleBooleanProperty(this, "unsourcedShown");
    private Dataset dataset = Dataset.empty();
    /** A source to show once the data has it (one just added), or null. */
    private String pending;

    /** A highlighted range [start, end) of the source text; {@code inferred} when a fact was inferred from it. */
    public record Passage(int start, int end, boolean inferred) {
    }

    public SourceViewModel(Selection selection) {
        this.selection = selection;
        selection.selectedProperty().addListener((o, a, b) -> follow());
        source.addListener((o, a, b) -> update());
    }

    public void setData(Dataset dataset) {
        this.dataset = dataset;
        data.set(dataset);
        sources.setAll(dataset.sources());
        Source current = pending != null && dataset.source(pending).isPresent() ? dataset.source(pending).get()
                : source.get();
        if (current != null && current.id().equals(pending)) {
            pending = null;
        }
        source.set(current == null ? (sources.isEmpty() ? null : sources.get(0))
                : dataset.source(current.id()).orElse(sources.isEmpty() ? null : sources.get(0)));
        follow();
    }

    /** The records shown, as the Source view last got them. */
    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** True while View › Records without a source is shown beside the text. */
    public BooleanProperty unsourcedShownProperty() {
        return unsourcedShown;
    }

    /** Shows the source {@code id} now, or as soon as the data has it (a source just added). */
    public void showSource(String id) {
        var s = dataset.source(id);
        if (s.isPresent()) {
            source.set(s.get());
            pending = null;
        } else {
            pending = id;
        }
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    /** The source shown. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The passages of the selected record in the source shown, in text order, not overlapping. */
    public ReadOnlyObjectProperty<List<Passage>> passagesProperty() {
        return passages.getReadOnlyProperty();
    }

    /** The passage to scroll to (the first one, or the one chosen in the detail pane). */
    public ReadOnlyObjectProperty<Passage> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** Shows a passage of a source, e.g. the quote of a fact in the detail pane. */
    public void show(String sourceId, int start, int end) {
        dataset.source(sourceId).ifPresent(source::set);
        Passage hit = null;
        for (Passage p : passages.get()) {
            if (p.start() <= start && p.end() >= end) {
                hit = p;
            }
        }
        focused.set(hit != null ? hit : new Passage(start, end, false));
    }

    private void follow() {
        List<Citation> cited = citations(selection.get());
        Source current = source.get();
        boolean here = current != null && cited.stream().anyMatch(c -> current.id().equals(c.source()) && c.hasQuote());
        if (!here) {
            cited.stream().filter(Citation::hasQuote).findFirst()
                    .flatMap(c -> dataset.source(c.source())).ifPresent(source::set);
        }
        update();
    }

    private void update() {
        Source current = source.get();
        if (current == null) {
            passages.set(List.of());
            focused.set(null);
            return;
        }
        var ranges = new ArrayList<Passage>();
        for (Citation c : citations(selection.get())) {
            if (c.hasQuote() && current.id().equals(c.source()) && c.end() <= current.text().length()) {
                ranges.add(new Passage(c.start(), c.end(), c.basis() == Basis.INFERRED));
            }
        }
        ranges.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
        var merged = new ArrayList<Passage>();
        for (Passage p : ranges) {
            Passage last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p.start() <= last.end()) {
                merged.set(merged.size() - 1, new Passage(last.start(), Math.max(last.end(), p.end()),
                        last.inferred() && p.inferred()));
            } else {
                merged.add(p);
            }
        }
        passages.set(List.copyOf(merged));
        focused.set(merged.isEmpty() ? null : merged.get(0));
    }

    /**
     * Every citation about a record: its own, and those of its participations (a place), its participations and
     * attendances (an event), or the events naming it (an organisation: their citations of that list), or their
     * attendances at events (a person). Empty for no record.
     */
    private List<Citation> citations(Entity r) {
        var list = new ArrayList<Citation>();
        if (r instanceof Place p) {
            list.addAll(p.evidence());
            for (Event e : dataset.events()) {
                for (Participation part : e.participants()) {
                    if (part.place().equals(p.id())) {
                        list.addAll(part.evidence());
                    }
                }
            }
        } else if (r instanceof Country c) {
            list.addAll(c.evidence());
        } else if (r instanceof Event e) {
            list.addAll(e.evidence());
            e.participants().forEach(part -> list.addAll(part.evidence()));
            for (Attendance a : e.people()) {
                list.addAll(a.evidence());
            }
        } else if (r instanceof Organisation o) {
            list.addAll(o.evidence());
            for (Event e : dataset.events()) {
                if (!e.organisations().contains(o.id())) {
                    continue;
                }
                for (Citation c : e.evidence()) {
                    if (!c.fields().isEmpty() && c.covers("organisations")) {
                        list.add(c);
                    }
                }
            }
        } else if (r instanceof Person p) {
            list.addAll(p.evidence());
            for (Event e : dataset.events()) {
                for (Attendance a : e.people()) {
                    if (a.person().equals(p.id())) {
                        list.addAll(a.evidence());
                    }
                }
            }
        }
        return list;
    }
}
