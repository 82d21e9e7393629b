package app.delegations.ui.forms;

import app.delegations.ui.common.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A record shown as its names and then its facts (a place, an organisation, a venue): the two sections, and the
 * name its id is made from.
 */
abstract class NamedForm extends RecordForm {
    final List<FormField> names;

    NamedForm(FormParts parts, RecordKind kind) {
        super(parts);
        names = parts.names("names", kind);
    }

    /** The fields of the facts section, in the order shown. */
    abstract List<FormField> facts();

    @Override
    final List<FormSection> sections() {
        return List.of(new FormSection("names", parts.m.get("details.section.names"), names, null),
                new FormSection("facts", parts.m.get("details.section.about"), facts(), null));
    }

    /** The groups of fields one after another (a field alone is a group of one). */
    @SafeVarargs
    static List<FormField> join(List<FormField>... groups) {
        var all = new ArrayList<FormField>();
        for (List<FormField> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    @Override
    final String name() {
        return FormParts.name(names);
    }
}
