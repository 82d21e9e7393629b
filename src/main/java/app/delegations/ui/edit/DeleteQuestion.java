package app.delegations.ui.edit;

import app.delegations.data.edit.Removal;
import app.delegations.model.Event;
import app.delegations.ui.common.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The question Edit › Delete asks when the record is mentioned by others, in the officer's words: "Delete place
 * Košice (kosice)?", then, for each way the records that stay lose it, how many and which ("It will also be
 * removed from the participants of 4 events:" and the list), then the records that go with it and why, and that
 * Undo brings it all back. The answers: Delete (with the count when more records go) or Cancel, the default. Each
 * list gives its events in date order, as the details' meetings do (first day, then the order the source mentions
 * them in; ties keep the data's order), after the records of other kinds, which keep the data's order.
 */
final class DeleteQuestion {
    /** Events by date: first day, then the order the source mentions them in (as the details' meetings). */
    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::start).thenComparingInt(Event::order);
    /** Records of other kinds first, in the data's order (a stable sort), then events by date, as the details. */
    private static final Comparator<Record> LISTED = Comparator.<Record>comparingInt(r -> r instanceof Event ? 1 : 0)
            .thenComparing((a, b) -> a instanceof Event x && b instanceof Event y ? BY_DATE.compare(x, y) : 0);

    private DeleteQuestion() {
    }

    /** The question's text. */
    static String message(Removal removal, Messages m) {
        var text = new StringBuilder(m.format("edit.delete.question", Labels.of(removal.record(), m)));
        for (Removal.Link link : Removal.Link.values()) {
            var records = new ArrayList<>(removal.unlinked(link));
            records.sort(LISTED);
            if (!records.isEmpty()) {
                text.append("\n\n").append(m.count(key(link), records.size(), records.size()));
                for (Record r : records) {
                    text.append("\n• ").append(Labels.of(r, m));
                }
            }
        }
        int going = removal.dependants().size();
        if (going > 0) {
            text.append("\n\n").append(m.count("edit.delete.dependants", going, going));
            var dependants = new ArrayList<>(removal.dependants().entrySet());
            dependants.sort(Map.Entry.comparingByKey(LISTED));
            for (Map.Entry<Record, Removal.Why> e : dependants) {
                String item = m.format("edit.delete.because", Labels.of(e.getKey(), m), m.get(why(e.getValue())));
                text.append("\n• ").append(item);
            }
        }
        return text.append("\n\n").append(m.get("edit.delete.undo")).toString();
    }

    /** The answers: Delete (naming how many records go when more than this one do), then Cancel. */
    static List<String> choices(Removal removal, Messages m) {
        int all = removal.dependants().size() + 1;
        return List.of(all == 1 ? m.get("edit.delete.button") : m.count("edit.delete.all", all, all),
                m.get("edit.cancel"));
    }

    private static String key(Removal.Link link) {
        return switch (link) {
            case PARTICIPANT -> "edit.delete.fromParticipants";
            case PERSON -> "edit.delete.fromPeople";
            case ORGANISATION -> "edit.delete.fromOrganisations";
            case EVENT_PLACE -> "edit.delete.fromEventPlace";
            case OTHER -> "edit.delete.fromOthers";
            case CITATION -> "edit.delete.fromEvidence";
        };
    }

    private static String why(Removal.Why why) {
        return switch (why) {
            case PART_OF_EVENT -> "edit.delete.why.partOf";
            case IN_COUNTRY -> "edit.delete.why.inCountry";
            case NO_OTHER_PARTICIPANT -> "edit.delete.why.noOtherParticipant";
        };
    }
}
