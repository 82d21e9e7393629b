package app.delegations.ui.edit;

import app.delegations.data.Problem;
import app.delegations.data.save.DiskChange;
import app.delegations.ui.common.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The question a save asks when files it would write changed on disk since they were read, in the officer's words:
 * nothing was saved, then each file and what happened to it ("changed", "deleted", "created"). When the archive as
 * it is now on disk loads, the answers are Reload and re-apply (the default), Save as… and Cancel. When it does not
 * (a colleague's file left broken), reloading is bound to fail, so it is not offered: each file that cannot be read
 * says so with where ("changed and damaged (cannot be read: line 20, column 18)"), a last paragraph says to wait for
 * the fix and save again or to save elsewhere, and the answers are Save as… and Cancel, asked so that Enter cancels.
 */
final class ConflictQuestion {
    private ConflictQuestion() {
    }

    /** The question's text: {@code damaged} is what reading the changed files again gave. */
    static String message(Map<Path, DiskChange.Kind> changes, DamagedFiles damaged, Messages m) {
        var text = new StringBuilder(m.count(damaged.loads() ? "edit.conflict.message"
                : "edit.conflict.unreadable.message", changes.size(), changes.size()));
        changes.forEach((file, kind) -> {
            String what = m.get(switch (kind) {
                case MODIFIED -> "edit.conflict.modified";
                case DELETED -> "edit.conflict.deleted";
                case CREATED -> "edit.conflict.created";
            });
            Problem error = damaged.errors().get(file);
            if (error != null) {
                what = error.line() > 0 ? m.format("edit.conflict.damagedAt", what, String.valueOf(error.line()),
                        String.valueOf(error.column())) : m.format("edit.conflict.damaged", what);
            }
            text.append("\n• ").append(file.getFileName()).append(" — ").append(what);
        });
        if (!damaged.loads()) {
            text.append("\n\n").append(m.get("edit.conflict.unreadable.advice"));
        }
        return text.toString();
    }

    /** The answers: Reload and re-apply only when the archive would load; Save as… and Cancel, the last. */
    static List<String> choices(DamagedFiles damaged, Messages m) {
        return damaged.loads()
                ? List.of(m.get("edit.conflict.reapply"), m.get("edit.conflict.saveAs"), m.get("edit.cancel"))
                : List.of(m.get("edit.conflict.saveAs"), m.get("edit.cancel"));
    }
}
