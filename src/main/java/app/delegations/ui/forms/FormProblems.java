package app.delegations.ui.forms;

import app.delegations.data.Problem;
import app.delegations.data.edit.FieldProblem;
import app.delegations.text.Bundle;

import java.util.List;
import java.util.Map;

/** Where a form shows its problems: each beside the field it names, and every one in the list under the form. */
final class FormProblems {
    private FormProblems() {
    }

    /**
     * Puts on each field its problem: the one the form could not read ({@code unread}) first, else the first the
     * archive's rules found there ({@code found}, placed by its path when it is on {@code record}); adds each to
     * {@code list} ("English name: must not be empty"), in the order of the fields, except what the rules found on a
     * field the form already says is wrong (a required field left blank: said once, as the form says it). Returns
     * true when one of {@code found} is an error.
     */
    static boolean place(List<RecordForm.PathedField> fields, Map<FormField, String> unread, List<FieldProblem> found,
                         Record record, Bundle texts, List<String> list) {
        for (RecordForm.PathedField f : fields) {
            String problem = unread.get(f.field());
            f.field().setProblem(problem);
            if (problem != null) {
                list.add(f.field().label() + ": " + problem);
            }
        }
        boolean errors = false;
        for (FieldProblem p : found) {
            errors |= p.problem().severity() == Problem.Severity.ERROR;
            String text = p.problem().message(texts);
            FormField at = p.record().equals(record) ? fieldAt(fields, p.field()) : null;
            if (at != null && unread.containsKey(at)) {
                continue; // the form's own word on it stands: said once
            } else if (at != null) {
                at.setProblem(at.problemProperty().get() == null ? text : at.problemProperty().get());
                list.add(at.label() + ": " + text);
            } else {
                list.add(p.field().isEmpty() ? text : p.field() + ": " + text);
            }
        }
        return errors;
    }

    /** The field a problem's path names: the field itself, or the first of its parts ({@code coordinates}). */
    private static FormField fieldAt(List<RecordForm.PathedField> fields, String path) {
        for (RecordForm.PathedField f : fields) {
            if (f.path().equals(path) || path.startsWith(f.path() + ".") || path.startsWith(f.path() + "[")) {
                return f.field();
            }
        }
        for (RecordForm.PathedField f : fields) {
            if (!path.isEmpty() && (f.path().startsWith(path + ".") || f.path().startsWith(path + "["))) {
                return f.field();
            }
        }
        return null;
    }
}
