package app.delegations.cli;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.CountryReference;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.data.WorldCountries;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.data.write.FileRecords;
import app.delegations.model.Dataset;
import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code delegations format [--check] FILE|FOLDER...}: rewrites data files in the canonical form the app saves
 * ({@link CanonicalWriter}), as {@code gofmt} does for code, for those who also edit the files by hand. A FOLDER
 * is an archive: each of its data files is rewritten with its own records. A file is rewritten only when its
 * bytes differ from the canonical ones, each through a temporary file in its folder moved over it
 * ({@link FormatCommandFiles}); the records are the same before and after. A file, or a folder, that does not
 * load (as {@code validate} and the app read it) is left untouched and its problems are printed as
 * {@code validate} prints them. {@code --check} changes nothing and lists the files not in canonical form.
 * Exit status: 0 all done (with {@code --check}: all canonical), 1 with {@code --check} when a file is not
 * canonical, 2 on a usage error or when a file or folder does not load or cannot be read or written.
 */
public final class FormatCommand {
    public static final String USAGE = """
            Usage: delegations format [--check] [--lang pl|en] FILE|FOLDER...
            Rewrites data files in canonical form, the form the app saves (the same records; keys in the
            format's order, two-space indentation, LF line ends, UTF-8). A FOLDER is an archive: each of its
            *.json files is rewritten. A file that does not load is left as it is and its problems are printed
            as validate prints them. --check changes nothing and lists the files not in canonical form.
            Exit status: 0 done (with --check: all canonical), 1 with --check: some file is not canonical,
            2 usage error, or a file or folder that does not load or cannot be read or written.
            """;

    private FormatCommand() {
    }

    /** Runs the command with messages in the language of the system's locale, unless {@code --lang} says. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, new WorldCountries());
    }

    /** {@link #run(List, PrintStream, PrintStream)} taking the countries no file defines from {@code countries}. */
    static int run(List<String> args, PrintStream out, PrintStream err, CountryReference countries) {
        CommandArgs a = CommandArgs.parse("format", USAGE, Set.of("--check"), args, out, err);
        if (a.done()) {
            return a.exit();
        }
        var run = new Run(out, err, a.texts(), a.has("--check"), countries);
        for (String p : a.paths()) {
            run.argument(p);
        }
        return run.finish();
    }

    /** One run over the arguments: what was found and done so far, printed as it goes. */
    private static final class Run {
        private final PrintStream out;
        private final PrintStream err;
        private final Bundle t;
        private final boolean check;
        private final CountryReference countries;
        private int files;
        private String lastName;
        private int changed; // rewritten, or with --check found not canonical
        private boolean failed;

        Run(PrintStream out, PrintStream err, Bundle t, boolean check, CountryReference countries) {
            this.out = out;
            this.err = err;
            this.t = t;
            this.check = check;
            this.countries = countries;
        }

        void argument(String given) {
            Path path;
            try {
                path = Path.of(given);
            } catch (InvalidPathException e) {
                refused(new LoadResult(given, null, List.of(new Problem(Problem.Severity.ERROR, given, 0, 0, "",
                        Msg.of("file.badName"))), LoadResult.Status.UNREADABLE, 0));
                return;
            }
            if (Files.isDirectory(path)) {
                folder(path);
            } else {
                FileRecords read = FileRecords.load(path, countries);
                if (read.ok()) {
                    file(path, path.toString(), read.records());
                } else {
                    refused(read.result());
                }
            }
        }

        private void folder(Path folder) {
            Archive archive = new ArchiveLoader(new DatasetLoader(countries)).open(folder, LoadProgress.NONE);
            if (!archive.result().ok()) {
                refused(ValidateCommand.archive(archive, folder));
                return;
            }
            for (int i = 0; i < archive.files().size(); i++) {
                Path f = archive.files().get(i);
                file(f, folder.resolve(f.getFileName()).toString(), archive.parts().get(i).datasetOrNull());
            }
        }

        /** Rewrites (or checks) one file that loaded, named {@code name} in what is printed. */
        private void file(Path file, String name, Dataset records) {
            files++;
            lastName = name;
            byte[] canonical = CanonicalWriter.write(records);
            byte[] now;
            try {
                now = Files.readAllBytes(file);
            } catch (IOException e) {
                say(err, t.format("cli.format.unwritable", name, FormatCommandFiles.reason(e)));
                failed = true;
                return;
            }
            if (Arrays.equals(now, canonical)) {
                return;
            }
            changed++;
            if (check) {
                say(out, t.format("cli.format.notCanonical", name));
                return;
            }
            try {
                FormatCommandFiles.replace(file, now, canonical);
                say(out, t.format("cli.format.rewritten", name));
            } catch (IOException e) {
                say(err, t.format("cli.format.unwritable", name, FormatCommandFiles.reason(e)));
                failed = true;
            }
        }

        /** Prints the problems of a file or folder that did not load, as validate does, and a line saying so. */
        private void refused(LoadResult r) {
            failed = true;
            for (Problem p : r.problems()) {
                say(err, p.format(t));
            }
            say(err, r.unreadable() ? t.format("cli.unreadable", r.file())
                    : t.format("cli.format.refused", r.file(), t.count("cli.count.problems", r.problemCount())));
        }

        private static void say(PrintStream stream, String line) {
            stream.println(TerminalText.escape(line));
            stream.flush();
        }

        /** Prints what the files checked came to; returns the exit status. */
        int finish() {
            if (files == 1 && changed == 0) {
                say(out, t.format("cli.format.canonicalFile", lastName));
            } else if (files > 1 && changed == 0) {
                say(out, t.format("cli.format.canonical", files));
            } else if (files > 1) { // one file: its own line said it
                say(out, check ? t.count("cli.format.notCanonicalOf", changed, changed, files)
                        : t.format("cli.format.rewrittenOf", changed, files));
            }
            return failed ? 2 : check && changed > 0 ? 1 : 0;
        }
    }
}
