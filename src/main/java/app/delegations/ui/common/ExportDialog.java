package app.delegations.ui.common;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File › Export's question: the format (XLSX or CSV), the CSV separator (proposed for the UI's language: {@code ;}
 * in Polish, {@code ,} in English; tab too) and whether every row shown or only the selected rows are written.
 */
final class ExportDialog {
    private ExportDialog() {
    }

    static Optional<ExportChoice> ask(Window owner, Messages m, String title, ExportChoice proposed,
                                      boolean canSelected) {
        var dialog = new Dialog<ExportChoice>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(m.get("export.header"));
        var export = new ButtonType(m.get("export.ok"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(m.get("dialog.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(export, cancel);

        var formats = new ToggleGroup();
        var xlsx = radio("exportXlsx", m.get("export.format.xlsx"), formats, proposed.format() == ExportFormat.XLSX);
        var csv = radio("exportCsv", m.get("export.format.csv"), formats, proposed.format() == ExportFormat.CSV);
        var separator = new ComboBox<Character>();
        separator.setId("exportSeparator");
        for (char c : ExportChoice.SEPARATORS.toCharArray()) {
            separator.getItems().add(c);
        }
        separator.setValue(proposed.separator());
        separator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : m.get(c == ';' ? "export.separator.semicolon"
                        : c == ',' ? "export.separator.comma" : "export.separator.tab");
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        separator.disableProperty().bind(csv.selectedProperty().not());
        var rows = new ToggleGroup();
        var all = radio("exportAllRows", m.get("export.rows.all"), rows, !proposed.selectedOnly() || !canSelected);
        var selected = radio("exportSelectedRows", m.get("export.rows.selected"), rows,
                proposed.selectedOnly() && canSelected);
        selected.setDisable(!canSelected);

        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 14, 4, 14)); // in line with the header's text, not on the dialog's edge
        grid.addRow(0, new Label(m.get("export.format")), xlsx);
        grid.add(csv, 1, 1);
        var separatorLabel = new Label(m.get("export.separator"));
        separatorLabel.setLabelFor(separator);
        grid.addRow(2, separatorLabel, separator);
        grid.addRow(3, new Label(m.get("export.rows")), all);
        grid.add(selected, 1, 4);
        var pane = dialog.getDialogPane();
        pane.setContent(grid);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets()); // the window's focus ring on the radios
        }
        EnterDefault.install(pane);
        dialog.setResultConverter(b -> b == export ? new ExportChoice(csv.isSelected() ? ExportFormat.CSV
                : ExportFormat.XLSX, separator.getValue(), selected.isSelected()) : null);
        return dialog.showAndWait();
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, boolean selected) {
        var r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setSelected(selected);
        return r;
    }
}
