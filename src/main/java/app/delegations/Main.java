package app.delegations;

import app.delegations.cli.FormatCommand;
import app.delegations.cli.ValidateCommand;
import app.delegations.ui.common.AppPreferences;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;

/**
 * The launcher's entry point. {@code validate}, {@code format}, {@code --help} and {@code --version} run without JavaFX (no
 * display needed: this class touches no JavaFX type on those paths); anything else opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
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
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty()) {
            switch (list.get(0)) {
                case "validate":
                    return ValidateCommand.run(list.subList(1, list.size()), out, err);
                case "format":
                    return FormatCommand.run(list.subList(1, list.size()), out, err);
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
            }
        }
        DesktopLauncher.launch(args);
        return -1;
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
                  delegations --help               show this help
                  delegations --version            show the version
                  delegations --reset-preferences  forget language, theme, window, recent files and columns

                validate exits with 0 when every file is valid, 1 when any file has errors,
                and 2 on a usage error or a file that cannot be read.
                format exits with 0 when done, 1 when --check finds a file not in canonical form,
                and 2 on a usage error or a file that does not load or cannot be written.
                """;
    }
}
