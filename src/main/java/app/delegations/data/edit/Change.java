package app.delegations.data.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * What the officer commits in one step, undone and redone as one: one or more records added, replaced or removed
 * (a new event with the new place it names; a record removed with the records that referred to it).
 */
public record Change(List<RecordEdit> edits) {
    public Change {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a change edits at least one record");
        }
    }

    public static Change of(RecordEdit... edits) {
        return new Change(List.of(edits));
    }

    /** The change that undoes this one: each edit inverted, in reverse order. */
    public Change inverse() {
        var inverse = new ArrayList<RecordEdit>(edits.size());
        for (int i = edits.size() - 1; i >= 0; i--) {
            inverse.add(edits.get(i).inverse());
        }
        return new Change(inverse);
    }
}
