package app.delegations.ui.cite;

import app.delegations.ui.common.DateText;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.TypedDates;
import app.delegations.ui.forms.FormFrame;
import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File › New source, in the Source view's place while it is open: the note's text (pasted, or read from a
 * chosen .txt file), its title in Polish and English, its date or why it has none, its language; pinned below
 * them, what stops it, Add and Cancel (Escape). Every field has a label it is reached by.
 */
public final class NewSourcePane extends FormFrame {
    private final NewSourceModel vm;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    private final PaneParts parts;

    /** @param chooseFile asks for a text file to read (a file chooser in the window; tests give another) */
    public NewSourcePane(NewSourceModel vm, Messages messages, Function<Window, File> chooseFile) {
        this.vm = vm;
        this.m = messages;
        this.parts = new PaneParts(messages, listeners);
        setId("newSourcePane");

        var heading = new Label(m.get("newSource.field.heading"));
        heading.getStyleClass().add("details-heading");
        var text = new TextArea();
        text.setId("newSourceText");
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPromptText(m.get("newSource.field.text.prompt"));
        text.setAccessibleText(m.get("newSource.field.text"));
        text.textProperty().bindBidirectional(vm.textProperty());
        listeners.onDispose(() -> text.textProperty().unbindBidirectional(vm.textProperty()));
        var file = new Button(m.get("newSource.field.file"));
        file.setId("newSourceFile");
        file.setOnAction(e -> {
            File chosen = chooseFile.apply(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                vm.readFile(chosen.toPath());
            }
        });

        var date = TypedDates.reading(new DatePicker(), new DateText(m.locale()), typed -> { });
        date.setId("newSourceDate");
        date.setPromptText(new DateText(m.locale()).format(LocalDate.of(2025, 3, 12)));
        date.valueProperty().bindBidirectional(vm.dateProperty());
        listeners.onDispose(() -> date.valueProperty().unbindBidirectional(vm.dateProperty()));
        var dateLabel = new Label(m.get("newSource.field.date"));
        dateLabel.setLabelFor(date);

        var problems = parts.problems("newSourceProblems", vm.problemsProperty());
        var create = parts.action("newSourceCreate", "newSource.field.create", vm.canCreateProperty(), vm::create);
        var cancel = parts.cancel("newSourceCancel", this, vm::cancel);

        frame(PaneParts.content(heading, new Label(m.get("newSource.field.text")), text, file,
                parts.field("newSourceTitlePl", "newSource.field.titlePl", vm.titlePlProperty()),
                parts.field("newSourceTitleEn", "newSource.field.titleEn", vm.titleEnProperty()),
                new VBox(2, dateLabel, date),
                parts.field("newSourceDateNotePl", "newSource.field.dateNotePl", vm.dateNotePlProperty()),
                parts.field("newSourceDateNoteEn", "newSource.field.dateNoteEn", vm.dateNoteEnProperty()),
                parts.field("newSourceLanguage", "newSource.field.language", vm.languageProperty())),
                problems, create, cancel);
    }

    /** Stops following the view model. */
    public void dispose() {
        listeners.dispose();
    }
}
