package app.delegations.ui.print;

import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Icons;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.PulseFrames;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Print: a window over the main one that shows a {@link PaperDocument} page by page as it will be printed
 * (A4, or the default printer's paper), each page scaled to fit, with Previous/Next (also Page Up/Page Down, Home,
 * End), Export as PDF… when the preview is given the command that exports the document (it closes the preview,
 * then runs that command: its file chooser, progress and outcome are the main window's, not hidden under a modal
 * preview), Print… (the app's {@link PrintDialog}; the document is laid out again for the paper chosen there) and
 * Close (also Esc). Without an installed printer Print… is disabled, the window says to export a PDF instead and
 * Export as PDF… is the default button (Enter).
 *
 * <p>The window opens in two frames, so that neither holds the UI thread for the whole of it: first the window with
 * its buttons and the empty desk, then, on the next frame, the page (its nodes made where the document was laid
 * out, off the UI thread: only their styling and layout are left to the UI thread).
 */
public final class PrintPreview {
    private static final String CHEVRON_LEFT = "M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z";
    private static final String CHEVRON_RIGHT = "M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z";

    private final Messages messages;
    private final Dialogs dialogs;
    private final Printers printers;
    private final Frames frames;
    /** Exports the document previewed as PDF (File › Export brief as PDF…); null: no Export as PDF… button. */
    private final Runnable exportPdf;

    /**
     * The preview with the system's printers; errors are shown through {@code dialogs}. Make it on any thread; its
     * window opens on the UI thread.
     */
    public PrintPreview(Messages messages, Dialogs dialogs) {
        this(messages, dialogs, (Runnable) null);
    }

    /**
     * The preview with the system's printers and an Export as PDF… button that runs {@code exportPdf} (on the UI
     * thread, the preview closed) — the command that exports the document previewed (null: no such button).
     */
    public PrintPreview(Messages messages, Dialogs dialogs, Runnable exportPdf) {
        this(messages, dialogs, new SystemPrinters(messages), null, exportPdf);
    }

    PrintPreview(Messages messages, Dialogs dialogs, Printers printers) {
        this(messages, dialogs, printers, null, null);
    }

    /**
     * {@code frames} puts the page on the desk a frame after the window opens; null: a frame of the pulse's.
     * {@code exportPdf}: as for {@link #PrintPreview(Messages, Dialogs, Runnable)}.
     */
    PrintPreview(Messages messages, Dialogs dialogs, Printers printers, Frames frames, Runnable exportPdf) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.printers = printers;
        this.frames = frames;
        this.exportPdf = exportPdf;
    }

    /**
     * Lays {@code document} out for the preview: asks for the default printer's paper, measures the text and cuts it
     * into pages. Safe on any thread (no node of it is in a scene yet): File › Print brief… does it off the UI thread.
     */
    public LaidOut layOut(PaperDocument document) {
        return LaidOut.of(document, printers);
    }

    /**
     * Opens the preview of a document {@link #layOut laid out} over {@code owner} (may be null), modal to it: the
     * window at once, its page a frame later.
     */
    public void show(Window owner, LaidOut laidOut) {
        var model = new PrintPreviewModel(messages, laidOut.printer());
        model.show(laidOut.pages(), laidOut.paper());
        var desk = new PreviewDesk(model, new PageNodes(laidOut.measure()));
        open(owner, laidOut, model, desk).show();
        (frames != null ? frames : new PulseFrames()).later(() -> desk.start(laidOut));
    }

    /** Lays {@code document} out and opens its preview over {@code owner} (may be null), modal to it; returns at once. */
    public void show(Window owner, PaperDocument document) {
        show(owner, layOut(document));
    }

    /** The preview's window, built and not yet shown, its desk empty until the desk's page is started. */
    private Stage open(Window owner, LaidOut laidOut, PrintPreviewModel model, PreviewDesk desk) {
        PaperDocument document = laidOut.document();
        FxTextMeasure measure = laidOut.measure();

        var stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(owner != null ? Modality.WINDOW_MODAL : Modality.APPLICATION_MODAL);
        stage.setTitle(messages.format("print.title", document.title()));
        var root = new BorderPane(desk.pages);
        root.setBottom(toolBar(stage, model, () -> print(stage, model, document, measure)));
        var scene = new Scene(root, PreviewSize.width(owner), PreviewSize.height(owner));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys(model, e.getCode())) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnShown(e -> stage.requestFocus());
        return stage;
    }

    /** Page Up/Down, Home and End move through the pages. */
    private static boolean keys(PrintPreviewModel model, KeyCode code) {
        switch (code) {
            case PAGE_DOWN -> model.next();
            case PAGE_UP -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            default -> {
                return false;
            }
        }
        return true;
    }

    private HBox toolBar(Stage stage, PrintPreviewModel model, Runnable print) {
        Button previous = Icons.button("printPrevious", CHEVRON_LEFT, messages.get("print.previous"));
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = Icons.button("printNext", CHEVRON_RIGHT, messages.get("print.next"));
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.hasNextProperty().not());
        var position = new Label();
        position.setId("printPosition");
        position.textProperty().bind(model.positionProperty());
        position.accessibleTextProperty().bind(model.positionSpokenProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        var paper = new Label();
        paper.setId("printPaper");
        paper.textProperty().bind(model.paperProperty());
        paper.setMinWidth(Region.USE_PREF_SIZE);
        var why = new Label(model.whyNoPrint());
        why.setId("printNoPrinter");
        why.setWrapText(true);
        why.setVisible(!model.canPrint());
        why.setManaged(!model.canPrint());
        var space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox.setHgrow(why, Priority.SOMETIMES);
        var printButton = new Button(messages.get("print.print"));
        printButton.setId("printPrint");
        printButton.setDisable(!model.canPrint());
        printButton.setOnAction(e -> print.run());
        printButton.setMinWidth(Region.USE_PREF_SIZE);
        var buttons = new ArrayList<Node>(List.of(previous, position, next, paper, space, why));
        if (exportPdf != null) { // the officer's way on without a printer, and a PDF to send with one
            var export = new Button(messages.get("print.exportPdf"));
            export.setId("printExportPdf");
            export.setDefaultButton(!model.canPrint());
            export.setMinWidth(Region.USE_PREF_SIZE);
            export.setOnAction(e -> {
                stage.close();
                exportPdf.run();
            });
            buttons.add(export);
        }
        buttons.add(printButton);
        var close = new Button(messages.get("print.close"));
        close.setId("printClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (model.canPrint() && new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                print.run();
            }
        });
        buttons.add(close);
        var bar = new HBox(8, buttons.toArray(Node[]::new));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /**
     * Opens the print dialog over the preview; Print there lays the document out for the chosen paper (the preview
     * then shows those pages), prints the chosen pages and closes the preview. Printing holds the UI thread until
     * the pages have gone to the printer, as JavaFX requires a page to be printed there.
     */
    private void print(Stage stage, PrintPreviewModel model, PaperDocument document, FxTextMeasure measure) {
        try {
            var choices = new PrintDialogModel(messages, printers.offers(), 0, printers::format,
                    paper -> Page.of(document, paper, measure).size());
            var dialog = new PrintDialog(messages, choices);
            dialog.stage(stage).showAndWait(); // the job is made once the dialog has gone: it may close the preview
            if (dialog.result().isPresent()) {
                PrintChoice choice = dialog.result().get();
                List<Page> pages = Page.of(document, choice.format(), measure);
                model.show(pages, choice.format());
                var nodes = new PageNodes(measure);
                printers.print(choice, pages.stream().map(p -> (Node) nodes.content(p, choice.format())).toList());
                stage.close();
            }
        } catch (Printers.PrintFailed | RuntimeException x) {
            dialogs.showError(messages.get("print.failed.title"), messages.format("print.failed", x.getMessage()),
                    String.valueOf(x));
        }
    }
}
