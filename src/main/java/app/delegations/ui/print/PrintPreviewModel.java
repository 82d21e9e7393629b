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
    /** The page shown and the paper it is laid out for; a new one each time the page or the paper changes. */
    record Shown(Page page, PageFormat format) {
    }

    private final Messages messages;
    private final boolean printerInstalled;
    private List<Page> pages = List.of();
    private PageFormat format = PageFormat.A4;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
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
        format = sheet;
        pages = List.copyOf(laidOut);
        paper.set(messages.format("print.paper", Math.round(sheet.paperWidth() / 72 * 25.4),
                Math.round(sheet.paperHeight() / 72 * 25.4)));
        go(index.get());
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
        go(pages.size() - 1);
    }

    private void go(int page) {
        int count = pages.size();
        int at = Math.max(0, Math.min(page, count - 1));
        position.set(messages.format("print.position", at + 1, count));
        positionSpoken.set(messages.format("print.position.spoken", at + 1, count));
        hasPrevious.set(at > 0);
        hasNext.set(at < count - 1);
        index.set(at);
        shown.set(new Shown(pages.get(at), format)); // last: whoever draws it finds the rest in place
    }

    /** The page shown. */
    Page page() {
        return pages.get(index.get());
    }

    /**
     * The page shown with its paper, set anew on every move and every new layout (listen for its invalidation: two
     * layouts can be equal).
     */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
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
