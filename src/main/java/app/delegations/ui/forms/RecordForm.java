package app.delegations.ui.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one kind of record and how they make the record: filled from a record as it stands, read back
 * into a new one. The record's id and its evidence are not fields: the id is given once (made from the name) and
 * never changed; the evidence is kept as it was (citing is done from the Source view).
 */
abstract class RecordForm {
    final FormParts parts;

    RecordForm(FormParts parts) {
        this.parts = parts;
    }

    /** The kind of record, e.g. {@code Place.class}. */
    abstract Class<? extends Record> kind();

    /** The groups of fields, in the order shown. */
    abstract List<FormSection> sections();

    /** The name a new record's id is made from, as typed. */
    abstract String name();

    /** Shows {@code record} in the fields. */
    abstract void fill(Record record);

    /**
     * The record the fields make, with {@code id} and the {@code before} record's evidence (none for a new one);
     * null when a value cannot be read ({@link FormParts#unread}).
     */
    abstract Record build(String id, Record before);

    /** Every field, rows included, with its path in the record. */
    final List<PathedField> fields() {
        var all = new ArrayList<PathedField>();
        for (FormSection s : sections()) {
            for (FormField f : s.fields()) {
                all.add(new PathedField(f.key(), f, f.label()));
            }
            if (s.rows() != null) {
                for (int i = 0; i < s.rows().rows().size(); i++) {
                    for (FormField f : s.rows().rows().get(i).fields()) {
                        all.add(new PathedField(s.rows().path(i, f), f, s.rows().rowName(i) + " › " + f.label()));
                    }
                }
            }
        }
        return all;
    }

    /** The field at {@code path} ({@code names.en}, {@code participants[0].role}), or null. */
    final FormField field(String path) {
        for (PathedField f : fields()) {
            if (f.path().equals(path)) {
                return f.field();
            }
        }
        return null;
    }

    /** The lists of rows of the form, by key ({@code participants}), or null. */
    final FormRows rows(String key) {
        for (FormSection s : sections()) {
            if (s.rows() != null && s.rows().key().equals(key)) {
                return s.rows();
            }
        }
        return null;
    }

    /**
     * A field, its path in the record ({@code participants[1].role}) and its name in the list of problems: its
     * label, with its row's name for a row's field ("Participant 2 › Role").
     */
    record PathedField(String path, FormField field, String label) {
    }
}
