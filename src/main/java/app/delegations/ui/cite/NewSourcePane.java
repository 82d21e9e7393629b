package app.delegations.ui.cite;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import java.io.File;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import app.delegations.ui.common.DateText;
import app.delegations.ui.common.TypedDates;
import java.time.LocalDate;
import javafx.stage.Window;

/**
 * File › New source, in the Source view's place while it is open: the note's text (pasted, or read from a
 * chosen .txt file), its title in Polish and English, its date or why it has none, its language; what stops it;
 * Add and Cancel (Escape). Every field has a label it is reached by.
 */
public final class NewSourcePane extends ScrollPane {
    private final NewSourceModel vm;
    private final Messages m;
    private final Listeners listeners = new Listeners();

    /** @param chooseFile asks for a text file to read (a file chooser in the window; tests give another) */
    public NewSourcePane(NewSourceModel vm, Messages messages, Function<Window, File> chooseFile) {
        this.vm = vm;
        this.m = messages;
        setId("newSourcePane");
        setFitToWidth(true);

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

        var problems = new Label();
        problems.setId("newSourceProblems");
        problems.getStyleClass().add("cite-problems");
        problems.setWrapText(true);
        listeners.follow(vm.problemsProperty(), list -> problems.setText(list.stream().map(m::text)
                .collect(Collectors.joining("\n"))));

        var create = new Button(m.get("newSource.field.create"));
        create.setId("newSourceCreate");
        create.disableProperty().bind(Bindings.not(vm.canCreateProperty()));
        create.setOnAction(e -> vm.create());
        var cancel = new Button(m.get("cite.cancel"));
        cancel.setId("newSourceCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());

        var content = new VBox(8, heading, new Label(m.get("newSource.field.text")), text, file,
                field("newSourceTitlePl", "newSource.field.titlePl", vm.titlePlProperty()),
                field("newSourceTitleEn", "newSource.field.titleEn", vm.titleEnProperty()),
                new VBox(2, dateLabel, date),
                field("newSourceDateNotePl", "newSource.field.dateNotePl", vm.dateNotePlProperty()),
                field("newSourceDateNoteEn", "newSource.field.dateNoteEn", vm.dateNoteEnProperty()),
                field("newSourceLanguage", "newSource.field.language", vm.languageProperty()),
                problems, new HBox(8, create, cancel));
        content.setPadding(new Insets(10));
        setContent(content);
        addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                k.consume();
            }
        });
    }

    /** Stops following the view model. */
    public void dispose() {
        listeners.dispose();
    }

    private VBox field(String id, String key, StringProperty property) {
        var label = new Label(m.get(key));
        var text = new TextField();
        text.setId(id);
        label.setLabelFor(text);
        text.setAccessibleText(m.get(key));
        text.textProperty().bindBidirectional(property);
        listeners.onDispose(() -> text.textProperty().unbindBidirectional(property));
        return new VBox(2, label, text);
    }
}
