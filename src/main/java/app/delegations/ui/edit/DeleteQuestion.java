package app.delegations.ui.edit;

import app.delegations.data.edit.Removal;
import app.delegations.ui.common.Messages;

import java.util.List;
import java.util.Map;

/**
 * The question Edit › Delete asks when the record is mentioned by others, in the officer's words: "Delete place
 * Košice (kosice)?", then, for each way the records that stay lose it, how many and which ("It will also be
 * removed from the participants of 4 events:" and the list), then the records that go with it and why, and that
 * Undo brings it all back. The answers: Delete (with the count when more records go) or Cancel, the default.
 */
final class DeleteQuestion {
    private DeleteQuestion() {
    }

    /** The question's text. */
    static String message(Removal removal, Messages m) {
        var text = new StringBuilder(m.format("edit.delete.question", Labels.of(removal.record(), m)));
        for (Removal.Link link : Removal.Link.values()) {
            List<Record> records = removal.unlinked(link);
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
            for (Map.Entry<Record, Removal.Why> e : removal.dependants().entrySet()) {
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
