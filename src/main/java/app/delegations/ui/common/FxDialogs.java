package app.delegations.ui.common;

import app.delegations.data.Problem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The real dialogs: JavaFX alerts with a copyable text area, the platform file and folder choosers, and, in the
 * main window's corner ({@link NoticeLayer}), an export's progress with Cancel and the notice of a file saved
 * ({@link SavedNotice}). The owner of every alert and chooser is the main window, and so is the corner: the
 * exports all start from its commands (the print preview, modal over it, exports nothing itself). Past 250 lines
 * because it is the one implementation of the whole {@link Dialogs} interface, each dialog a few lines.
 */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;
    private final Supplier<NoticeLayer> corner;
    private final Supplier<Messages> messages;
    private final Consumer<String> showDocument;
    private final Duration progressAfter;

    /**
     * @param corner       the main window's corner for progress and notices; null from it: no progress is shown and
     *                     a saved file is told by an information dialog
     * @param showDocument opens the {@code file:} URI of a saved file's folder in the file manager
     *                     ({@link FolderOpener#openUri}, which says so when it cannot)
     */
    public FxDialogs(Supplier<Window> owner, Supplier<NoticeLayer> corner, Supplier<Messages> messages,
                     Consumer<String> showDocument) {
        this(owner, corner, messages, showDocument, Exports.PROGRESS_AFTER);
    }

    /** @param progressAfter how long work goes on before its progress shows */
    public FxDialogs(Supplier<Window> owner, Supplier<NoticeLayer> corner, Supplier<Messages> messages,
                     Consumer<String> showDocument, Duration progressAfter) {
        this.owner = owner;
        this.corner = corner;
        this.messages = messages;
        this.showDocument = showDocument;
        this.progressAfter = progressAfter;
    }

    @Override
    public Optional<Path> chooseDataFile(Path initialFolder) {
        Messages m = messages.get();
        var chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("dialog.open.filter.data"), "*.json"),
                new FileChooser.ExtensionFilter(m.get("dialog.open.filter.all"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
        return chooseSaveFile(title, kind, suggestedName, null);
    }

    /** The folder given is the one the chooser opens in; its caller ({@link ExportFolder}) checked that it is one. */
    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName, Path initialFolder) {
        Messages m = messages.get();
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        if (initialFolder != null) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get(kind.filterKey()),
                "*." + kind.extension()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<ExportChoice> chooseExport(String title, ExportChoice proposed, boolean canSelected) {
        return ExportDialog.ask(owner.get(), messages.get(), title, proposed, canSelected);
    }

    /**
     * The progress shows in the window's corner only once the work has gone on for {@code progressAfter} (called on
     * the UI thread): a quick export shows none, not even for a flash.
     */
    @Override
    public Progress showProgress(String title, String text, Runnable cancel) {
        NoticeLayer layer = corner.get();
        if (layer == null) {
            return Dialogs.super.showProgress(title, text, cancel);
        }
        Messages m = messages.get();
        var late = new LateProgress(() -> layer.progress(m, title, text, cancel));
        CompletableFuture.delayedExecutor(progressAfter.toMillis(), TimeUnit.MILLISECONDS, Platform::runLater)
                .execute(late::open);
        return late;
    }

    @Override
    public boolean confirm(String title, String question) {
        Messages m = messages.get();
        // buttons in the UI's language (JavaFX's own Yes/No have no Polish), the safe answer the default
        var replace = new ButtonType(m.get("dialog.confirm.replace"), ButtonBar.ButtonData.OK_DONE);
        var keep = new ButtonType(m.get("dialog.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, question, replace, keep);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> choices) {
        return ChoiceDialog.ask(owner.get(), title, message, choices, false);
    }

    @Override
    public int chooseCarefully(String title, String message, List<String> choices) {
        return ChoiceDialog.ask(owner.get(), title, message, choices, true);
    }

    @Override
    public void showProblems(String file, List<Problem> problems) {
        showProblems(file, problems, "dialog.problems.kept");
    }

    @Override
    public void showNotOpened(String file, List<Problem> problems, Shown instead) {
        showProblems(file, problems, switch (instead) { // what is shown now, and that Reload tries it again
            case BEFORE -> "dialog.notOpened.before";
            case BUNDLED -> "dialog.notOpened.bundled";
            case NOTHING -> "dialog.notOpened.nothing";
        });
    }

    private void showProblems(String file, List<Problem> problems, String introKey) {
        Messages m = messages.get();
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        boolean opened = errors == 0; // only warnings: the file is open, and these are its warnings
        var alert = new Alert(opened ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(m.get(opened ? "dialog.warnings.title" : "dialog.problems.title"));
        alert.setHeaderText(opened ? m.count("dialog.warnings.header", problems.size(), file, problems.size())
                : m.count("dialog.problems.header", errors, file, errors));
        alert.getDialogPane().setContent(ProblemList.build(m, problems, file,
                m.get(opened ? "dialog.warnings.intro" : introKey)));
        alert.getDialogPane().setPrefWidth(1080);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message, String details) {
        show(Alert.AlertType.ERROR, title, message, null, details, "errorDetails");
    }

    @Override
    public void showInfo(String title, String header, String text) {
        show(Alert.AlertType.INFORMATION, title, header, null, text, "infoText");
    }

    @Override
    public void announceSaved(String title, String message, Path file) {
        NoticeLayer layer = corner.get();
        if (layer == null) {
            Dialogs.super.announceSaved(title, message, file);
        } else {
            layer.announce(messages.get(), title, message, file, showDocument);
        }
    }

    @Override
    public void showTable(String title, String header, List<String> columns, List<List<String>> rows) {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setGraphic(null); // the header stays one line high: the table gets the screen's height
        Window w = owner.get();
        // the table scrolls rather than the dialog growing past the screen the window is on
        Rectangle2D bounds = (w == null ? Screen.getPrimary() : Screen.getScreensForRectangle(w.getX(), w.getY(), 1, 1)
                .stream().findFirst().orElse(Screen.getPrimary())).getVisualBounds();
        alert.getDialogPane().setContent(TextTable.of(columns, rows, bounds.getHeight() - 200));
        // the theme's maximum width of 600 px would cut the table (a style, as the theme's rule wins over a setter)
        alert.getDialogPane().setStyle("-fx-max-width: " + (int) bounds.getWidth() + "px;");
        alert.setResizable(true);
        alert.showAndWait();
    }

    private void show(Alert.AlertType type, String title, String header, String intro, String details, String id) {
        var alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        var box = new VBox(8);
        if (intro != null) {
            var label = new Label(intro);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        if (!details.isBlank()) { // a message said in its header alone gets no empty box under it
            var area = new TextArea(details);
            area.setId(id);
            area.setEditable(false);
            area.setWrapText(true); // long messages readable; copying still gives one problem per line
            area.setPrefColumnCount(90);
            area.setPrefRowCount(Math.min(16, Math.max(4, (int) details.lines().count() + 1)));
            VBox.setVgrow(area, Priority.ALWAYS);
            box.getChildren().add(area);
        }
        if (!box.getChildren().isEmpty()) {
            alert.getDialogPane().setContent(box);
        }
        alert.setResizable(true);
        alert.showAndWait();
    }
}
