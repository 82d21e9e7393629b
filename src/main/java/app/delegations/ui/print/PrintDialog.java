package app.delegations.ui.print;

import app.delegations.ui.common.EnterDefault;
import app.delegations.ui.common.Messages;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app's own print dialog, in the window's language and theme (the app runs headless for Java2D, where JavaFX
 * shows no system print dialog at all): printer, paper, upright or turned, copies and pages, with Print (Enter) and
 * Cancel (Esc). What is wrong is said under the fields and the field is marked; Print waits until it is right.
 */
final class PrintDialog {
    /** AtlantaFX's mark of a field whose value is refused. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Messages messages;
    private final PrintDialogModel model;
    private PrintChoice chosen;

    PrintDialog(Messages messages, PrintDialogModel model) {
        this.messages = messages;
        this.model = model;
    }

    /** The dialog's window over {@code owner}, modal to it, in its style sheets; not shown yet. */
    Stage stage(Window owner) {
        var stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("print.dialog.title"));
        stage.setResizable(false);
        var root = content(stage);
        EnterDefault.install(root);
        var scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }

    /** What was chosen when Print closed the dialog; empty when it was cancelled or is still open. */
    Optional<PrintChoice> result() {
        return Optional.ofNullable(chosen);
    }

    private Region content(Stage stage) {
        var printer = new ComboBox<String>();
        printer.setId("printDialogPrinter");
        printer.getItems().setAll(model.printerNames());
        printer.getSelectionModel().select(model.printerProperty().get());
        printer.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.printerProperty().set(b.intValue());
            }
        });
        printer.setDisable(model.printerNames().isEmpty());
        printer.setMaxWidth(Double.MAX_VALUE);

        var paper = new ComboBox<String>(model.papers());
        paper.setId("printDialogPaper");
        paper.getSelectionModel().select(model.paperProperty().get());
        model.paperProperty().addListener((o, a, b) -> paper.getSelectionModel().select(b.intValue()));
        paper.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.paperProperty().set(b.intValue());
            }
        });
        paper.setMaxWidth(Double.MAX_VALUE);

        var sides = new ToggleGroup();
        var portrait = radio("printDialogPortrait", "print.dialog.portrait", sides);
        var landscape = radio("printDialogLandscape", "print.dialog.landscape", sides);
        (model.landscapeProperty().get() ? landscape : portrait).setSelected(true);
        landscape.selectedProperty().addListener((o, a, b) -> model.landscapeProperty().set(b));
        model.landscapeProperty().addListener((o, a, b) -> (b ? landscape : portrait).setSelected(true));
        landscape.disableProperty().bind(model.turnableProperty().not());

        var copies = field("printDialogCopies", "print.dialog.copies", 4);
        copies.textProperty().bindBidirectional(model.copiesProperty());

        var range = new ToggleGroup();
        var all = radio("printDialogAll", "print.dialog.all", range);
        var some = radio("printDialogRange", "print.dialog.range", range);
        (model.allPagesProperty().get() ? all : some).setSelected(true);
        all.selectedProperty().addListener((o, a, b) -> model.allPagesProperty().set(b));
        var from = field("printDialogFrom", "print.dialog.from", 4);
        from.textProperty().bindBidirectional(model.fromProperty());
        var to = field("printDialogTo", "print.dialog.to", 4);
        to.textProperty().bindBidirectional(model.toProperty());
        from.disableProperty().bind(model.allPagesProperty());
        to.disableProperty().bind(model.allPagesProperty());
        from.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                some.setSelected(true);
            }
        });
        var dash = new Label("–");
        var of = new Label();
        of.setId("printDialogPageCount");
        of.textProperty().bind(model.pagesOfProperty());
        of.setMinWidth(Region.USE_PREF_SIZE);
        var pages = new HBox(8, all, some, from, dash, to, of);
        pages.setAlignment(Pos.CENTER_LEFT);

        var problem = new Label();
        problem.setId("printDialogProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Map<PrintDialogModel.Field, Node> marked = Map.of(PrintDialogModel.Field.COPIES, copies,
                PrintDialogModel.Field.FROM, from, PrintDialogModel.Field.TO, to,
                PrintDialogModel.Field.PRINTER, printer);
        Runnable mark = () -> marked.forEach((f, n) -> n.pseudoClassStateChanged(DANGER,
                f == model.wrongProperty().get()));
        model.wrongProperty().addListener((o, a, b) -> mark.run());
        mark.run();

        var print = new Button(messages.get("print.dialog.print"));
        print.setId("printDialogPrint");
        print.setDefaultButton(true);
        print.disableProperty().bind(model.readyProperty().not());
        print.setOnAction(e -> model.choice().ifPresent(c -> {
            chosen = c;
            stage.close();
        }));
        var cancel = new Button(messages.get("print.dialog.cancel"));
        cancel.setId("printDialogCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        var space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        var buttons = new HBox(8, space, print, cancel);

        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        row(grid, 0, "print.dialog.printer", printer);
        row(grid, 1, "print.dialog.paper", paper);
        row(grid, 2, "print.dialog.orientation", new HBox(12, portrait, landscape));
        row(grid, 3, "print.dialog.copies", copies);
        row(grid, 4, "print.dialog.pages", pages);
        var box = new VBox(14, grid, problem, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(560);
        return box;
    }

    private void row(GridPane grid, int row, String key, Node control) {
        var label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.addRow(row, label, control);
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        var radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setMinWidth(Region.USE_PREF_SIZE);
        return radio;
    }

    private TextField field(String id, String key, int columns) {
        var field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        field.setAccessibleText(messages.get(key));
        return field;
    }
}
