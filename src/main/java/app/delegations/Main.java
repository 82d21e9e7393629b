package app.delegations;

import app.delegations.cli.FormatCommand;
import app.delegations.cli.ValidateCommand;
import app.delegations.ui.common.AppPreferences;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;

/**
 * The launcher's entry point. {@code validate}, {@code format}, {@code export}, {@code --help} and {@code --version}
 * run without a display ({@code export} uses only javafx.base's properties and lists; no path here touches the
 * JavaFX toolkit); anything else opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Java2D only (the map's outlines, OpenPDF's colours), never an AWT window: no AWT toolkit beside JavaFX's
        System.setProperty("java.awt.headless", "true");
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /**
     * Runs a command-line command and returns its exit code, or -1 when the window was opened (the JavaFX
     * runtime then decides when the process ends).
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, a -> DesktopLauncher.launch(a)); // a lambda: commands never load DesktopLauncher
    }

    /**
     * {@link #run(String[], PrintStream, PrintStream)} with the window opened by {@code window}; a window that
     * cannot open (no display: GTK's glass throws {@link UnsupportedOperationException}) is told in one line,
     * exit code 2, never as a stack trace.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<String[]> window) {
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty()) {
            switch (list.get(0)) {
                case "validate":
                    return ValidateCommand.run(list.subList(1, list.size()), out, err);
                case "format":
                    return FormatCommand.run(list.subList(1, list.size()), out, err);
                case "export":
                    return ExportCommand.run(list.subList(1, list.size()), out, err);
                case "--help":
                case "-h":
                case "help":
                    out.print(usage());
                    return 0;
                case "--version":
                    out.println("delegations " + Version.current());
                    return 0;
                case "--reset-preferences":
                    return resetPreferences(AppPreferences.userNode(AppPreferences.DEFAULT_NODE), out, err);
                default:
                    if (list.get(0).startsWith("-") && !DesktopLauncher.OPTIONS.contains(list.get(0))) {
                        err.println("delegations: unknown option " + list.get(0));
                        err.print(usage());
                        return 2;
                    }
                    String wrong = notForTheWindow(list);
                    if (wrong != null) {
                        err.println(wrong);
                        err.print(usage());
                        return 2;
                    }
            }
        }
        try {
            window.accept(args);
        } catch (UnsupportedOperationException e) {
            err.println("delegations: cannot open the window (" + e.getMessage()
                    + "); validate, format and export need no display: delegations --help");
            return 2;
        }
        return -1;
    }

    /**
     * Why {@code args} cannot be the window's (it opens one FILE or FOLDER, with its own options only), or null when
     * they can: a mistyped command ("exprot") is named with the command meant, so that a script's typo is not taken
     * for a file the window then reports missing while the rest of the line is ignored.
     */
    static String notForTheWindow(List<String> args) {
        List<String> paths = args.stream().filter(a -> !DesktopLauncher.OPTIONS.contains(a)).toList();
        String first = paths.isEmpty() ? null : paths.get(0);
        if (first == null || exists(first) && paths.size() == 1) {
            return null;
        }
        for (String command : COMMANDS) {
            if (!exists(first) && closeTo(first, command)) {
                return "delegations: unknown command " + first + " (did you mean " + command + "?)";
            }
        }
        if (paths.size() > 1) {
            return "delegations: the window opens one FILE or FOLDER; not understood: "
                    + String.join(" ", paths.subList(1, paths.size()));
        }
        return null; // one path that does not exist: the window says so, where the officer looks
    }

    private static final List<String> COMMANDS = List.of("validate", "format", "export");

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    /** Whether {@code typed} is {@code command} with at most two letters wrong, missing, added or swapped. */
    static boolean closeTo(String typed, String command) {
        String a = typed.toLowerCase(Locale.ROOT);
        if (Math.abs(a.length() - command.length()) > 2 || a.length() > 20) {
            return false;
        }
        int[][] d = new int[a.length() + 1][command.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= command.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= command.length(); j++) {
                int cost = a.charAt(i - 1) == command.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == command.charAt(j - 2)
                        && a.charAt(i - 2) == command.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][command.length()] <= 2;
    }

    /** Removes the stored preferences; 0 when done, 1 when the store refused. */
    static int resetPreferences(AppPreferences prefs, PrintStream out, PrintStream err) {
        String where = prefs.node().absolutePath();
        try {
            prefs.reset();
            out.println("delegations: preferences reset (node " + where + ")");
            return 0;
        } catch (BackingStoreException | IllegalStateException e) {
            err.println("delegations: could not reset the preferences (node " + where + "): " + e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return """
                Usage:
                  delegations [FILE | FOLDER]      open the window, showing FILE, the archive FOLDER (every data file
                                                   in it) or the bundled 2016 congress data
                  delegations validate [--lang pl|en] FILE...
                                                   check data files; print each problem as FILE:LINE:COLUMN: message
                  delegations format [--check] [--lang pl|en] FILE|FOLDER...
                                                   rewrite data files in canonical form, the form the app saves;
                                                   --check changes nothing and lists the files not in that form
                  delegations export FILE|FOLDER --view VIEW|all --format csv|xlsx -o OUT [--lang pl|en]
                                   [--search TEXT] [--country CODE]... [--from DAY] [--to DAY] [--year YEAR]...
                                   [--separator ';'|','|tab]
                                                   write a view's table (places, countries, events, people,
                                                   organisations; all: a sheet each in one workbook) as
                                                   File > Export does, narrowed as the window's filter narrows
                                                   (--from 2026-11-01 --to 2026-11-30, or --from 2026-11
                                                   --to 2026-11: the events of November); see export --help
                  delegations export FILE|FOLDER --format pdf --brief ID -o OUT [--lang pl|en]
                                                   write the visit brief of one event, place or country (its id)
                  delegations --help               show this help
                  delegations --version            show the version
                  delegations --reset-preferences  forget language, theme, window, recent files and columns

                validate exits with 0 when every file is valid, 1 when any file has errors,
                and 2 on a usage error or a file that cannot be read.
                format exits with 0 when done, 1 when --check finds a file not in canonical form,
                and 2 on a usage error or a file that does not load or cannot be written.
                export exits with 0 when written, 1 when the data has errors, 2 on a usage error, an unknown
                country or record or a file that cannot be read or written, and 3 when no row is left to write
                (nothing is written then).
                """;
    }
}
