package app.delegations.ui.print;

import app.delegations.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the print preview shows: the document's pages for one paper, the page shown (always one of them), whether
 * there is a page before and after it, and whether printing is possible (a printer is installed) or why not.
 */
final class PrintPreviewModel {
    private final Messages messages;
    private final boolean printerInstalled;
    private final ReadOnlyObjectWrapper<List<Page>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<PageFormat> format = new ReadOnlyObjectWrapper<>(PageFormat.A4);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionSpoken = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paper = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();

    PrintPreviewModel(Messages messages, boolean printerInstalled) {
        this.messages = messages;
        this.printerInstalled = printerInstalled;
    }

    /**
     * Shows the pages of the document laid out for {@code paper}; the page shown keeps its number where the new
     * layout has it, else the last page is shown.
     */
    void show(List<Page> laidOut, PageFormat sheet) {
        if (laidOut.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one page");
        }
        format.set(sheet);
        paper.set(messages.format("print.paper", Math.round(sheet.paperWidth() / 72 * 25.4),
                Math.round(sheet.paperHeight() / 72 * 25.4)));
        pages.set(List.copyOf(laidOut));
        go(Math.min(index.get(), laidOut.size() - 1));
    }

    void next() {
        go(index.get() + 1);
    }

    void previous() {
        go(index.get() - 1);
    }

    void first() {
        go(0);
    }

    void last() {
        go(pages.get().size() - 1);
    }

    private void go(int page) {
        int count = pages.get().size();
        int shown = Math.max(0, Math.min(page, count - 1));
        index.set(shown);
        position.set(messages.format("print.position", shown + 1, count));
        positionSpoken.set(messages.format("print.position.spoken", shown + 1, count));
        hasPrevious.set(shown > 0);
        hasNext.set(shown < count - 1);
    }

    /** The page shown. */
    Page page() {
        return pages.get().get(index.get());
    }

    /** The pages, for the paper of {@link #formatProperty()}. */
    ReadOnlyObjectProperty<List<Page>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PageFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** The index (from 0) of the page shown. */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** "2 / 3". */
    ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "Page 2 of 3", for screen readers. */
    ReadOnlyStringProperty positionSpokenProperty() {
        return positionSpoken.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** True when a printer is installed, so Print… can be offered. */
    boolean canPrint() {
        return printerInstalled;
    }

    /** Why Print… is not offered; empty when it is. */
    String whyNoPrint() {
        return printerInstalled ? "" : messages.get("print.noPrinter");
    }

    /** The paper's size, "A4" style: "210 × 297 mm". */
    ReadOnlyStringProperty paperProperty() {
        return paper.getReadOnlyProperty();
    }
}
