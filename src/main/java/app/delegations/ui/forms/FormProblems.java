package app.delegations.ui.forms;

import app.delegations.data.Problem;
import app.delegations.data.edit.FieldProblem;
import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import app.delegations.ui.common.DateText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
     * "must be given" under every required field. A field of a row is listed with its row ("Participant 2 › Place"):
     * a form may have the same label twice. Dates in the rules' words are written as the form writes them
     * ({@code dates}), not as the file stores them.
     */
    static boolean place(List<RecordForm.PathedField> fields, Map<FormField, String> unread, List<FieldProblem> found,
                         Record record, Bundle texts, DateText dates, Predicate<FormField> said, List<String> list) {
        for (RecordForm.PathedField f : fields) {
            String problem = unread.get(f.field());
            if (problem != null && blank(f.field()) && !said.test(f.field())) {
                problem = null;
            }
            f.field().setProblem(problem);
            if (problem != null) {
                list.add(f.label() + ": " + problem);
            }
        }
        boolean errors = false;
        for (FieldProblem p : found) {
            errors |= p.problem().severity() == Problem.Severity.ERROR;
            String text = texts.text(datesAsShown(p.problem().text(), dates));
            RecordForm.PathedField pathed = p.record().equals(record) ? fieldAt(fields, p.field()) : null;
            FormField at = pathed == null ? null : pathed.field();
            if (at != null && unread.containsKey(at)) {
                continue; // the form's own word on it stands: said once
            } else if (at != null) {
                at.setProblem(at.problemProperty().get() == null ? text : at.problemProperty().get());
                list.add(pathed.label() + ": " + text);
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

    /** {@code text} with each argument that is a date as the file stores it (2025-03-10) written as {@code dates} do. */
    static Msg datesAsShown(Msg text, DateText dates) {
        var args = new ArrayList<Object>(text.args().size());
        for (Object a : text.args()) {
            if (a instanceof Msg inner) {
                args.add(datesAsShown(inner, dates));
            } else if (a instanceof LocalDate d) {
                args.add(dates.format(d));
            } else if (a instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                args.add(isoDate(s, dates));
            } else {
                args.add(a);
            }
        }
        return new Msg(text.key(), args, text.count());
    }

    private static String isoDate(String s, DateText dates) {
        try {
            return dates.format(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return s; // looks like a date, is none: shown as it is
        }
    }

    /** The field a problem's path names: the field itself, or the first of its parts ({@code coordinates}). */
    private static RecordForm.PathedField fieldAt(List<RecordForm.PathedField> fields, String path) {
        for (RecordForm.PathedField f : fields) {
            if (f.path().equals(path) || path.startsWith(f.path() + ".") || path.startsWith(f.path() + "[")) {
                return f;
            }
        }
        for (RecordForm.PathedField f : fields) {
            if (!path.isEmpty() && (f.path().startsWith(path + ".") || f.path().startsWith(path + "["))) {
                return f;
            }
        }
        return null;
    }
}
