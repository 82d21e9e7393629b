package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.index.SearchTexts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * What a search finds, kind by kind ({@link SearchHits}); every folded word must occur in one record's own
 * folded texts ({@link SearchTexts}: names and aliases in every language, notes, descriptions, titles):
 * <ul>
 *   <li>a place: its names and note, or its country's code and names (word by word: "serbia kru");</li>
 *   <li>a country (one that has places): its code and names;</li>
 *   <li>an event: its title, description and the notes on the people at it;</li>
 *   <li>a person: names, honorific and the titles of their positions;</li>
 *   <li>an organisation: names and description.</li>
 * </ul>
 * An event is also <em>found</em> when a person at it or an organisation it names matches ("Rihter": his
 * congress). Each kind remembers its last answer ({@link WordMatch}): typing on tests only the records that
 * matched before. The last {@value #REMEMBERED} searches' answers are kept whole, so that deleting what was just
 * typed (Backspace) costs a look-up. Not thread-safe; plain Java, no JavaFX.
 */
final class SearchMatch {
    private final WordMatch places = new WordMatch();
    private final WordMatch countries = new WordMatch();
    private final WordMatch events = new WordMatch();
    private final WordMatch people = new WordMatch();
    private final WordMatch organisations = new WordMatch();
    private DatasetIndex countryTextsOf;
    private String[] countryTexts;
    /** How many searches' answers are kept whole. */
    static final int REMEMBERED = 16;
    /** The answers of the last searches on one index, the newest last. */
    private final Deque<SearchHits> recent = new ArrayDeque<>(REMEMBERED);

    /** What the words find in the index; {@link SearchHits#NONE} for no words. */
    SearchHits hits(DatasetIndex idx, List<String> words) {
        if (words.isEmpty()) {
            places.forget();
            countries.forget();
            events.forget();
            people.forget();
            organisations.forget();
            return SearchHits.NONE;
        }
        String[] countryTexts = countryTexts(idx);
        SearchHits again = recall(idx, words);
        if (again != null) {
            SearchTexts texts = idx.searchTexts();
            places.remember(idx.columns().folded(), again.words(), again.placeArray());
            countries.remember(countryTexts, again.words(), again.countryArray());
            events.remember(texts.events(), again.words(), again.eventArray());
            people.remember(texts.people(), again.words(), again.personArray());
            organisations.remember(texts.organisations(), again.words(), again.organisationArray());
            return again;
        }
        // the countries are tested once per word, not once per place
        var countryHas = new boolean[words.size()][countryTexts.length];
        for (int w = 0; w < words.size(); w++) {
            for (int c = 0; c < countryTexts.length; c++) {
                countryHas[w][c] = countryTexts[c].contains(words.get(w));
            }
        }
        SearchTexts texts = idx.searchTexts();
        boolean[] placeHits = places.match(idx.columns().folded(), words, idx.columns().country(), countryHas);
        boolean[] countryHits = countries.match(countryTexts, words, null, null);
        boolean[] eventHits = events.match(texts.events(), words, null, null);
        boolean[] personHits = people.match(texts.people(), words, null, null);
        boolean[] organisationHits = organisations.match(texts.organisations(), words, null, null);
        var hits = new SearchHits(idx, List.copyOf(words), placeHits, countryHits, eventHits,
                found(texts, eventHits, personHits, organisationHits), personHits, organisationHits);
        if (recent.size() == REMEMBERED) {
            recent.removeFirst();
        }
        recent.addLast(hits);
        return hits;
    }

    /**
     * Takes {@code hits} (the same words searched on {@code idx} by another instance) as the answer of the last
     * search, forgetting the answers kept for older data: {@link #hits} with these words on this index then
     * returns it, and words that narrow them test only what it found.
     */
    void adopt(DatasetIndex idx, SearchHits hits) {
        recent.clear();
        hits(idx, List.of()); // forgets every kind's last answer
        if (hits.searching()) {
            recent.addLast(hits);
            hits(idx, hits.words()); // recalls it: every kind remembers it as its last answer
        }
    }

    /** The kept answer for these words on this index, made the newest; null when none is kept. */
    private SearchHits recall(DatasetIndex idx, List<String> words) {
        if (!recent.isEmpty() && recent.peekLast().index() != idx) {
            recent.clear(); // new data: the answers were about the old
        }
        for (Iterator<SearchHits> it = recent.iterator(); it.hasNext(); ) {
            SearchHits h = it.next();
            if (h.words().equals(words)) {
                it.remove();
                recent.addLast(h);
                return h;
            }
        }
        return null;
    }

    /**
     * Per place (by entry index), whether the words match it, or null for no words (every place). The array
     * is new on every call that has words and is not written to afterwards.
     */
    boolean[] places(DatasetIndex idx, List<String> words) {
        SearchHits hits = hits(idx, words);
        return hits.searching() ? hits.placeArray() : null;
    }

    /** How many places the last call tested (all of them, unless it narrowed the call before). */
    int lastTested() {
        return places.lastTested();
    }

    /** True when every record matching {@code now} also matches {@code before}. */
    static boolean narrows(List<String> before, List<String> now) {
        if (before.isEmpty() || now.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!now.get(i).contains(before.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The events the search matches, or that have a person or an organisation it matches. */
    private static boolean[] found(SearchTexts texts, boolean[] events, boolean[] people, boolean[] organisations) {
        var found = new boolean[events.length];
        int[] peopleStart = texts.peopleStart();
        int[] peopleOf = texts.peopleOfEvent();
        int[] organisationsStart = texts.organisationsStart();
        int[] organisationsOf = texts.organisationsOfEvent();
        for (int i = 0; i < found.length; i++) {
            boolean f = events[i];
            for (int j = peopleStart[i]; !f && j < peopleStart[i + 1]; j++) {
                f = people[peopleOf[j]];
            }
            for (int j = organisationsStart[i]; !f && j < organisationsStart[i + 1]; j++) {
                f = organisations[organisationsOf[j]];
            }
            found[i] = f;
        }
        return found;
    }

    /** The countries' search texts in {@link DatasetIndex#countryCodes()} order, made once per index. */
    private String[] countryTexts(DatasetIndex idx) {
        if (idx != countryTextsOf) {
            var t = new String[idx.countryCodes().size()];
            for (int c = 0; c < t.length; c++) {
                t[c] = idx.countrySearchText(c);
            }
            countryTexts = t;
            countryTextsOf = idx;
        }
        return countryTexts;
    }
}
