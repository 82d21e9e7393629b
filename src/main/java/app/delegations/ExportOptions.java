package app.delegations;

import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.UiLanguage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The command line of {@code delegations export} ({@link ExportCommand}), read: a view's table, or a visit brief. */
final class ExportOptions {
    /** {@code delegations export --help}, also printed after a usage error. */
    static final String USAGE = """
            Usage: delegations export FILE|FOLDER --view VIEW --format csv|xlsx [--lang pl|en]
                                      [--search TEXT] [--country CODE]... [--from DAY] [--to DAY] [--year YEAR]...
                                      [--separator ';'|','|tab] -o OUT
                   delegations export FILE|FOLDER --format pdf --brief ID [--lang pl|en] -o OUT
            Writes a view's table as File > Export does: the rows the search and the filter leave, in the view's
            default order and columns, headers in the language of --lang (else the system's). With --brief,
            writes the visit brief of one event, place or country as File > Export brief as PDF does.
              VIEW          places, countries, events, people or organisations; all: each of them as a
                            sheet of one XLSX workbook (--format xlsx only)
              --format      xlsx (numbers and dates typed, header frozen, autofilter) or csv (UTF-8 with a BOM);
                            without it, the extension of OUT, which must not be another format's (.csv, .xlsx, .pdf)
              --separator   the CSV separator: ; in Polish, , in English unless given
              --country     an ISO code (PL, RS...); several are alternatives, as ticked in the Country filter
              --from, --to  the filter's date range, ends included: an event overlapping it, a place that met within
                            it; a DAY is YYYY-MM-DD, or a month YYYY-MM (--from 2026-11 --to 2026-11: November)
              --year        a year (2019), as ticked under Year; several are alternatives
              --brief       the id of an event or a place (congress-2016, kosice) or a country's code (RS)
            Exit status: 0 written, 1 the data has errors, 2 usage error, unreadable input or output, unknown
            country or record, 3 no row is left to write (nothing written, OUT not made).
            """;

    /** The format of a visit brief, {@code --format pdf}. */
    static final String PDF = "pdf";

    /** Every option: none of them is ever taken as the value of the one before. */
    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--view", "--format", "--brief", "--lang",
            "--search", "--country", "--from", "--to", "--year", "--separator", "-o", "--output");
    /** The file-name extensions of the formats: an {@code -o} ending in one of them must be of that format. */
    private static final List<String> EXTENSIONS = List.of("csv", "xlsx", PDF);

    /** The views a table can be exported from, by their command-line name. */
    enum View {
        PLACES, COUNTRIES, EVENTS, PEOPLE, ORGANISATIONS;

        static View of(String name) {
            for (View v : values()) {
                if (v.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return v;
                }
            }
            return null;
        }
    }

    String input;
    String output;
    View view;
    /** {@code --view all}: every view's table, a sheet each, in one XLSX workbook. */
    boolean all;
    ExportFormat format;
    /** The id of the event, place or country whose visit brief is written as PDF ({@code --format pdf}), or null. */
    String brief;
    UiLanguage language = UiLanguage.of(Locale.getDefault());
    String search = "";
    final Set<String> countries = new LinkedHashSet<>();
    /**
     * The date range, as the filter's From and To: an open end is null. An event is left when it overlaps the
     * range, a place when it met within it ({@code FilterModel}'s date part, the same as the window's).
     */
    LocalDate from;
    LocalDate to;
    /** The years ticked, as under the filter's Year: an event is left when it covers a day of one of them. */
    final Set<Integer> years = new TreeSet<>();
    Character separator;

    char separator() {
        return separator != null ? separator : ExportChoice.separatorFor(language);
    }

    /** The options, or null for --help; throws IllegalArgumentException (its message says why) on a usage error. */
    static ExportOptions parse(List<String> args) {
        var o = new ExportOptions();
        boolean pdf = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--view" -> {
                    String v = value(args, ++i, a);
                    o.all = v.equals("all");
                    o.view = o.all ? View.PLACES : View.of(v);
                    if (o.view == null) {
                        throw new IllegalArgumentException("--view takes places, countries, events, people,"
                                + " organisations or all, not " + v);
                    }
                }
                case "--format" -> {
                    String f = value(args, ++i, a);
                    pdf = f.equals(PDF);
                    o.format = pdf ? null : ExportFormat.of(f).orElseThrow(() ->
                            new IllegalArgumentException("--format takes csv, xlsx or pdf, not " + f));
                }
                case "--brief" -> o.brief = value(args, ++i, a);
                case "--lang" -> {
                    String l = value(args, ++i, a);
                    if (!l.equals("pl") && !l.equals("en")) {
                        throw new IllegalArgumentException("--lang takes pl or en");
                    }
                    o.language = UiLanguage.of(l);
                }
                case "--search" -> o.search = value(args, ++i, a);
                case "--country" -> o.countries.add(value(args, ++i, a).toUpperCase(Locale.ROOT));
                case "--from" -> o.from = day(value(args, ++i, a), a, false);
                case "--to" -> o.to = day(value(args, ++i, a), a, true);
                case "--year" -> o.years.add(year(value(args, ++i, a)));
                case "--separator" -> o.separator = separator(value(args, ++i, a));
                case "-o", "--output" -> o.output = value(args, ++i, a);
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (o.input != null) {
                        throw new IllegalArgumentException("one FILE or FOLDER only, not also " + a);
                    }
                    o.input = a;
                }
            }
        }
        if (o.input == null) {
            throw new IllegalArgumentException("no FILE or FOLDER given");
        }
        if (o.output == null) {
            throw new IllegalArgumentException("no -o OUT given");
        }
        pdf = pdf || o.format == null && o.output.toLowerCase(Locale.ROOT).endsWith("." + PDF);
        if (pdf || o.brief != null) {
            if (!pdf || o.format != null) {
                throw new IllegalArgumentException("--brief writes a PDF: --format pdf, not " + o.format);
            }
            if (o.brief == null) {
                throw new IllegalArgumentException("--format pdf writes a visit brief: give --brief ID");
            }
            if (o.view != null) {
                throw new IllegalArgumentException("--view exports a table; a brief is of one record (--brief)");
            }
            if (o.from != null || o.to != null || !o.years.isEmpty()) {
                throw new IllegalArgumentException("--from, --to and --year narrow a table (--view); a brief is of"
                        + " one record, whatever its dates");
            }
            return o.ofItsFormat(PDF);
        }
        if (o.view == null) {
            throw new IllegalArgumentException("no --view given");
        }
        if (o.format == null) {
            String name = o.output.toLowerCase(Locale.ROOT);
            o.format = ExportFormat.of(name.substring(name.lastIndexOf('.') + 1)).orElseThrow(() ->
                    new IllegalArgumentException("no --format given, and " + o.output + " ends in neither .csv"
                            + " nor .xlsx"));
        }
        if (o.from != null && o.to != null && o.from.isAfter(o.to)) {
            throw new IllegalArgumentException("--from " + o.from + " is after --to " + o.to + ": no day is in"
                    + " that range");
        }
        o.ofItsFormat(o.format.kind().extension());
        if (o.all && o.format != ExportFormat.XLSX) {
            throw new IllegalArgumentException("--view all writes one workbook, a sheet per view: --format xlsx"
                    + " (a CSV file holds one table)");
        }
        return o;
    }

    /**
     * These options, when {@code -o} ends in the extension of another format than {@code format}: a file named
     * {@code .xlsx} holding CSV text is refused by Excel, a {@code .csv} holding a workbook shows as garbage. An
     * {@code -o} ending in no format's extension ({@code .txt}, {@code .tsv}) is written as named.
     */
    private ExportOptions ofItsFormat(String format) {
        String name = output.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (name.contains(".") && EXTENSIONS.contains(extension) && !extension.equals(format)) {
            throw new IllegalArgumentException("-o " + output + " ends in ." + extension + " but --format is "
                    + format + ": name it ." + format + ", or give --format " + extension);
        }
        return this;
    }

    /**
     * The day {@code s} names, as YYYY-MM-DD; a month, YYYY-MM, is its first day, or its last when {@code end}
     * ({@code --to}), so that {@code --from 2026-11 --to 2026-11} is November.
     */
    private static LocalDate day(String s, String option, boolean end) {
        try {
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(s);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " " + s + ": there is no such day");
        }
        throw new IllegalArgumentException(option + " takes a day as YYYY-MM-DD (2019-05-01) or a month as YYYY-MM"
                + " (2019-05), not " + s);
    }

    private static int year(String s) {
        if (!s.matches("\\d{4}")) {
            throw new IllegalArgumentException("--year takes a year such as 2019, not " + s);
        }
        return Integer.parseInt(s);
    }

    /** The value after {@code option}; one of the options instead means the value was forgotten. */
    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || OPTIONS.contains(args.get(i))) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static char separator(String s) {
        return switch (s) {
            case ";", "semicolon" -> ';';
            case ",", "comma" -> ',';
            case "tab", "\t" -> '\t';
            default -> throw new IllegalArgumentException("--separator takes ; , or tab, not " + s);
        };
    }
}
