package app.delegations.ui.edit;

import app.delegations.data.edit.NewIds;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.edit.References;
import app.delegations.model.Dataset;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The ids given to new records of one archive: each made from the record's name, unique among the archive's
 * records of its kind and among the ids given before and not yet committed, so two new records never get one id.
 */
final class NewRecordIds {
    private final Set<String> given = new HashSet<>();

    /** An id for a new record of {@code kind} named {@code name} in {@code data}, given from now on. */
    String give(Dataset data, Class<? extends Record> kind, String name) {
        String word = kind.getSimpleName().toLowerCase(Locale.ROOT);
        String id = NewIds.make(name, word, candidate -> given.contains(kind.getName() + "/" + candidate)
                || References.all(data).anyMatch(r -> r.getClass() == kind && RecordEdit.id(r).equals(candidate)));
        given.add(kind.getName() + "/" + id);
        return id;
    }

    /** Another archive: the ids given for the last one no longer matter. */
    void clear() {
        given.clear();
    }
}
