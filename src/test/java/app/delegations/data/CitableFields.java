package app.delegations.data;

import java.util.ArrayList;
import java.util.List;

/** The field paths a citation of a record kind may name, as the loader accepts them, in the loader's order. */
final class CitableFields {
    private CitableFields() {
    }

    static List<String> of(Fields fields) {
        var out = new ArrayList<String>();
        collect(fields, "", out);
        return out;
    }

    private static void collect(Fields fields, String prefix, List<String> out) {
        for (String name : fields.names()) {
            if (name.equals("evidence")) {
                continue;
            }
            out.add(prefix + name);
            Fields nested = fields.nested(name);
            if (nested != null) {
                collect(nested, prefix + name + ".", out);
            }
        }
    }
}
