package app.delegations.ui.print;

import app.delegations.ui.common.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the print dialog shows and checks: the printer (the default one first chosen), its papers (its default paper
 * chosen, or A4), upright or turned (when the printer can turn the page), the copies (1 to 99) and the pages (all, or
 * from one to another of the document's pages on the chosen paper: the document is counted again for each paper and
 * orientation). Whatever is wrong is said in one message that names the field, and Print waits until it is right.
 */
final class PrintDialogModel {
    /** The fields a message can be about. */
    enum Field { NONE, PRINTER, COPIES, FROM, TO }

    /** The page a printer gives a paper turned or upright (its margins are its own). */
    interface Sheets {
        PageFormat format(int printer, int paper, boolean landscape);
    }

    static final int MAX_COPIES = 99;

    private final Messages messages;
    private final List<PrinterOffer> printers;
    private final Sheets sheets;
    private final ToIntFunction<PageFormat> count;
    private final Map<PageFormat, Integer> counted = new HashMap<>();

    private final IntegerProperty printer = new SimpleIntegerProperty(-1);
    private final ObservableList<String> papers = FXCollections.observableArrayList();
    private final IntegerProperty paper = new SimpleIntegerProperty(-1);
    private final BooleanProperty landscape = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper turnable = new ReadOnlyBooleanWrapper();
    private final StringProperty copies = new SimpleStringProperty("1");
    private final BooleanProperty allPages = new SimpleBooleanProperty(true);
    private final StringProperty from = new SimpleStringProperty("1");
    private final StringProperty to = new SimpleStringProperty("1");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper pagesOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Field> wrong = new ReadOnlyObjectWrapper<>(Field.NONE);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    /**
     * The dialog for {@code printers}, {@code defaultPrinter} chosen (its index; ignored when there are none);
     * {@code count} counts the document's pages on a page.
     */
    PrintDialogModel(Messages messages, List<PrinterOffer> printers, int defaultPrinter, Sheets sheets,
                     ToIntFunction<PageFormat> count) {
        this.messages = messages;
        this.printers = List.copyOf(printers);
        this.sheets = sheets;
        this.count = count;
        printer.addListener((o, was, now) -> printerChosen(was.intValue(), now.intValue()));
        paper.addListener((o, was, now) -> recount());
        landscape.addListener((o, was, now) -> recount());
        copies.addListener((o, was, now) -> check());
        allPages.addListener((o, was, now) -> check());
        from.addListener((o, was, now) -> check());
        to.addListener((o, was, now) -> check());
        if (this.printers.isEmpty()) {
            check();
        } else {
            printer.set(defaultPrinter >= 0 && defaultPrinter < this.printers.size() ? defaultPrinter : 0);
        }
    }

    private void printerChosen(int was, int now) {
        if (now < 0 || now >= printers.size()) {
            return;
        }
        PrinterOffer offer = printers.get(now);
        String before = was >= 0 && was < printers.size() && paper.get() >= 0
                ? printers.get(was).papers().get(paper.get()) : null;
        int keep = before == null ? -1 : offer.papers().indexOf(before);
        paper.set(-1);
        papers.setAll(offer.papers());
        turnable.set(offer.landscape());
        if (!offer.landscape()) {
            landscape.set(false);
        }
        paper.set(keep >= 0 ? keep : offer.defaultPaper());
    }

    /** Counts the document's pages for the paper and orientation chosen; "to" follows the count while all pages print. */
    private void recount() {
        if (printer.get() < 0 || paper.get() < 0) {
            return;
        }
        int pages = counted.computeIfAbsent(format(), count::applyAsInt);
        boolean toWasTheEnd = String.valueOf(pageCount.get()).equals(to.get().strip());
        pageCount.set(pages);
        pagesOf.set(messages.count("print.dialog.pagesOf", pages));
        if (allPages.get() || toWasTheEnd) {
            to.set(String.valueOf(pages));
        }
        check();
    }

    private PageFormat format() {
        return sheets.format(printer.get(), paper.get(), landscape.get());
    }

    private void check() {
        Field field = Field.NONE;
        String message = "";
        int pages = pageCount.get();
        if (printers.isEmpty()) {
            field = Field.PRINTER;
            message = messages.get("print.dialog.noPrinter");
        } else if (number(copies.get(), 1, MAX_COPIES) == null) {
            field = Field.COPIES;
            message = messages.format("print.dialog.copiesWrong", MAX_COPIES);
        } else if (!allPages.get()) {
            Integer first = number(from.get(), 1, pages);
            Integer last = number(to.get(), 1, pages);
            if (first == null) {
                field = Field.FROM;
                message = messages.format("print.dialog.fromWrong", pages);
            } else if (last == null) {
                field = Field.TO;
                message = messages.format("print.dialog.toWrong", pages);
            } else if (first > last) {
                field = Field.TO;
                message = messages.format("print.dialog.toBeforeFrom", first);
            }
        }
        problem.set(message);
        wrong.set(field);
        ready.set(field == Field.NONE);
    }

    /** The whole number {@code text} says, if it is one from {@code min} to {@code max}; else null. */
    private static Integer number(String text, int min, int max) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int n = Integer.parseInt(digits);
        return n >= min && n <= max ? n : null;
    }

    /** What was chosen, when all of it is right. */
    Optional<PrintChoice> choice() {
        if (!ready.get()) {
            return Optional.empty();
        }
        int first = allPages.get() ? 1 : Integer.parseInt(from.get().strip());
        int last = allPages.get() ? pageCount.get() : Integer.parseInt(to.get().strip());
        return Optional.of(new PrintChoice(printer.get(), paper.get(), landscape.get(), format(),
                Integer.parseInt(copies.get().strip()), first, last));
    }

    /** The printers' names, in the order offered. */
    List<String> printerNames() {
        return printers.stream().map(PrinterOffer::name).toList();
    }

    /** The index of the printer chosen; -1 when there is none. */
    IntegerProperty printerProperty() {
        return printer;
    }

    /** The chosen printer's papers. */
    ObservableList<String> papers() {
        return FXCollections.unmodifiableObservableList(papers);
    }

    /** The index of the paper chosen among the printer's. */
    IntegerProperty paperProperty() {
        return paper;
    }

    /** True for the page turned (landscape). */
    BooleanProperty landscapeProperty() {
        return landscape;
    }

    /** Whether the chosen printer can turn the page. */
    ReadOnlyBooleanProperty turnableProperty() {
        return turnable.getReadOnlyProperty();
    }

    StringProperty copiesProperty() {
        return copies;
    }

    /** True for all pages, false for the pages from–to. */
    BooleanProperty allPagesProperty() {
        return allPages;
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty toProperty() {
        return to;
    }

    /** How many pages the document has on the chosen paper, turned as chosen. */
    ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "of 3 pages". */
    ReadOnlyStringProperty pagesOfProperty() {
        return pagesOf.getReadOnlyProperty();
    }

    /** What is wrong, naming the field; empty when all is right. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The field the problem is about. */
    ReadOnlyObjectProperty<Field> wrongProperty() {
        return wrong.getReadOnlyProperty();
    }

    /** True when Print can print. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
