package app.delegations.data.edit;

import app.delegations.data.Problem;

import java.util.Objects;

/**
 * A problem the loader's rules find in an edited record, placed on the field a form shows it beside.
 *
 * @param record  the record as edited (the {@code after} of its {@link RecordEdit})
 * @param field   the field's path within the record as the data format names it ({@code names.en},
 *                {@code participants[1].place}, {@code evidence[0].quote}), or "" for the record as a whole
 * @param problem the loader's problem, with its message in both languages
 */
public record FieldProblem(Record record, String field, Problem problem) {
    public FieldProblem {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }
}
