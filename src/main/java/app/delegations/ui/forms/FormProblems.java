package app.delegations.ui.forms;

import app.delegations.data.Problem;
import app.delegations.data.edit.FieldProblem;
import app.delegations.text.Bundle;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Where a form shows its problems: each beside the field it names, and every one in the list under the form. */
final class FormProblems {
    private FormProblems() {
    }

    /**
     * Puts on each field its problem: the one the form could not read ({@code unread}) first, else the first the
     * archive's rules found there ({@code found}, placed by its path when it is on {@code record}); adds each to
     * {@code list} ("English name: must not be empty"), in the order of the fields, except what the rules found on a
     * field the form already says is wrong (a required field left blank: said once, as the form says it). Returns
     * true when one of {@code found} is an error. That a field is blank is said only when {@code said} allows it
     * (the officer has touched the field, or asked to apply): a form just opened does not greet the officer with a
     * "must be given" under every required field.
     */
    static boolean place(List<RecordForm.PathedField> fields, Map<FormField, String> unread, List<FieldProblem> found,
                         Record record, Bundle texts, Predicate<FormField> said, List<String> list) {
        for (RecordForm.PathedField f : fields) {
            String problem = unread.get(f.field());
            if (problem != null && blank(f.field()) && !said.test(f.field())) {
                problem = null;
            }
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

    /** Whether {@code f} is blank: what the form found on it then is that it is needed. */
    static boolean blank(FormField f) {
        return f.value().isEmpty();
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
