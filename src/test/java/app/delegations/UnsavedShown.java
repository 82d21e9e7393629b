package app.delegations;

import static app.delegations.UiSession.fx;

import app.delegations.data.edit.RecordEdit;
import app.delegations.data.edit.References;
import app.delegations.model.Dataset;
import app.delegations.ui.main.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;

/**
 * The officer's unsaved edits when the archive is read again (a colleague's change, a reload): the records the
 * window shows that differ from the files as last saved or read (the edit session's unsaved edits; a record saved
 * since the archive was last read is not one: its file on disk holds it, and a colleague's change to that file
 * rightly replaces it). Every snapshot the views are given from then on, and the last, must hold them as edited:
 * the records as read are never shown in their place, not even for a moment.
 */
final class UnsavedShown {
    private final App app;
    private final Map<References.Ref, Record> unsaved;
    private final List<Snapshot> given = new ArrayList<>();
    private final ChangeListener<Snapshot> listener = (o, a, b) -> given.add(b);

    private UnsavedShown(App app, Map<References.Ref, Record> unsaved) {
        this.app = app;
        this.unsaved = unsaved;
        app.workspace().main().loadedProperty().addListener(listener);
    }

    /** Starts watching what the views are given; null when nothing is unsaved (or no archive shown). */
    static UnsavedShown watch(UiSession s) {
        return fx(() -> {
            App app = s.app();
            Snapshot shown = app.workspace().current();
            if (!app.editing().session().dirty() || shown == null || shown.archive() == null) {
                return null;
            }
            // unsaved: changed since the files were last saved or read, not since the archive was last read (a
            // record saved since then is on disk, and a colleague's later change to its file replaces it)
            Set<References.Ref> unsaved = app.editing().session().draft().map(d -> d.unsavedEdits().stream()
                    .filter(e -> e.after() != null).map(e -> new References.Ref(e.kind(), e.id()))
                    .collect(Collectors.toSet())).orElse(Set.of());
            Map<References.Ref, Record> edited = byRef(shown.dataset());
            edited.keySet().retainAll(unsaved);
            return edited.isEmpty() ? null : new UnsavedShown(app, edited);
        });
    }

    /** Stops watching; throws when a snapshot given to the views, or the one shown now, lacks an unsaved edit. */
    void check() {
        fx(() -> {
            app.workspace().main().loadedProperty().removeListener(listener);
            given.add(app.workspace().current());
            return null;
        });
        boolean stillUnsaved = fx(() -> app.editing().session().dirty());
        if (!stillUnsaved) {
            throw new AssertionError("reading the archive again lost the unsaved changes");
        }
        for (Snapshot s : given) {
            Map<References.Ref, Record> shown = byRef(s.dataset());
            unsaved.forEach((ref, record) -> {
                if (!record.equals(shown.get(ref))) {
                    throw new AssertionError("the window was given " + ref.kind().getSimpleName() + " " + ref.id()
                            + " as " + shown.get(ref) + ", not as edited: " + record);
                }
            });
        }
    }

    private static Map<References.Ref, Record> byRef(Dataset data) {
        return References.all(data).collect(Collectors.toMap(r -> new References.Ref(r.getClass(), RecordEdit.id(r)),
                Function.identity(), (a, b) -> a, HashMap::new));
    }
}
