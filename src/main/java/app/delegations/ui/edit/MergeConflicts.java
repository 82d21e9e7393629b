package app.delegations.ui.edit;

import app.delegations.data.edit.Reapply;
import app.delegations.ui.common.Messages;

import java.util.List;

/**
 * What Reload and re-apply tells when the officer and someone else changed the same fields: each record, each field
 * and both values, so that whichever side is kept, the other's values are still there to read.
 */
final class MergeConflicts {
    /** Longer values are cut here, with an ellipsis: a description stays recognisable, the dialog readable. */
    private static final int LONGEST = 160;

    private final Messages m;

    MergeConflicts(Messages m) {
        this.m = m;
    }

    /** The question: how many conflicts, then one line each. */
    String message(List<Reapply.Conflict> conflicts) {
        var text = new StringBuilder(m.count("edit.merge.message", conflicts.size(), conflicts.size()));
        for (Reapply.Conflict c : conflicts) {
            text.append("\n• ").append(line(c));
        }
        return text.toString();
    }

    private String line(Reapply.Conflict c) {
        String record = Labels.of(c.record(), m);
        if (c.deletion()) {
            return m.format(c.mine() == null ? "edit.merge.deletedByMe" : "edit.merge.deletedByThem", record);
        }
        return m.format("edit.merge.field", record, c.field(), value(c.mine()), value(c.theirs()));
    }

    private String value(Object v) {
        if (v == null) {
            return m.get("edit.merge.none");
        }
        String text = v instanceof String s ? m.format("edit.merge.quoted", s) : String.valueOf(v);
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "\u2026" : text;
    }
}
