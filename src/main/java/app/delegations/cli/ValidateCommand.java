package app.delegations.cli;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.CountryReference;
import app.delegations.data.DatasetLoader;
import app.delegations.data.WorldCountries;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.model.Dataset;
import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code delegations validate FILE|FOLDER...}: loads each file as the app would, and each folder as an archive
 * (all its data files as one set of records, as File › Open archive does), prints each problem as
 * {@code FILE:LINE:COLUMN: where: message} on stderr, the record named as the window names it
 * ({@link Problem#where}: "miejsce 9 (Koszyce) › country") (a file of an archive as {@code FOLDER/FILE}) and one summary
 * line on stdout. Exit status: 0 when every file and archive is valid (warnings allowed), 1 when any has errors
 * (a folder with no data files too), 2 on a usage error or when a file or folder cannot be read (missing, not
 * readable). Touches no JavaFX. Arguments are validated one at a time and let go once reported; control
 * characters from a file never reach the terminal as they are ({@link TerminalText}).
 */
public final class ValidateCommand {
    public static final String USAGE = """
            Usage: delegations validate [--lang pl|en] FILE|FOLDER...
            Checks data files as the app loads them; a FOLDER is checked as an archive: all its *.json files
            as one set of records. Each problem is printed as FILE:LINE:COLUMN: RECORD › FIELD: message
            (in a folder FOLDER/FILE:LINE:COLUMN), the record named and counted from 1 as the window names
            it, in the language of --lang, or else of the system (Polish for a Polish locale, English
            otherwise).
            Exit status: 0 all valid, 1 some file or folder has errors, 2 usage error or one cannot be read.
            """;

    private ValidateCommand() {
    }

    /** Runs the command with problems in the language of the system's locale, unless {@code --lang} says. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, new DatasetLoader(new WorldCountries()));
    }

    /**
     * {@link #run(List, PrintStream, PrintStream)} reading with {@code loader}: the app's loader, with its
     * {@link CountryReference} for countries no file defines.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, DatasetLoader loader) {
        var archives = new ArchiveLoader(loader);
        Function<Path, LoadResult> load = p -> Files.isDirectory(p)
                ? archive(archives.open(p, LoadProgress.NONE), p) : loader.load(p);
        return run(args, out, err, load);
    }

    /**
     * The result of an archive named as the command line gave its folder, each problem of one of its files named
     * {@code FOLDER/FILE} (a path the terminal or an editor can open), the folder's own problems by the folder.
     */
    public static LoadResult archive(Archive archive, Path folder) {
        String name = folder.toString();
        String own = archive.result().file();
        var problems = archive.result().problems().stream().map(p -> new Problem(p.severity(),
                p.file().equals(own) ? name : folder.resolve(p.file()).toString(), p.line(), p.column(), p.path(),
                p.text(), p.record())).toList();
        LoadResult r = archive.result();
        return new LoadResult(name, r.datasetOrNull(), problems, r.status(), r.notShown());
    }

    /**
     * {@link #run(List, PrintStream, PrintStream)} with {@code load} reading each file. One file at a time: its
     * problems are printed and it is counted, then nothing of it is kept, so any number of files validates in the
     * memory one file needs. Everything printed that comes from a file or the command line is
     * {@link TerminalText#escape escaped}.
     */
    static int run(List<String> args, PrintStream out, PrintStream err, Function<Path, LoadResult> load) {
        CommandArgs a = CommandArgs.parse("validate", USAGE, Set.of(), args, out, err);
        if (a.done()) {
            return a.exit();
        }
        Bundle texts = a.texts();
        var tally = new Tally(texts);
        for (String f : a.paths()) {
            tally.add(report(load(load, f), err, texts));
        }
        out.println(TerminalText.escape(tally.summary()));
        out.flush();
        return tally.exitStatus();
    }

    /** Prints the problems of one file; returns it for counting. */
    private static LoadResult report(LoadResult r, PrintStream err, Bundle texts) {
        for (Problem p : r.problems()) {
            err.println(TerminalText.escape(p.format(texts)));
        }
        err.flush();
        return r;
    }

    private static LoadResult load(Function<Path, LoadResult> loader, String file) {
        try {
            return loader.apply(Path.of(file));
        } catch (InvalidPathException e) {
            return new LoadResult(file, null, List.of(new Problem(Problem.Severity.ERROR, file, 0, 0, "",
                    Msg.of("file.badName"))), LoadResult.Status.UNREADABLE, 0);
        }
    }

    /**
     * What the files validated so far came to, in counts only (no file's data is kept): the summary line and
     * the exit status. One line: "x.json: valid (15 places, 8 countries, 6 events)", "2 of 3 files have errors
     * (17 problems)"…, in the language of the bundle it is asked with.
     */
    static final class Tally {
        private final Bundle t;
        private int files;
        private String firstLine;
        private long unreadable;
        private long invalid;
        private int problems; // of the files that are not valid
        private int warnings; // of the valid files

        Tally(Bundle t) {
            this.t = t;
        }

        void add(LoadResult r) {
            if (files++ == 0) {
                firstLine = line(r);
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

        private String line(LoadResult r) {
            if (r.ok()) {
                int w = r.problemCount();
                return w == 0 ? t.format("cli.valid", r.file(), contents(r.datasetOrNull(), t))
                        : t.format("cli.valid.warnings", r.file(), t.count("cli.count.warnings", w),
                                contents(r.datasetOrNull(), t));
            }
            return r.unreadable() ? t.format("cli.unreadable", r.file())
                    : t.format("cli.invalid", r.file(), t.count("cli.count.problems", r.problemCount()));
        }

        String summary() {
            if (files == 1) {
                return firstLine;
            }
            int n = files;
            if (unreadable == 0 && invalid == 0) {
                return warnings == 0 ? t.format("cli.allValid", n)
                        : t.format("cli.allValid.warnings", n, t.count("cli.count.warnings", warnings));
            }
            var parts = new ArrayList<String>();
            if (unreadable > 0) {
                parts.add(t.format("cli.unreadableOf", unreadable, n));
            }
            if (invalid > 0) {
                parts.add(parts.isEmpty() ? t.count("cli.invalidOf", invalid, invalid, n)
                        : t.count("cli.invalidToo", invalid, invalid));
            }
            return t.format("cli.summary", String.join("; ", parts), t.count("cli.count.problems", problems));
        }

        /** 2 when a file cannot be read, else 1 when a file has errors, else 0. */
        int exitStatus() {
            return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
        }
    }

    private static String contents(Dataset d, Bundle t) {
        return t.format("cli.contents", t.count("cli.count.places", d.places().size()),
                t.count("cli.count.countries", d.countries().size()), t.count("cli.count.events", d.events().size()));
    }
}
