package app.delegations.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.index.DatasetIndex;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import app.delegations.ui.common.ExportNote;
import app.delegations.ui.common.ExportTable;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An exported file says what the filter narrowed, read a week later away from the window: its proposed name names
 * the narrowing, its printed pages state the view, the day and every filter in effect.
 */
class FilterInWordsTest {
    private static final Messages POLISH = Messages.of(UiLanguage.POLISH);
    private static final Messages ENGLISH = Messages.of(UiLanguage.ENGLISH);
    private static final Clock DEC_6 = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    private FilterModel filter;
    private ExportNote note;

    @BeforeEach
    void setUp() {
        filter = new FilterModel();
        filter.setIndex(DatasetIndex.build(TestData.congress()));
        note = new ExportNote(new FilterInWords(filter), DEC_6);
    }

    @Test
    void serbiaTickedAndASearchAreNamedInTheFileNameAndStatedOnItsPages() {
        filter.setCountries(Set.of("RS"));
        filter.searchTextProperty().set("kra ");

        assertEquals("Miejsca – Serbia, kra", note.fileName(POLISH, "Miejsca"));
        assertEquals(new ExportTable.Note("Miejsca, wyeksportowano 6 grudnia 2026",
                "Filtry: kraj Serbia; wyszukiwanie „kra”"), note.of(POLISH, "Miejsca", false, 7));
        assertEquals(new ExportTable.Note("Places, exported 6 December 2026",
                "Filtered: country Serbia; search “kra”; only the 2 rows selected"), note.of(ENGLISH, "Places", true, 2));
    }

    @Test
    void noFilterIsStatedAsAllRowsAndLeavesTheNameAlone() {
        assertEquals("Places", note.fileName(ENGLISH, "Places"));
        assertEquals("No filter: every row the view lists", note.of(ENGLISH, "Places", false, 7).footer());
    }

    /**
     * Selected rows of the unfiltered list: the footer says there was no filter and only those rows were taken, in
     * one statement, never that the sheet holds every row the view lists (the Polish count in its plural form).
     */
    @Test
    void selectedRowsWithoutAFilterAreOneStatementWithTheirCount() {
        assertEquals("No filter; only the 2 rows selected", note.of(ENGLISH, "Places", true, 2).footer());
        assertEquals("No filter; only the 1 row selected", note.of(ENGLISH, "Places", true, 1).footer());
        assertEquals("Bez filtrów; tylko 1 zaznaczony wiersz", note.of(POLISH, "Miejsca", true, 1).footer());
        assertEquals("Bez filtrów; tylko 2 zaznaczone wiersze", note.of(POLISH, "Miejsca", true, 2).footer());
        assertEquals("Bez filtrów; tylko 5 zaznaczonych wierszy", note.of(POLISH, "Miejsca", true, 5).footer());
        filter.setCountries(Set.of("RS"));
        assertEquals("Filtry: kraj Serbia; tylko 12 zaznaczonych wierszy",
                note.of(POLISH, "Miejsca", true, 12).footer());
    }

    @Test
    void everyFilterIsStatedAndOneWithoutAShortNameStillMarksTheFileName() {
        filter.kinds().add(PlaceKind.CITY);
        filter.roles().add(PlaceRole.HOST);
        filter.fromProperty().set(LocalDate.of(2016, 1, 1));
        filter.years().add(2016);

        assertEquals("Places – 2016, 2016-01-01–…", note.fileName(ENGLISH, "Places"));
        assertEquals("Filtered: kind City; role Host; dates 1 January 2016 – …; year 2016",
                note.of(ENGLISH, "Places", false, 7).footer());
        filter.years().clear();
        filter.fromProperty().set(null);
        assertEquals("Miejsca – przefiltrowane", note.fileName(POLISH, "Miejsca"));
    }

    /** Tester 7, U: every month's export of a date range was proposed as "Wydarzenia – przefiltrowane". */
    @Test
    void aDateRangeNamesTheFileAWholeMonthByItsName() {
        filter.fromProperty().set(LocalDate.of(2019, 5, 1));
        filter.toProperty().set(LocalDate.of(2019, 5, 31));
        assertEquals("Wydarzenia – maj 2019", note.fileName(POLISH, "Wydarzenia"));
        assertEquals("Events – May 2019", note.fileName(ENGLISH, "Events"));
        filter.toProperty().set(LocalDate.of(2019, 12, 31));
        assertEquals("Events – 2019-05-01–2019-12-31", note.fileName(ENGLISH, "Events"));
        filter.fromProperty().set(LocalDate.of(2019, 1, 1));
        assertEquals("Events – 2019", note.fileName(ENGLISH, "Events"), "a whole year");
        filter.toProperty().set(null);
        assertEquals("Events – 2019-01-01–…", note.fileName(ENGLISH, "Events"));
    }

    @Test
    void manyCountriesAreStatedOnThePageButNotNamedInTheFileName() {
        filter.setCountries(Set.of("RS", "PL", "SK", "CZ"));
        String footer = note.of(ENGLISH, "Places", false, 7).footer();
        assertEquals(List.of("Filtered: country CZ, Poland, Serbia, Slovakia"), List.of(footer),
                "a code the data lacks as itself");
        assertEquals("Places – filtered", note.fileName(ENGLISH, "Places"));
    }
}
