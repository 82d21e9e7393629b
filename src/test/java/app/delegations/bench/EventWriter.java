package app.delegations.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the events: mostly congresses (one to three days, 2000–2029) containing conferences containing
 * presentations, with visits and a summary, plus stand-alone meetings and visits. Children lie within their
 * parent's dates; {@code order} counts events with the same parent and start day in the order written.
 */
final class EventWriter {
    private static final String[] MONTHS = {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
        "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    private static final String[][] TOPICS = {
        {"Miasta przyszłości", "Cities of the future"}, {"Technologie informacyjne", "Information technologies"},
        {"Rola technologii informacyjnych dla rozwoju współczesnych miast", "The role of information technologies in modern cities"},
        {"Współpraca miast partnerskich", "Partner cities cooperating"}, {"Bezpieczeństwo w mieście", "Safety in the city"},
        {"Transport publiczny", "Public transport"}, {"Dziedzictwo kulturowe", "Cultural heritage"},
        {"Energia i klimat", "Energy and climate"}, {"Turystyka i promocja", "Tourism and promotion"},
        {"Edukacja i uczelnie", "Education and universities"}, {"Świat słowiański", "The Slavic world"},
        {"Zielona gospodarka", "The green economy"}, {"Żywność i rolnictwo", "Food and agriculture"}};
    private static final String[] STANDALONE = {"meeting", "visit", "session", "other"};

    private final Json json;
    private final Random random;
    private final NameFactory names;
    private final World world;
    private final SourceTexts notes;
    private final Map<LocalDate, Integer> topLevelOrder = new HashMap<>();
    private int recordIndex;
    private int remaining;
    private int index;

    private final Runnable flush;

    /** {@code flush} takes the events written so far, after each top-level event and its children. */
    EventWriter(Json json, Random random, NameFactory names, World world, SourceTexts notes, int recordIndex,
                Runnable flush) {
        this.flush = flush;
        this.json = json;
        this.random = random;
        this.names = names;
        this.world = world;
        this.notes = notes;
        this.recordIndex = recordIndex;
    }

    void write(int count) {
        remaining = count;
        while (remaining > 0) {
            if (random.nextInt(100) < 85) {
                congress();
            } else {
                standalone();
            }
            flush.run();
        }
    }

    /** The fields every event has, up to {@code order}; leaves the object open. */
    private String begin(String kind, String pl, String en, String parent, LocalDate start, LocalDate end, int order) {
        String id = kind + "-" + index++;
        json.startObject();
        json.string("id", id);
        json.string("kind", kind);
        json.names("title", new NameFactory.Spellings(pl, en, pl), null);
        if (parent != null) {
            json.string("parent", parent);
        }
        json.string("start", start.toString());
        if (!end.equals(start)) {
            json.string("end", end.toString());
        }
        json.number("order", order);
        return id;
    }

    private void finish(String note, String quote) {
        json.startArray("evidence");
        json.stated(note, quote, List.of("title.pl", "kind", "start"));
        json.reference(List.of("title.en", "title.native"), "Tłumaczenie redaktora.", "The editor's translation.");
        json.endArray();
        json.endObject();
        recordIndex++;
        remaining--;
    }

    private void congress() {
        String note = notes.noteFor(recordIndex);
        String[] topic = names.pick(TOPICS);
        int year = 2000 + random.nextInt(30);
        LocalDate start = LocalDate.ofYearDay(year, 1 + random.nextInt(360));
        LocalDate end = start.plusDays(random.nextInt(3));
        String edition = names.pick(ROMAN);
        String pl = edition + " Międzynarodowy Kongres „" + topic[0] + "”";
        String en = edition + " International Congress “" + topic[1] + "”";
        int host = random.nextInt(world.placeId.length);
        String opening = notes.say(polish(start) + " rozpoczął się " + pl + " w miejscowości " + world.placePl[host] + ".");
        List<Integer> guests = distinctPlaces(host, 2 + random.nextInt(12));
        var listed = new StringBuilder("Udział w Kongresie wzięli przedstawiciele:");
        for (int g = 0; g < guests.size(); g++) {
            listed.append(g == 0 ? " " : ", ").append(world.placePl[guests.get(g)]);
        }
        String participantsSentence = notes.say(listed.append('.').toString());
        String id = begin("congress", pl, en, null, start, end, topLevelOrder.merge(start, 1, Integer::sum));
        if (world.venueId.length > 0) {
            json.string("venue", world.venueId[random.nextInt(world.venueId.length)]);
        }
        json.string("place", world.placeId[host]);
        if (random.nextInt(5) == 0) {
            json.text("description", "Doroczne przedsięwzięcie miast i regionów.", "An annual event of cities and regions.");
        }
        json.startArray("participants");
        participant(host, "host", note, SourceTexts.quote(opening, "w miejscowości " + world.placePl[host]));
        for (int g : guests) {
            participant(g, "participant", note, SourceTexts.quote(participantsSentence, world.placePl[g]));
        }
        json.endArray();
        if (world.personId.length > 0) {
            int official = random.nextInt(world.personId.length);
            String welcome = notes.say("Gości powitał(a) " + world.personPl[official] + ".");
            json.startArray("people");
            attendance(official, "host-official", note, SourceTexts.quote(welcome, world.personPl[official]));
            json.endArray();
        }
        finish(note, SourceTexts.quote(opening, pl));
        children(id, start, end, host, guests);
    }

    private void children(String congress, LocalDate start, LocalDate end, int host, List<Integer> guests) {
        Map<LocalDate, Integer> order = new HashMap<>();
        int days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        int conferences = 1 + random.nextInt(3);
        for (int c = 0; c < conferences && remaining > 0; c++) {
            LocalDate day = start.plusDays(random.nextInt(days));
            String conference = conference(congress, day, order.merge(day, 1, Integer::sum), host, guests);
            int presentations = 2 + random.nextInt(5);
            for (int p = 1; p <= presentations && remaining > 0; p++) {
                presentation(conference, day, p, guests);
            }
        }
        int visits = random.nextInt(3);
        for (int v = 0; v < visits && remaining > 0 && world.orgId.length > 0; v++) {
            LocalDate day = start.plusDays(random.nextInt(days));
            visit(congress, day, order.merge(day, 1, Integer::sum));
        }
        if (remaining > 0 && world.personId.length > 0 && random.nextBoolean()) {
            summary(congress, end, order.merge(end, 1, Integer::sum));
        }
    }

    private String conference(String parent, LocalDate day, int order, int host, List<Integer> guests) {
        String note = notes.noteFor(recordIndex);
        String[] topic = names.pick(TOPICS);
        String sentence = notes.say(polish(day) + " odbyła się konferencja pn. „" + topic[0] + "”.");
        String id = begin("conference", "Konferencja „" + topic[0] + "”", "Conference “" + topic[1] + "”",
                parent, day, day, order);
        if (world.venueId.length > 0) {
            json.string("venue", world.venueId[random.nextInt(world.venueId.length)]);
        }
        json.string("place", world.placeId[host]);
        if (random.nextInt(10) < 4) {
            json.startArray("participants");
            for (int g : guests.subList(0, Math.min(guests.size(), 1 + random.nextInt(3)))) {
                json.startObject();
                json.string("place", world.placeId[g]);
                json.string("role", "participant");
                json.startArray("evidence");
                json.inferred(null, null, "Uczestnik Kongresu, w którego ramach odbyła się konferencja.",
                        "A participant of the Congress the conference was part of.");
                json.endArray();
                json.endObject();
            }
            json.endArray();
        }
        finish(note, SourceTexts.quote(sentence, "konferencja pn. „" + topic[0] + "”"));
        return id;
    }

    private void presentation(String parent, LocalDate day, int order, List<Integer> guests) {
        String note = notes.noteFor(recordIndex);
        String[] topic = names.pick(TOPICS);
        int presenter = guests.get(random.nextInt(guests.size()));
        int speaker = world.personId.length > 0 ? random.nextInt(world.personId.length) : -1;
        String by = speaker >= 0 ? world.personPl[speaker] + " (" + world.placePl[presenter] + ")"
                : "przedstawiciele miejscowości " + world.placePl[presenter];
        String sentence = notes.say("Prezentację „" + topic[0] + "” przedstawił(a) " + by + ".");
        begin("presentation", "Prezentacja „" + topic[0] + "”", "Presentation “" + topic[1] + "”", parent, day, day, order);
        json.startArray("participants");
        participant(presenter, "presenter", note, SourceTexts.quote(sentence, world.placePl[presenter]));
        json.endArray();
        if (speaker >= 0) {
            json.startArray("people");
            attendance(speaker, "speaker", note, SourceTexts.quote(sentence, world.personPl[speaker]));
            json.endArray();
        }
        if (world.orgId.length > 0 && random.nextBoolean()) {
            json.startArray("organisations");
            json.string(world.orgId[random.nextInt(world.orgId.length)]);
            json.endArray();
        }
        finish(note, SourceTexts.quote(sentence, "Prezentację „" + topic[0] + "”"));
    }

    private void visit(String parent, LocalDate day, int order) {
        String note = notes.noteFor(recordIndex);
        int org = random.nextInt(world.orgId.length);
        String sentence = notes.say(polish(day) + " uczestnicy Kongresu odwiedzili " + world.orgPl[org] + ".");
        begin("visit", "Wizyta: " + world.orgPl[org], "Visit: " + world.orgPl[org], parent, day, day, order);
        json.startArray("organisations");
        json.string(world.orgId[org]);
        json.endArray();
        finish(note, SourceTexts.quote(sentence, "uczestnicy Kongresu odwiedzili " + world.orgPl[org]));
    }

    private void summary(String parent, LocalDate day, int order) {
        String note = notes.noteFor(recordIndex);
        int person = random.nextInt(world.personId.length);
        String sentence = notes.say("Podsumowania Kongresu dokonał(a) " + world.personPl[person] + ".");
        begin("summary", "Podsumowanie", "Summary", parent, day, day, order);
        json.startArray("people");
        attendance(person, "speaker", note, SourceTexts.quote(sentence, world.personPl[person]));
        json.endArray();
        finish(note, SourceTexts.quote(sentence, "Podsumowania Kongresu dokonał(a) " + world.personPl[person]));
    }

    private void standalone() {
        String note = notes.noteFor(recordIndex);
        String kind = names.pick(STANDALONE);
        String[] topic = names.pick(TOPICS);
        LocalDate day = LocalDate.ofYearDay(2000 + random.nextInt(30), 1 + random.nextInt(365));
        int host = random.nextInt(world.placeId.length);
        List<Integer> guests = distinctPlaces(host, 1 + random.nextInt(3));
        var said = new StringBuilder(polish(day) + " w miejscowości " + world.placePl[host]
                + " odbyło się spotkanie robocze „" + topic[0] + "” z udziałem:");
        for (int g = 0; g < guests.size(); g++) {
            said.append(g == 0 ? " " : ", ").append(world.placePl[guests.get(g)]);
        }
        String sentence = notes.say(said.append('.').toString());
        begin(kind, "Spotkanie „" + topic[0] + "”", "Meeting “" + topic[1] + "”", null, day, day,
                topLevelOrder.merge(day, 1, Integer::sum));
        json.string("place", world.placeId[host]);
        json.startArray("participants");
        participant(host, "host", note, SourceTexts.quote(sentence, "w miejscowości " + world.placePl[host]));
        for (int g : guests) {
            participant(g, "participant", note, SourceTexts.quote(sentence, world.placePl[g]));
        }
        json.endArray();
        finish(note, SourceTexts.quote(sentence, "spotkanie robocze „" + topic[0] + "”"));
    }

    private void participant(int place, String role, String note, String quote) {
        json.startObject();
        json.string("place", world.placeId[place]);
        json.string("role", role);
        json.startArray("evidence");
        json.stated(note, quote, List.of());
        json.endArray();
        json.endObject();
    }

    private void attendance(int person, String role, String note, String quote) {
        json.startObject();
        json.string("person", world.personId[person]);
        json.string("role", role);
        json.startArray("evidence");
        json.stated(note, quote, List.of());
        json.endArray();
        json.endObject();
    }

    /** Up to {@code wanted} distinct places other than {@code except} (fewer when there are not enough; at least one). */
    private List<Integer> distinctPlaces(int except, int wanted) {
        int n = world.placeId.length;
        int target = Math.min(wanted, n - 1);
        var chosen = new ArrayList<Integer>(target);
        while (chosen.size() < target) {
            int p = random.nextInt(n);
            if (p != except && !chosen.contains(p)) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    private static String polish(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear() + " r.";
    }
}
