package app.delegations.ui.main;

import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.ui.common.Messages;
import java.util.List;

/**
 * What became of the file or archive the user last asked for, when the window does not show it: its loading
 * was cancelled with nothing shown, it was not opened (it has errors or could not be read), the archive shown
 * was not reloaded after a change on disk, or the archive shown last time no longer exists. The window's title
 * and status bar say so in words, with what is shown instead.
 *
 * @param kind     how the load ended
 * @param file     the file's or archive's name (for {@link Kind#MISSING} its whole path); null for the bundled
 *                 data (only when cancelled: the bundled data that fails to open is named by its file name)
 * @param errors   the number of errors that stopped it (0 when unknown, e.g. the loader failed)
 * @param problems the problems that stopped a reload, each naming its file (empty for the other kinds)
 */
public record LoadNotice(Kind kind, String file, int errors, List<Problem> problems) {
    /** How the load ended ({@link #REREAD}: it did, and what it read changed what is shown). */
    public enum Kind { CANCELLED, NOT_OPENED, NOT_RELOADED, MISSING, REREAD }

    public LoadNotice {
        problems = List.copyOf(problems);
    }

    static LoadNotice cancelled(String file) {
        return new LoadNotice(Kind.CANCELLED, file, 0, List.of());
    }

    static LoadNotice notOpened(String file, int errors) {
        return new LoadNotice(Kind.NOT_OPENED, file, errors, List.of());
    }

    /**
     * The archive shown was read again after a change on disk, and has errors: the window shows it as before.
     *
     * @param read what the reload read, or null when the loader failed
     */
    static LoadNotice notReloaded(String archive, LoadResult read) {
        return new LoadNotice(Kind.NOT_RELOADED, archive, read == null ? 0 : errors(read),
                read == null ? List.of() : read.problems());
    }

    /** The number of errors that stopped a file: every problem but the warnings, those past the cap included. */
    static int errors(LoadResult read) {
        long warnings = read.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        return (int) Math.max(0, read.problemCount() - warnings);
    }

    /**
     * Files of the archive shown changed on disk (a colleague's save on the shared drive) and were read again, and
     * what the window shows changed with them: said beside the archive's name, so that a name changing under the
     * officer's eyes has its reason. The office's own saves, read again unchanged, say nothing.
     *
     * @param files the names of the files read again, in order
     */
    static LoadNotice reread(List<String> files) {
        return new LoadNotice(Kind.REREAD, String.join(", ", files), 0, List.of());
    }

    /** The archive shown last time is gone (the folder at that path no longer exists). */
    static LoadNotice missing(String folder) {
        return new LoadNotice(Kind.MISSING, folder, 0, List.of());
    }

    /**
     * The status bar's text, e.g. "broken.json was not opened (3 errors). Showing instead: congress-2016.json.",
     * or after a reload with errors "The archive office was not reloaded (1 error): visit.json:3:14: … Showing
     * it as it was before."
     *
     * @param shown what the window shows: the status bar's text of its file, or null when nothing is shown
     */
    public String status(Messages m, String shown) {
        String what = switch (kind) {
            case CANCELLED -> file == null ? m.get("status.cancelled.bundled") : m.format("status.cancelled", file);
            case NOT_OPENED -> errors > 0 ? m.format("status.notOpened", file, m.count("status.errors", errors))
                    : m.format("status.notOpened.noCount", file);
            case NOT_RELOADED -> m.format("status.notReloaded", file, m.count("status.errors", Math.max(1, errors)),
                    problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst()
                            .map(p -> p.format(m.texts())).orElse(""));
            case MISSING -> m.format("status.archiveMissing", file);
            case REREAD -> m.format("status.reread", file);
        };
        if (kind == Kind.REREAD) {
            return shown == null ? what : shown + " — " + what;
        }
        if (kind == Kind.NOT_RELOADED) {
            return what + " " + m.get("status.shownAsBefore");
        }
        return what + " " + (shown == null ? m.get("status.nothingShown") : m.format("status.shownInstead", shown));
    }

    /**
     * What the title adds after the name of the file shown, e.g. "broken.json not opened", or "visit.json not
     * reloaded" (the archive's file with the first error); null: nothing.
     */
    public String title(Messages m) {
        return switch (kind) {
            case NOT_OPENED -> m.format("title.notOpened", file);
            case NOT_RELOADED -> m.format("title.notReloaded", problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().map(Problem::file).orElse(file));
            default -> null;
        };
    }
}
