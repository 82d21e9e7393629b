package app.delegations.ui.brief;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;

/** How File › Print brief… prints a brief: laid out off the UI thread, then its preview shown on it. */
@FunctionalInterface
public interface BriefPrint {
    /**
     * Readies {@code brief} for its print preview (fonts, the printer's paper, the pages) in the language of
     * {@code messages}; called on a thread of its own. Returns what opens the preview, run on the UI thread.
     */
    Runnable prepare(PaperDocument brief, Messages messages);
}
