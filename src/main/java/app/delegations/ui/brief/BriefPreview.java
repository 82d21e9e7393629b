package app.delegations.ui.brief;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;

/**
 * How File › Print brief… prints a brief: laid out off the UI thread, then its preview shown on it, handed the
 * command that exports the brief previewed, File › Export brief as PDF… (the one export path, the same dialogs), for
 * the preview's button to run.
 */
@FunctionalInterface
public interface BriefPreview {
    /**
     * Readies {@code brief} for its print preview (fonts, the printer's paper, the pages) in the language of
     * {@code messages}; called on a thread of its own. Returns what opens the preview, run on the UI thread. The
     * preview's Export as PDF… runs {@code exportPdf} on the UI thread.
     */
    Runnable prepare(PaperDocument brief, Messages messages, Runnable exportPdf);
}
