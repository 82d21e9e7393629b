package app.delegations.cli;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.model.Dataset;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code delegations validate FILE...}: loads each file as the app would, prints each problem as
 * {@code FILE:LINE:COLUMN: path: message} on stderr and one summary line on stdout. Exit status: 0 when every
 * file is valid (warnings allowed), 1 when any has errors, 2 on a usage error or when a file cannot be read
 * (missing, a folder, not readable). Touches no JavaFX. Files are validated one at a time and let go once
 * reported; control characters from a file never reach the terminal as they are ({@link TerminalText}).
 */
public final class ValidateCommand {
    public static final String USAGE = """
            Usage: delegations validate FILE...
            Checks data files as the app loads them. Each problem is printed as FILE:LINE:COLUMN: message.
            Exit status: 0 all files valid, 1 some file has errors, 2 usage error or a file cannot be read.
            """;

    private ValidateCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        var loader = new DatasetLoader();
        return run(args, out, err, loader::load);
    }

    /**
     * {@link #run(List, PrintStream, PrintStream)} with {@code load} reading each file. One file at a time: its
     * problems are printed and it is counted, then nothing of it is kept, so any number of files validates in the
     * memory one file needs. Everything printed that comes from a file or the command line is
     * {@link TerminalText#escape escaped}.
     */
    static int run(List<String> args, PrintStream out, PrintStream err, Function<Path, LoadResult> load) {
        var files = new ArrayList<String>();
        boolean options = true;
        for (String a : args) {
            if (options && a.equals("--")) {
                options = false;
            } else if (options && (a.equals("--help") || a.equals("-h"))) {
                out.print(USAGE);
                return 0;
            } else if (options && a.startsWith("-") && a.length() > 1) {
                err.println(TerminalText.escape("delegations validate: unknown option " + a));
                err.print(USAGE);
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("delegations validate: no file given");
            err.print(USAGE);
            return 2;
        }
        var tally = new Tally();
        for (String f : files) {
            tally.add(report(load(load, f), err));
        }
        out.println(TerminalText.escape(tally.summary()));
        out.flush();
        return tally.exitStatus();
    }

    /** Prints the problems of one file; returns it for counting. */
    private static LoadResult report(LoadResult r, PrintStream err) {
        for (Problem p : r.problems()) {
            err.println(TerminalText.escape(p.format()));
        }
        err.flush();
        return r;
    }

    private static LoadResult load(Function<Path, LoadResult> loader, String file) {
        try {
            return loader.apply(Path.of(file));
        } catch (InvalidPathException e) {
            return new LoadResult(file, null, List.of(new Problem(Problem.Severity.ERROR, file, 0, 0, "",
                    "this is not a valid file name")), LoadResult.Status.UNREADABLE, 0);
        }
    }

    /**
     * What the files validated so far came to, in counts only (no file's data is kept): the summary line and
     * the exit status. One line: "x.json: valid (15 places, 8 countries, 6 events)", "2 of 3 files have errors
     * (17 problems)"…
     */
    static final class Tally {
        private int files;
        private String firstLine;
        private long unreadable;
        private long invalid;
        private int problems; // of the files that are not valid
        private int warnings; // of the valid files

        void add(LoadResult r) {
            if (files++ == 0) {
                firstLine = r.file() + ": " + (r.ok() ? "valid" + warnings(r) + " (" + contents(r.datasetOrNull()) + ")"
                        : r.unreadable() ? "cannot be read" : "invalid (" + count(r.problemCount(), "problem") + ")");
            }
            if (r.unreadable()) {
                unreadable++;
            } else if (!r.ok()) {
                invalid++;
            }
            if (r.ok()) {
                warnings += r.problemCount();
            } else {
                problems += r.problemCount();
            }
        }

        String summary() {
            if (files == 1) {
                return firstLine;
            }
            int n = files;
            if (unreadable == 0 && invalid == 0) {
                return "all " + n + " files are valid" + (warnings > 0 ? " (" + count(warnings, "warning") + ")" : "");
            }
            var parts = new ArrayList<String>();
            if (unreadable > 0) {
                parts.add(unreadable + " of " + n + " files cannot be read");
            }
            if (invalid > 0) {
                parts.add((parts.isEmpty() ? invalid + " of " + n + " files " : invalid + " ")
                        + (invalid == 1 ? "has" : "have") + " errors");
            }
            return String.join("; ", parts) + " (" + count(problems, "problem") + ")";
        }

        /** 2 when a file cannot be read, else 1 when a file has errors, else 0. */
        int exitStatus() {
            return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
        }
    }

    private static String warnings(LoadResult r) {
        int w = r.problemCount();
        return w == 0 ? "" : ", " + count(w, "warning");
    }

    private static String contents(Dataset d) {
        return count(d.places().size(), "place") + ", " + count(d.countries().size(), "country", "countries") + ", "
                + count(d.events().size(), "event");
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
