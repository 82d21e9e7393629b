package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * An XLSX states on its printed pages where its rows come from (the view, the day, the filter) while its cells stay
 * the table's, cell by cell; a CSV stays pure data.
 */
class ExportNoteTest {
    private static final Clock DEC_6 = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    private static final Messages ENGLISH = Messages.of(UiLanguage.ENGLISH);

    @TempDir
    Path dir;

    /** A narrowing of a country and a search, as the filter says it. */
    private static final Narrowing SERBIA = new Narrowing() {
        @Override
        public List<String> parts(Messages m) {
            return List.of("country Serbia", "search “R&D <kra>”");
        }

        @Override
        public List<String> names(Messages m) {
            return List.of("Serbia");
        }
    };

    /** A one-column test table of names. */
    enum Name implements DataColumn<String> {
        NAME;

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec("name", "places.column.name", 100, Look.TEXT);
        }

        @Override
        public String text(String row) {
            return row;
        }
    }

    private ExportTable<String> table() {
        return ExportTable.of("Places", List.of(Name.NAME), List.of("Kraljevo", "Kragujevac"), ENGLISH)
                .with(new ExportNote(SERBIA, DEC_6).of(ENGLISH, "Places", false, 2));
    }

    @Test
    void theXlsxPagesStateTheViewTheDayAndTheFilterAndItsCellsAreTheTables() throws Exception {
        Path file = dir.resolve("places.xlsx");
        ExportTable<String> table = table();
        ExportFile.write(table, new ExportChoice(ExportFormat.XLSX, ',', false), file, ExportProgress.NONE);

        ExportReadBack.assertHolds(table, ExportReadBack.xlsx(file));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(ExportReadBack.sheetXml(file))));
        String header = xml.getElementsByTagName("oddHeader").item(0).getTextContent();
        String footer = xml.getElementsByTagName("oddFooter").item(0).getTextContent();
        assertTrue(header.startsWith("&L") && header.endsWith("Places, exported 6 December 2026"), header);
        assertTrue(footer.startsWith("&L") && footer.contains("Filtered: country Serbia; search “R&&D <kra>”&R"),
                "the filter at the left, an & doubled (Excel's codes start with one): " + footer);
        assertTrue(footer.endsWith("&P / &N"), "the page of the pages at the right: " + footer);
    }

    @Test
    void theCsvHoldsOnlyTheRows() throws IOException {
        Path file = dir.resolve("places.csv");
        ExportFile.write(table(), new ExportChoice(ExportFormat.CSV, ',', false), file, ExportProgress.NONE);
        List<List<String>> read = ExportReadBack.csv(file, ',');
        assertEquals(List.of(List.of("Name"), List.of("Kraljevo"), List.of("Kragujevac")), read);
        assertFalse(read.toString().contains("Serbia"));
    }

    @Test
    void onlySelectedRowsAreNamedSoNotAsTheWholeListWhoseFileTheChooserWouldOfferToReplace() {
        ExportNote serbia = new ExportNote(SERBIA, DEC_6);
        Messages polish = Messages.of(UiLanguage.POLISH);
        assertEquals("Miejsca – Serbia, zaznaczone", serbia.fileName(polish, "Miejsca", true));
        assertEquals("Places – Serbia, selected", serbia.fileName(ENGLISH, "Places", true));
        assertEquals("Places – Serbia", serbia.fileName(ENGLISH, "Places", false), "the whole list as before");
        assertEquals("Places – selected", new ExportNote(Narrowing.NONE, DEC_6).fileName(ENGLISH, "Places", true),
                "selected rows of the unfiltered list");
    }

    @Test
    void anOverlongFilterIsCutToWhatExcelTakesInAPageFooter() {
        Narrowing long_ = new Narrowing() {
            @Override
            public List<String> parts(Messages m) {
                return List.of("search “" + "x".repeat(400) + "”");
            }

            @Override
            public List<String> names(Messages m) {
                return List.of();
            }
        };
        String footer = new ExportNote(long_, DEC_6).of(ENGLISH, "Places", false, 2).footer();
        assertEquals(ExportNote.MAX_LINE, footer.length());
        assertTrue(footer.endsWith("…"));
    }
}
