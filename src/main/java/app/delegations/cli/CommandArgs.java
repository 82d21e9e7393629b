package app.delegations.cli;

import app.delegations.text.Bundle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@code validate} and {@code format}: {@code --lang pl|en} (or {@code --lang=}), the
 * command's own flags, {@code --help}, {@code --} (what follows is a path even when it starts with a dash) and at
 * least one path. A usage error is printed as one escaped line naming the command, then the usage; exit code 2.
 */
final class CommandArgs {
    private final List<String> paths = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private Bundle texts = Bundle.of(Locale.getDefault());
    private int exit = -1;

    private CommandArgs() {
    }

    /** Reads {@code args}; {@link #done} when the help was printed or the arguments are wrong. */
    static CommandArgs parse(String command, String usage, Set<String> known, List<String> args, PrintStream out,
                             PrintStream err) {
        var a = new CommandArgs();
        boolean options = true;
        for (int i = 0; i < args.size() && a.exit < 0; i++) {
            String arg = args.get(i);
            if (options && (arg.equals("--lang") || arg.startsWith("--lang="))) {
                String code = arg.equals("--lang") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(7);
                if (code.equals("pl") || code.equals("en")) {
                    a.texts = Bundle.of(code);
                } else {
                    a.exit = usage(err, command, usage, "--lang takes pl or en");
                }
            } else if (options && known.contains(arg)) {
                a.flags.add(arg);
            } else if (options && arg.equals("--")) {
                options = false;
            } else if (options && (arg.equals("--help") || arg.equals("-h"))) {
                out.print(usage);
                a.exit = 0;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                a.exit = usage(err, command, usage, "unknown option " + arg);
            } else {
                a.paths.add(arg);
            }
        }
        if (a.exit < 0 && a.paths.isEmpty()) {
            a.exit = usage(err, command, usage, "no file given");
        }
        return a;
    }

    private static int usage(PrintStream err, String command, String usage, String what) {
        err.println(TerminalText.escape("delegations " + command + ": " + what));
        err.print(usage);
        return 2;
    }

    /** True when the command has nothing more to do: {@link #exit} is its exit code. */
    boolean done() {
        return exit >= 0;
    }

    int exit() {
        return exit;
    }

    List<String> paths() {
        return paths;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The messages in the language of {@code --lang}, else of the system's locale. */
    Bundle texts() {
        return texts;
    }
}
