package app.delegations.ui.main;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewRegistry;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Takes each snapshot the {@link MainViewModel} loads (a file, or the same data in another language) to the view
 * models through the registered {@link DatasetStep dataset steps}, and says which snapshot the window shows: the
 * one {@link #currentProperty current} data that the title, status bar, menus, reload and tests follow. The
 * selection survives a new snapshot by id.
 */
public final class Workspace {
    private final MainViewModel main;
    private final Selection selection;
    /** The steps by phase, in the order applied. */
    private final List<List<DatasetStep<?>>> phases;
    private final ReadOnlyObjectWrapper<Snapshot> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(this, "applying");
    private final Frames frames;
    /** The steps of a snapshot overtaken by a newer one stop. */
    private final Newest runs = new Newest();
    private Entity restore;

    public Workspace(MainViewModel main, Selection selection, List<DatasetStep<?>> steps) {
        this(main, selection, steps, Frames.immediate());
    }

    /**
     * @param steps  applied by phase, in the order given within a phase
     * @param frames spreads a large new snapshot over frames, one {@link DatasetStep.Phase phase} each: the filter,
     *               the first view, the other views, the timeline (laid out on its own thread)
     */
    public Workspace(MainViewModel main, Selection selection, List<DatasetStep<?>> steps, Frames frames) {
        this.frames = frames;
        this.main = main;
        this.selection = selection;
        this.phases = byPhase(ViewRegistry.inOrder(steps));
        main.loadedProperty().addListener((o, a, b) -> {
            if (b != null) {
                apply(b);
            }
        });
    }

    public MainViewModel main() {
        return main;
    }

    public Selection selection() {
        return selection;
    }

    /** The index of the data shown (empty before the first). */
    public DatasetIndex index() {
        Snapshot s = current.get();
        return s == null ? DatasetIndex.empty() : s.index();
    }

    /** Spreads UI work over frames (the facets use it too). */
    public Frames frames() {
        return frames;
    }

    /**
     * The data every view shows: the snapshot {@link MainViewModel#loadedProperty loaded} last, once the last step
     * of applying it has run (null until the first).
     */
    public ReadOnlyObjectProperty<Snapshot> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Snapshot current() {
        return current.get();
    }

    /** True while a loaded snapshot is on its way to the views (its steps spread over frames). */
    public ReadOnlyBooleanProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }

    /** Loads the file shown again (e.g. after editing it); the filter stays as it is. */
    public void reload() {
        Snapshot s = current.get();
        main.open(s == null ? null : s.file());
    }

    private void apply(Snapshot s) {
        Newest.Ticket run = runs.next();
        Snapshot shown = current.get();
        if (!applying.get() && shown != null && s.patches() != null && s.patches().basis() == shown.version()) {
            // an update of the data every view shows: each step changes only what changed, the selection stays
            restore = selection.get(); // found again by a newer snapshot that overtakes this update
            applying.set(true);
            Frames by = Pace.spreads(s.index().placesAndEvents()) ? frames : Frames.immediate();
            patch(by, run, s, 0);
            return;
        }
        if (!applying.get()) {
            // the selection to find again in the new data (kept when a newer snapshot overtakes this one)
            restore = selection.get();
            applying.set(true);
        }
        Entity before = restore;
        // one phase per frame for large data, each holding the UI thread for a while; small data (the bundled
        // congress) is shown at once
        Frames by = Pace.spreads(s.index().placesAndEvents()) ? frames : Frames.immediate();
        step(by, run, s, before, 0);
    }

    /** Runs phase {@code i} in a frame of its own, then the next one; stops when a newer snapshot started. */
    private void step(Frames by, Newest.Ticket run, Snapshot s, Entity before, int i) {
        by.later(() -> {
            if (!run.current()) {
                return;
            }
            if (i == 0) {
                selection.clear();
            }
            for (DatasetStep<?> step : phases.get(i)) {
                applyStep(step, s);
            }
            if (i + 1 < phases.size()) {
                step(by, run, s, before, i + 1);
            } else {
                Entity again = before == null ? null : s.dataset().same(before).orElse(null);
                if (again != null) {
                    selection.select(again);
                }
                restore = null;
                applying.set(false);
                current.set(s);
            }
        });
    }

    /**
     * Runs phase {@code i} of an update in a frame of its own: each step's patch, or the step in full when it made
     * none; at the end the selection is the selected record's new version, or none when the update removed it.
     * A newer snapshot stops it (and is then applied in full, since the views show part of this one).
     */
    private void patch(Frames by, Newest.Ticket run, Snapshot s, int i) {
        by.later(() -> {
            if (!run.current()) {
                return;
            }
            for (DatasetStep<?> step : phases.get(i)) {
                Runnable p = s.patches().byStep().get(step);
                if (p != null) {
                    p.run();
                } else {
                    applyStep(step, s);
                }
            }
            if (i + 1 < phases.size()) {
                patch(by, run, s, i + 1);
            } else {
                Entity selected = selection.get();
                Entity again = selected == null ? null : s.dataset().same(selected).orElse(null);
                if (again == null) {
                    selection.clear();
                } else if (again != selected) {
                    selection.select(again);
                }
                restore = null;
                applying.set(false);
                current.set(s);
            }
        });
    }

    private static <P> void applyStep(DatasetStep<P> step, Snapshot s) {
        step.apply(s.index(), s.messages(), s.part(step));
    }

    /** The steps grouped by phase, in phase order; at least one (possibly empty) group. */
    private static List<List<DatasetStep<?>>> byPhase(List<DatasetStep<?>> steps) {
        var groups = new ArrayList<List<DatasetStep<?>>>();
        DatasetStep.Phase phase = null;
        for (DatasetStep<?> step : steps) {
            if (step.phase() != phase) {
                groups.add(new ArrayList<>());
                phase = step.phase();
            }
            groups.get(groups.size() - 1).add(step);
        }
        if (groups.isEmpty()) {
            groups.add(List.of());
        }
        return groups;
    }
}
