package app.delegations.ui.main;

import app.delegations.ui.common.Messages;

/**
 * What became of the file the user last asked for, when the window does not show it: its loading was
 * cancelled with nothing shown, or it was not opened (it has errors or could not be read). The window's
 * title and status bar say so in words, with what is shown instead.
 *
 * @param kind   cancelled or not opened
 * @param file   the file's name; null for the bundled data (only when cancelled: the bundled data that fails
 *               to open is named by its file name)
 * @param errors the number of errors that stopped it (0 when unknown, e.g. the loader failed)
 */
public record LoadNotice(Kind kind, String file, int errors) {
    /** How the load ended. */
    public enum Kind { CANCELLED, NOT_OPENED }

    static LoadNotice cancelled(String file) {
        return new LoadNotice(Kind.CANCELLED, file, 0);
    }

    static LoadNotice notOpened(String file, int errors) {
        return new LoadNotice(Kind.NOT_OPENED, file, errors);
    }

    /**
     * The status bar's text, e.g. "broken.json was not opened (3 errors). Showing instead: congress-2016.json."
     *
     * @param shown what the window shows: the status bar's text of its file, or null when nothing is shown
     */
    public String status(Messages m, String shown) {
        String what;
        if (kind == Kind.CANCELLED) {
            what = file == null ? m.get("status.cancelled.bundled") : m.format("status.cancelled", file);
        } else {
            what = errors > 0 ? m.format("status.notOpened", file, m.count("status.errors", errors))
                    : m.format("status.notOpened.noCount", file);
        }
        return what + " " + (shown == null ? m.get("status.nothingShown") : m.format("status.shownInstead", shown));
    }

    /** What the title adds after the name of the file shown, e.g. "broken.json not opened"; null: nothing. */
    public String title(Messages m) {
        if (kind != Kind.NOT_OPENED) {
            return null;
        }
        return m.format("title.notOpened", file);
    }
}
