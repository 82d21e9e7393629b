package app.delegations;

import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.ExportFormat;
import app.delegations.ui.common.UiLanguage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line of {@code delegations export} ({@link ExportCommand}), read: a view's table, or a visit brief. */
final class ExportOptions {
    /** The format of a visit brief, {@code --format pdf}. */
    static final String PDF = "pdf";

    /** Every option: none of them is ever taken as the value of the one before. */
    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--view", "--format", "--brief", "--lang",
            "--search", "--country", "--separator", "-o", "--output");

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
            return o;
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
        if (o.all && o.format != ExportFormat.XLSX) {
            throw new IllegalArgumentException("--view all writes one workbook, a sheet per view: --format xlsx"
                    + " (a CSV file holds one table)");
        }
        return o;
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
