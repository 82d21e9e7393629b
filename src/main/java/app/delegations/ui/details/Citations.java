package app.delegations.ui.details;

import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Source;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Evidence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a record's {@link Citation}s into the {@link Evidence} the detail pane shows, in the UI language. It
 * guarantees that a citation naming fields appears only under the facts it names ({@link #field}), and one
 * naming none only under the record as a whole ({@link #whole}), so no citation is listed twice by accident;
 * and that one citation of the data always gives the same {@link Evidence} object, so the pane can tell a
 * citation shown again (the same object) from another record's citation that quotes the same words.
 */
final class Citations {
    private final Dataset data;
    private final Messages m;
    private final Locale locale;
    private final Map<Citation, Evidence> made = new IdentityHashMap<>();

    Citations(Dataset data, Messages messages) {
        this.data = data;
        this.m = messages;
        this.locale = messages.locale();
    }

    /** The citations naming this field (not the whole-record ones, shown once under the record), in order. */
    List<Evidence> field(List<Citation> citations, String field) {
        var list = new ArrayList<Evidence>();
        for (Citation c : citations) {
            if (!c.fields().isEmpty() && c.covers(field)) {
                list.add(one(c));
            }
        }
        return list;
    }

    /** The citations for the record as a whole: those naming no field, in order. */
    List<Evidence> whole(List<Citation> citations) {
        var list = new ArrayList<Evidence>();
        for (Citation c : citations) {
            if (c.fields().isEmpty()) {
                list.add(one(c));
            }
        }
        return list;
    }

    /** Every citation, in order, whatever fields it names. */
    List<Evidence> all(List<Citation> citations) {
        var list = new ArrayList<Evidence>(citations.size());
        for (Citation c : citations) {
            list.add(one(c));
        }
        return list;
    }

    /** One citation, ready to show; its start and end are -1 when it has no quote to locate. */
    Evidence one(Citation c) {
        return made.computeIfAbsent(c, this::make);
    }

    private Evidence make(Citation c) {
        // the title is shown only when the badge is expanded, so it does not repeat down the pane
        String sourceTitle = c.source() == null ? null
                : data.source(c.source()).map(Source::title).map(t -> t.in(locale)).orElse(c.source());
        return new Evidence(c.basis(), m.label("basis", c.basis().json()), c.quote(),
                c.reason() == null ? null : c.reason().in(locale), c.source(), sourceTitle, c.hasQuote() ? c.start() : -1,
                c.hasQuote() ? c.end() : -1);
    }

    /** The list without repeats, first occurrence kept. */
    static List<Evidence> dedupe(List<Evidence> list) {
        return List.copyOf(new LinkedHashSet<>(list));
    }
}
