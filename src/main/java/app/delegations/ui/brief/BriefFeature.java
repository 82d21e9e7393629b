package app.delegations.ui.brief;

import app.delegations.ui.common.CommandFeature;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.FileKind;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The visit brief of the selected event, place or country, whatever view is in front: File › Export brief as
 * PDF… (written through {@link Exports}, the one export path, on a thread of its own: the selection and the data
 * are taken on the UI thread, the brief made and written off it) and File › Print brief… (Ctrl+P: the brief made
 * and laid out for paper off the UI thread the same way, then its preview shown). Both are always enabled, so that
 * Ctrl+P is never silent: run while the selection is empty or of another kind, each says in a message what to
 * select (README, "Visit brief").
 */
public final class BriefFeature implements CommandFeature {
    /** File › Print brief…. */
    public static final KeyCombination PRINT_KEY = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final BriefModel model;
    private final Exports exports;
    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private final BriefPreview print;
    private final Export export;
    private PaperPdf pdf; // its fonts read at the first brief, then kept; guarded by this

    /**
     * @param exports  asks for the file and says how the export went
     * @param dialogs  says what to select when nothing a brief can be made of is selected
     * @param messages the window's language at the time of the command
     * @param print    readies a brief's print preview (off the UI thread), which shows it and prints; its Export as
     *                 PDF… runs File › Export brief as PDF… ({@link #exportPdf})
     */
    public BriefFeature(Selection selection, Exports exports, Dialogs dialogs, Supplier<Messages> messages,
                        BriefPreview print) {
        this.model = new BriefModel(selection);
        this.exports = exports;
        this.dialogs = dialogs;
        this.messages = messages;
        this.print = print;
        this.export = new PdfExport();
    }

    public BriefModel model() {
        return model;
    }

    /** The selection's brief as a PDF file, for {@link Exports#run}. */
    public Export export() {
        return export;
    }

    /** Both always enabled: without a selection to brief, each says what to select instead of nothing happening. */
    @Override
    public List<ViewCommand> commands() {
        ObservableBooleanValue always = new ReadOnlyBooleanWrapper(true);
        return List.of(
                new ViewCommand("menuExportBrief", "menu.file.exportBrief", ViewCommand.Menu.FILE, always,
                        this::exportPdf, null, null),
                new ViewCommand("menuPrintBrief", "menu.file.printBrief", ViewCommand.Menu.FILE, always,
                        this::print, PRINT_KEY, null));
    }

    /** File › Export brief as PDF…: the selection's brief written, or what to select said. Returns the thread. */
    Thread exportPdf() {
        if (!model.availableProperty().get()) {
            Messages m = messages.get();
            dialogs.showInfo(m.get("brief.pdf.title"), m.get("brief.select.pdf"), "");
            return null;
        }
        return exports.run(export);
    }

    /**
     * File › Print brief…: the selection and the data shown taken now; the brief made and laid out on a thread of its
     * own, behind a progress in the window's corner whose Cancel means no preview; the preview shown once ready.
     * Returns the thread, or null when nothing a brief can be made of is selected: then a message says what to select.
     * The preview's Export as PDF… runs File › Export brief as PDF…: the preview is modal to the window, so the
     * selection it exports is still the one previewed.
     */
    Thread print() {
        Messages m = messages.get();
        if (!model.availableProperty().get()) {
            dialogs.showInfo(m.get("print.preparing.title"), m.get("brief.select.print"), "");
            return null;
        }
        Supplier<PaperDocument> brief = model.later(m);
        return exports.prepare(m.get("print.preparing.title"), m.get("print.preparing"),
                () -> print.prepare(brief.get(), m, this::exportPdf), Runnable::run, "print.failed");
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(DatasetStep.onUi(DatasetStep.Phase.VIEWS, (index, m) -> model.setIndex(index)));
    }

    private final class PdfExport implements Export {
        @Override
        public String menuId() {
            return "menuExportBrief";
        }

        @Override
        public String menuKey() {
            return "menu.file.exportBrief";
        }

        @Override
        public String titleKey() {
            return "brief.pdf.title";
        }

        @Override
        public String failedKey() {
            return "brief.pdf.failed";
        }

        @Override
        public FileKind kind() {
            return FileKind.PDF;
        }

        @Override
        public String suggestedName(Messages m) {
            return model.suggestedName(m);
        }

        @Override
        public ObservableBooleanValue available() {
            return model.availableProperty();
        }

        @Override
        public void write(Path file) throws IOException {
            job().orElseThrow().write(file, ExportProgress.NONE);
        }

        /**
         * The selected record and the data shown, taken now; the brief is made, and its PDF written, on the thread
         * the job runs on (the fonts read there the first time), one PDF at a time.
         */
        @Override
        public Optional<Job> job() {
            Supplier<PaperDocument> brief = model.later(messages.get());
            return Optional.of((file, progress) -> {
                progress.rows(0, PaperPdf.STEPS + 1);
                PaperDocument document = brief.get();
                ExportFile.write(file, progress, out -> {
                    synchronized (BriefFeature.this) {
                        if (pdf == null) {
                            pdf = new PaperPdf();
                        }
                        pdf.write(document, out, progress.after(1));
                    }
                });
            });
        }
    }
}
