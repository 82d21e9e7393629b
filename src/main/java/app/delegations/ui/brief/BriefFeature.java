package app.delegations.ui.brief;

import app.delegations.ui.common.CommandFeature;
import app.delegations.ui.common.DatasetStep;
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
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The visit brief of the selected event, place or country, whatever view is in front: File › Export brief as
 * PDF… (written through {@link Exports}, the one export path, on a thread of its own: the selection and the data
 * are taken on the UI thread, the brief made and written off it) and File › Print brief… (Ctrl+P: the brief made
 * and laid out for paper off the UI thread the same way, then its preview shown). Both are disabled while the selection is of another kind or empty, the first
 * saying why beside its label (the second does not, so that Help › Keyboard shortcuts names it plainly).
 */
public final class BriefFeature implements CommandFeature {
    /** File › Print brief…. */
    public static final KeyCombination PRINT_KEY = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final BriefModel model;
    private final Exports exports;
    private final Supplier<Messages> messages;
    private final BriefPrint print;
    private final Export export;
    private PaperPdf pdf; // its fonts read at the first brief, then kept; guarded by this

    /**
     * @param exports  asks for the file and says how the export went
     * @param messages the window's language at the time of the command
     * @param print    readies a brief's print preview (off the UI thread), which shows it and prints
     */
    public BriefFeature(Selection selection, Exports exports, Supplier<Messages> messages, BriefPrint print) {
        this.model = new BriefModel(selection);
        this.exports = exports;
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

    @Override
    public List<ViewCommand> commands() {
        ObservableBooleanValue available = model.availableProperty();
        return List.of(
                new ViewCommand("menuExportBrief", "menu.file.exportBrief", ViewCommand.Menu.FILE, available,
                        () -> exports.run(export), null, "brief.unavailable"),
                new ViewCommand("menuPrintBrief", "menu.file.printBrief", ViewCommand.Menu.FILE, available,
                        this::print, PRINT_KEY, null)); // the item above says why
    }

    /**
     * File › Print brief…: the selection and the data shown taken now; the brief made and laid out on a thread of its
     * own, behind a progress window whose Cancel means no preview; the preview shown once ready. Returns the thread.
     */
    Thread print() {
        Messages m = messages.get();
        Supplier<PaperDocument> brief = model.later(m);
        return exports.prepare(m.get("print.preparing.title"), m.get("print.preparing"),
                () -> print.prepare(brief.get(), m), Runnable::run, "print.failed");
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
        public String suggestedName() {
            return model.suggestedName(messages.get());
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
