package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an exported file holds, read back with the library that wrote it: XLSX with typed cells (numbers, dates),
 * a header in the UI's language, text that looks like a formula as a string cell; CSV in UTF-8 with a byte-order
 * mark and the separator chosen, formula-like text prefixed so that Excel does not run it, numbers untouched.
 */
class ExportWritersTest {
    @TempDir
    Path dir;

    /** A row of a test table: a name, a longitude, a count and a span of days. */
    record Visit(String name, String longitude, int count, LocalDate first, LocalDate last) {
    }

    /** Test columns of each type. */
    enum Col implements DataColumn<Visit> {
        NAME("places.column.name", Visit::name, Type.TEXT),
        LONGITUDE("places.column.native", Visit::longitude, Type.NUMBER),
        LONGITUDE_TEXT("places.column.kind", Visit::longitude, Type.TEXT),
        COUNT("countries.column.count", v -> Integer.toString(v.count()), Type.NUMBER),
        DATES("events.column.dates", v -> v.first() + "–" + v.last(), Type.DAYS);

        private final String key;
        private final Function<Visit, String> text;
        private final Type type;

        Col(String key, Function<Visit, String> text, Type type) {
            this.key = key;
            this.text = text;
            this.type = type;
        }

        @Override
        public ColumnSpec spec() {
            return new ColumnSpec(name(), key, 100, Look.TEXT);
        }

        @Override
        public String text(Visit row) {
            return text.apply(row);
        }

        @Override
        public Type type() {
            return type;
        }

        @Override
        public Object value(Visit row) {
            return this == DATES ? new Days(row.first(), row.last()) : DataColumn.super.value(row);
        }
    }

    private static final LocalDate NOV29 = LocalDate.of(2016, 11, 29);
    private static final LocalDate NOV30 = LocalDate.of(2016, 11, 30);
    private static final List<Visit> ROWS = List.of(
            new Visit("Košice; \"Koszyce\"", "21.26", 3, NOV29, NOV30),
            new Visit("=HYPERLINK(\"http://x\")", "-17.19", -2, NOV30, NOV30),
            new Visit("+48 12 000", "", 0, NOV29, NOV29),
            new Visit("-1+2", "n/a", 7, NOV29, NOV30),
            new Visit("@SUM(A1)", "0", 1, NOV29, NOV30),
            new Visit("Gdańsk\nline two", "-0.5", 12, NOV29, NOV30));

    private static ExportTable<Visit> table(UiLanguage language) {
        return ExportTable.of("Places", List.of(Col.values()), ROWS, Messages.of(language));
    }

    @Test
    void csvStartsWithAByteOrderMarkAndUsesTheSeparatorChosenGuardingFormulasButNotNumbers() throws IOException {
        for (char separator : new char[] {';', ',', '\t'}) {
            Path file = dir.resolve("visits" + (int) separator + ".csv");
            ExportFile.write(table(UiLanguage.ENGLISH), new ExportChoice(ExportFormat.CSV, separator, false), file,
                    ExportProgress.NONE);
            List<List<String>> read = ExportReadBack.csv(file, separator);
            assertEquals(List.of("Name", "Native name", "Kind", "Places", "Dates"), read.get(0));
            assertEquals(List.of("Košice; \"Koszyce\"", "21.26", "21.26", "3", "2016-11-29–2016-11-30"), read.get(1));
            assertEquals(List.of("'=HYPERLINK(\"http://x\")", "-17.19", "-17.19", "-2", "2016-11-30–2016-11-30"),
                    read.get(2), "a formula is prefixed; a negative longitude stays a number, in a text column too");
            assertEquals("'+48 12 000", read.get(3).get(0));
            assertEquals("", read.get(3).get(1), "an empty number is an empty field");
            assertEquals("'-1+2", read.get(4).get(0));
            assertEquals("n/a", read.get(4).get(1), "a number column's text that is no number is kept");
            assertEquals("'@SUM(A1)", read.get(5).get(0));
            assertEquals("Gdańsk\nline two", read.get(6).get(0), "a line break survives inside quotes");
            assertEquals(ROWS.size() + 1, read.size());
        }
    }

    @Test
    void aTextLongerThanExcelTakesInACellIsCutThereInXlsxAndKeptWholeInCsv() throws IOException {
        String huge = "Kraków, ".repeat(5_000); // 40,000 characters: a country of thousands of places
        var rows = List.of(new Visit(huge, "1", 1, NOV29, NOV29));
        var table = ExportTable.of("Places", List.of(Col.NAME), rows, Messages.of(UiLanguage.ENGLISH));
        Path xlsx = dir.resolve("huge.xlsx");
        ExportFile.write(table, new ExportChoice(ExportFormat.XLSX, ',', false), xlsx, ExportProgress.NONE);
        String cell = ExportReadBack.texts(ExportReadBack.xlsx(xlsx)).get(1).get(0);
        assertEquals(ExportXlsx.MAX_CELL, cell.length(), "Excel opens it: no cell over 32,767 characters");
        assertTrue(cell.endsWith("…") && huge.startsWith(cell.substring(0, cell.length() - 1)));
        Path csv = dir.resolve("huge.csv");
        ExportFile.write(table, new ExportChoice(ExportFormat.CSV, ',', false), csv, ExportProgress.NONE);
        assertEquals(huge, ExportReadBack.csv(csv, ',').get(1).get(0), "CSV has no such limit");
    }

    @Test
    void theProposedSeparatorIsASemicolonInPolishAndACommaInEnglish() {
        assertEquals(';', ExportChoice.proposed(UiLanguage.POLISH).separator());
        assertEquals(',', ExportChoice.proposed(UiLanguage.ENGLISH).separator());
        assertEquals(ExportFormat.XLSX, ExportChoice.proposed(UiLanguage.POLISH).format());
    }

    @Test
    void xlsxHasNumbersAsNumbersDaysAsTwoDateColumnsAndFormulaLikeTextAsStrings() throws IOException {
        Path file = dir.resolve("visits.xlsx");
        ExportFile.write(table(UiLanguage.POLISH), new ExportChoice(ExportFormat.XLSX, ';', false), file,
                ExportProgress.NONE);
        ExportReadBack.Workbook book = ExportReadBack.xlsx(file);
        assertEquals("Places", book.sheet());
        List<String> header = book.rows().get(0).stream().map(c -> c.getText()).toList();
        assertEquals(List.of("Nazwa", "Nazwa oryginalna", "Rodzaj", "Miejsca", "Daty: od", "Daty: do"), header);
        for (int i = 0; i < ROWS.size(); i++) {
            Visit v = ROWS.get(i);
            int r = i + 1;
            assertEquals(CellType.STRING, book.cell(r, 0).getType(), "text is a string cell, never a formula");
            assertEquals(v.name(), book.cell(r, 0).asString());
            assertNull(book.cell(r, 0).getFormula());
            assertEquals(CellType.NUMBER, book.cell(r, 3).getType());
            assertEquals(new BigDecimal(v.count()), book.cell(r, 3).asNumber());
            assertEquals(v.first(), book.cell(r, 4).asDate().toLocalDate());
            assertEquals(v.last(), book.cell(r, 5).asDate().toLocalDate());
            assertEquals(ExportXlsx.DATE_FORMAT, book.cell(r, 4).getDataFormatString());
        }
        assertEquals(CellType.NUMBER, book.cell(2, 1).getType(), "a negative longitude is a number cell");
        assertEquals(new BigDecimal("-17.19"), book.cell(2, 1).asNumber());
        assertEquals(CellType.STRING, book.cell(2, 2).getType(), "in a text column it stays text");
        assertEquals("-17.19", book.cell(2, 2).asString());
        assertEquals(CellType.STRING, book.cell(4, 1).getType(), "a number column's text that is no number is text");
        assertEquals("n/a", book.cell(4, 1).asString());
    }

    @Test
    void everyDateCellOfALargeTableIsADateAcrossTheBlocksWrittenInTurn() throws IOException {
        var many = new ArrayList<Visit>();
        for (int i = 0; i < 3000; i++) {
            many.add(new Visit("v" + i, "1", i, NOV29.plusDays(i), NOV30.plusDays(i)));
        }
        Path file = dir.resolve("many.xlsx");
        ExportFile.write(ExportTable.of("Many", List.of(Col.values()), many, Messages.of(UiLanguage.ENGLISH)),
                new ExportChoice(ExportFormat.XLSX, ',', false), file, ExportProgress.NONE);
        ExportReadBack.Workbook book = ExportReadBack.xlsx(file);
        assertEquals(3001, book.rows().size());
        for (int r = 1; r <= 3000; r++) {
            assertEquals(ExportXlsx.DATE_FORMAT, book.cell(r, 4).getDataFormatString(), "row " + r);
            assertEquals(ExportXlsx.DATE_FORMAT, book.cell(r, 5).getDataFormatString(), "row " + r);
            assertEquals(NOV30.plusDays(r - 1), book.cell(r, 5).asDate().toLocalDate());
            assertEquals(new BigDecimal(r - 1), book.cell(r, 3).asNumber());
        }
    }

    @Test
    void xlsxFreezesTheHeaderRowFiltersEveryRowAndPrintsOnA4() throws IOException {
        Path file = dir.resolve("visits.xlsx");
        ExportFile.write(table(UiLanguage.ENGLISH), new ExportChoice(ExportFormat.XLSX, ',', false), file,
                ExportProgress.NONE);
        String sheet = ExportReadBack.sheetXml(file);
        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), "the header row is frozen");
        assertTrue(sheet.contains("<autoFilter ref=\"A1:F7\""), "an autofilter over the header and every row");
        assertTrue(sheet.contains("customWidth=\"true\""), "columns sized");
        assertTrue(sheet.contains("paperSize=\"9\""), "printed on A4 (9), not US Letter (1): " + sheet);
    }

    /**
     * A Places workbook with Polish headers ("Ostatnie spotkanie: od") prints on A4 with every column on the page's
     * width: the date columns are as wide as their dates and the header's longest word, the long headers wrap on
     * two lines; a narrow table prints upright, a wide one sideways.
     */
    @Test
    void xlsxPrintsEveryColumnOnTheA4PagesWidthWrappingLongHeaders() throws IOException {
        var polish = Messages.of(UiLanguage.POLISH);
        var headers = new ArrayList<ExportTable.Header>();
        for (Col c : Col.values()) {
            String h = c == Col.DATES ? "Ostatnie spotkanie" : polish.get(c.key());
            headers.add(new ExportTable.Header(h, polish.format("export.days.first", h),
                    polish.format("export.days.last", h)));
        }
        var narrow = new ExportTable<>("Miejsca", List.of(Col.values()), headers, ROWS, ExportTable.Note.NONE);
        Path file = dir.resolve("miejsca.xlsx");
        ExportFile.write(narrow, new ExportChoice(ExportFormat.XLSX, ';', false), file, ExportProgress.NONE);
        String sheet = ExportReadBack.sheetXml(file);
        assertTrue(sheet.contains("fitToPage=\"true\"") || sheet.contains("fitToPage=\"1\""), sheet);
        assertTrue(sheet.contains("fitToWidth=\"1\"") && sheet.contains("fitToHeight=\"0\""),
                "one page wide, as many down as needed: " + sheet);
        assertFalse(sheet.contains("landscape"), "a narrow table prints upright: " + sheet);
        double dates = columnWidth(sheet, 6);
        assertTrue(dates < "Ostatnie spotkanie: od".length(), "the date column is not as wide as its header: " + dates);
        assertTrue(dates >= "spotkanie:".length(), "nor narrower than its longest word: " + dates);
        assertTrue(sheet.matches("(?s).*<row r=\"1\"[^>]*ht=\"30(\\.0)?\".*"), "the header row holds two lines");

        var many = new ArrayList<Col>();
        for (int i = 0; i < 4; i++) {
            many.addAll(List.of(Col.values()));
        }
        var wide = ExportTable.of("Miejsca", many, ROWS, polish);
        Path wider = dir.resolve("szerokie.xlsx");
        ExportFile.write(wide, new ExportChoice(ExportFormat.XLSX, ';', false), wider, ExportProgress.NONE);
        assertTrue(ExportReadBack.sheetXml(wider).contains("orientation=\"landscape\""), "a wide table prints sideways");
    }

    /** The width of the sheet's column {@code n} (counted from 1) in its {@code <col>} element. */
    private static double columnWidth(String sheet, int n) {
        var m = java.util.regex.Pattern.compile("<col min=\"" + n + "\" max=\"" + n + "\" width=\"([0-9.]+)\"")
                .matcher(sheet);
        assertTrue(m.find(), "column " + n + " has a width: " + sheet);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnExistingFileAsItWas() throws IOException {
        Path file = dir.resolve("visits.csv");
        Files.writeString(file, "before");
        ExportProgress cancelled = (done, total) -> {
            if (done > 0 || total > 0) {
                throw new CancellationException();
            }
        };
        for (ExportFormat f : ExportFormat.values()) {
            assertThrows(CancellationException.class, () -> ExportFile.write(table(UiLanguage.ENGLISH),
                    new ExportChoice(f, ',', false), file, cancelled));
            assertEquals("before", Files.readString(file));
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no partial file is left");
        }
    }

    @Test
    void aFailedExportLeavesNoPartialFile() {
        Path file = dir.resolve("missing-folder").resolve("visits.xlsx");
        assertThrows(IOException.class, () -> ExportFile.write(table(UiLanguage.ENGLISH),
                new ExportChoice(ExportFormat.XLSX, ',', false), file, ExportProgress.NONE));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void formulaGuardPrefixesTriggersOnlyAndNeverANumber() {
        assertEquals("'=1+1", ExportCells.guarded("=1+1"));
        assertEquals("'+1 555", ExportCells.guarded("+1 555"));
        assertEquals("'@cmd", ExportCells.guarded("@cmd"));
        assertEquals("'-A1", ExportCells.guarded("-A1"));
        assertEquals("'\tx", ExportCells.guarded("\tx"));
        assertEquals("-17.19", ExportCells.guarded("-17.19"));
        assertEquals("-5", ExportCells.guarded("-5"));
        assertEquals("Kraków", ExportCells.guarded("Kraków"));
        assertEquals("", ExportCells.guarded(null));
    }

    @Test
    void severalTablesAreOneWorkbookWithASheetEachAndTheProgressCountsAllTheirRows() throws IOException {
        var many = new ArrayList<Visit>();
        for (int i = 0; i < 600; i++) {
            many.add(new Visit("v" + i, "1", i, NOV29, NOV30));
        }
        ExportTable<Visit> first = table(UiLanguage.POLISH);
        ExportTable<Visit> second = ExportTable.of("Wizyty: [wszystkie]", List.of(Col.NAME, Col.COUNT), many,
                Messages.of(UiLanguage.POLISH));
        var told = new ArrayList<Integer>();
        Path file = dir.resolve("all.xlsx");
        ExportFile.write(List.of(first, second), file, (done, total) -> {
            assertEquals(ROWS.size() + many.size(), total);
            told.add(done);
        });
        List<ExportReadBack.Workbook> sheets = ExportReadBack.sheets(file);
        assertEquals(List.of("Places", "Wizyty   wszystkie"), sheets.stream().map(ExportReadBack.Workbook::sheet)
                .toList(), "names Excel accepts");
        ExportReadBack.assertHolds(first, sheets.get(0));
        ExportReadBack.assertHolds(second, sheets.get(1));
        assertEquals(List.of(0, ROWS.size(), ROWS.size() + 256, ROWS.size() + 512, ROWS.size() + many.size()), told,
                "each sheet's rows counted on from the rows before");
    }

    @Test
    void aCancelledWorkbookOfSeveralTablesLeavesNoFile() {
        Path file = dir.resolve("all.xlsx");
        assertThrows(CancellationException.class, () -> ExportFile.write(List.of(table(UiLanguage.ENGLISH),
                table(UiLanguage.ENGLISH)), file, (done, total) -> {
                    if (done > 0) {
                        throw new CancellationException();
                    }
                }));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), List.of(dir.toFile().list()), "nor a partial one");
    }

    @Test
    void aNumberIsTheSameToTheExportAsToTheTablesPattern() {
        for (String text : List.of("0", "7", "-5", "-17.19", "2016", "12.0", "", "-", ".", "-.5", "5.", "1.2.3",
                "1e5", "+5", " 5", "5 ", "١٢", "12a", "--1", "0.25", "-0")) {
            assertEquals(DataColumn.NUMBER_TEXT.matcher(text).matches(), ExportCells.isNumber(text), text);
        }
    }

    @Test
    void aSheetNameIsOneExcelAccepts() {
        assertEquals("a b", ExportXlsx.sheetName("a/b"));
        assertEquals(31, ExportXlsx.sheetName("x".repeat(40)).length());
    }
}
