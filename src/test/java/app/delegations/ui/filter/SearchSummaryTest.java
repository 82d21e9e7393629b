package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line by the search box names what the search found, by kind, in the language's plural forms. */
class SearchSummaryTest {
    private static final Messages EN = Messages.of(UiLanguage.ENGLISH);
    private static final Messages PL = Messages.of(UiLanguage.POLISH);

    /** Hits with these counts of places, countries, events, people and organisations. */
    private static SearchHits hits(int places, int countries, int events, int people, int organisations) {
        return new SearchHits(DatasetIndex.empty(), List.of("x"), some(places), some(countries), some(events),
                some(events), some(people), some(organisations));
    }

    private static boolean[] some(int n) {
        var b = new boolean[n + 3];
        Arrays.fill(b, 0, n, true);
        return b;
    }

    @Test
    void eachKindFoundIsCountedInTheLanguagesPluralForm() {
        assertEquals("2 places · 1 event · 1 person", SearchSummary.line(EN, hits(2, 0, 1, 1, 0)));
        assertEquals("2 miejsca · 1 wydarzenie · 1 osoba", SearchSummary.line(PL, hits(2, 0, 1, 1, 0)));
        assertEquals("1 place · 2 countries · 5 events · 22 people · 1 organisation",
                SearchSummary.line(EN, hits(1, 2, 5, 22, 1)));
        assertEquals("1 miejsce · 2 kraje · 5 wydarzeń · 22 osoby · 1 organizacja",
                SearchSummary.line(PL, hits(1, 2, 5, 22, 1)));
        assertEquals("22 miejsca · 5 krajów · 2 wydarzenia · 5 osób · 22 organizacje",
                SearchSummary.line(PL, hits(22, 5, 2, 5, 22)));
        assertEquals("5 miejsc · 1 kraj · 22 wydarzenia · 1 osoba · 5 organizacji",
                SearchSummary.line(PL, hits(5, 1, 22, 1, 5)));
        assertEquals("5 places · 1 country · 22 events · 2 people · 2 organisations",
                SearchSummary.line(EN, hits(5, 1, 22, 2, 2)));
    }

    @Test
    void nothingFoundSaysSoAndNoSearchSaysNothing() {
        assertEquals("nothing found", SearchSummary.line(EN, hits(0, 0, 0, 0, 0)));
        assertEquals("nic nie znaleziono", SearchSummary.line(PL, hits(0, 0, 0, 0, 0)));
        assertEquals("", SearchSummary.line(EN, SearchHits.NONE));
    }

    @Test
    void theBundledCongressExamplesReadAsTheIssueWrites() {
        var filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(TestData.congress()));
        filter.searchTextProperty().set("Połtawczenko");
        assertEquals("1 event · 1 person", SearchSummary.line(EN, filter.searchHitsProperty().get()));
        assertEquals("1 wydarzenie · 1 osoba", SearchSummary.line(PL, filter.searchHitsProperty().get()));
        filter.searchTextProperty().set("monitoring");
        assertEquals("1 event · 1 organisation", SearchSummary.line(EN, filter.searchHitsProperty().get()));
        filter.searchTextProperty().set("krak");
        assertEquals("1 miejsce · 2 wydarzenia", SearchSummary.line(PL, filter.searchHitsProperty().get()));
    }
}
