package app.delegations.ui.edit;

import app.delegations.data.edit.NewIds;
import app.delegations.data.edit.RecordEdit;
import app.delegations.data.edit.References;
import app.delegations.model.Dataset;

import java.util.Locale;

/**
 * The ids proposed for new records: each made from the record's name, unique among the records of its kind that
 * exist ({@code data}: the archive with the changes applied so far, saved or not). An id merely proposed (by a
 * form cancelled, or remade in another language) reserves nothing: the same name gets the same id until a record
 * with that id is applied. A form checks its id again as it applies, so two drafts of one name never both get it.
 */
final class NewRecordIds {
    private NewRecordIds() {
    }

    /** An id for a new record of {@code kind} named {@code name}, taken by no record of {@code data}. */
    static String propose(Dataset data, Class<? extends Record> kind, String name) {
        String word = kind.getSimpleName().toLowerCase(Locale.ROOT);
        return NewIds.make(name, word, candidate -> References.all(data)
                .anyMatch(r -> r.getClass() == kind && RecordEdit.id(r).equals(candidate)));
    }
}
