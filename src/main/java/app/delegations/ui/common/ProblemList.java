package app.delegations.ui.common;

import app.delegations.data.Problem;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The problems of a file that could not be opened, one per row, in the UI's language: line and column (when any
 * problem has them), the record
 * in words ("miejsce 4 (Koszyce) › country"), what is wrong and how to fix it; a Copy all button puts them
 * on the clipboard as {@code FILE:LINE:COLUMN: …} lines, as {@code delegations validate} prints them.
 */
public final class ProblemList {
    /** The widest the File column grows to show a file name whole. */
    static final double NAME_WIDTH_MAX = 260;

    private ProblemList() {
    }

    /**
     * The list with its intro (what the officer has before them) and Copy all button.
     *
     * @param opened the file or folder the officer opened: when a problem lies in another file (a file of an
     *               archive folder), a File column names it first
     */
    public static VBox build(Messages m, List<Problem> problems, String opened, String introText) {
        var table = new ProblemTable(FXCollections.observableArrayList(problems));
        table.setId("problemTable");
        boolean files = problems.stream().anyMatch(p -> !name(p.file()).equals(name(opened)));
        if (files) {
            var file = new TableColumn<Problem, String>(m.get("dialog.problems.column.file"));
            file.setId("problemFile");
            file.setCellValueFactory(c -> new ReadOnlyStringWrapper(name(c.getValue().file())));
            file.setCellFactory(c -> wholeName());
            file.setPrefWidth(110); // widened to the longest name shown (wholeName): the rest goes to the wrapping texts
            file.setMinWidth(110);
            table.getColumns().add(file);
        }
        if (problems.stream().anyMatch(p -> p.line() > 0)) { // else (a folder without data files) two empty columns
            table.getColumns().add(number(m.get("dialog.problems.column.line"), "problemLine", Problem::line));
            table.getColumns().add(number(m.get("dialog.problems.column.column"), "problemColumn", Problem::column));
        }
        var where = new TableColumn<Problem, String>(m.get("dialog.problems.column.record"));
        where.setId("problemRecord");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(where(m, c.getValue())));
        where.setCellFactory(ProblemList::wrapping);
        var what = new TableColumn<Problem, String>(m.get("dialog.problems.column.problem"));
        what.setId("problemText");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(what(m, c.getValue())));
        what.setCellFactory(ProblemList::wrapping);
        var fix = new TableColumn<Problem, String>(m.get("dialog.problems.column.fix"));
        fix.setId("problemFix");
        fix.setCellValueFactory(c -> new ReadOnlyStringWrapper(fix(m, c.getValue())));
        fix.setCellFactory(ProblemList::wrapping);
        table.getColumns().add(where);
        table.getColumns().add(what);
        table.getColumns().add(fix);
        table.share(List.of(where, what, fix));
        table.setPrefSize(1040, 380);
        VBox.setVgrow(table, Priority.ALWAYS);

        var intro = new Label(introText);
        intro.setWrapText(true);
        var copy = new Button(m.get("dialog.problems.copy"));
        copy.setId("copyProblems");
        copy.setOnAction(e -> {
            var content = new ClipboardContent();
            content.putString(copyText(m, problems));
            Clipboard.getSystemClipboard().setContent(content);
        });
        var box = new VBox(8, intro, table, new HBox(copy));
        box.setId("problemList");
        return box;
    }

    /** The last part of a path ("archbad/zz-kolega.json" → "zz-kolega.json"), as the officer sees files listed. */
    static String name(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Every problem as {@code FILE:LINE:COLUMN: …}, one a line, in the UI's language. */
    public static String copyText(Messages m, List<Problem> problems) {
        return problems.stream().map(p -> p.format(m.texts())).collect(Collectors.joining("\n"));
    }

    /** "miejsce 4 (Koszyce) › country"; a value outside the records: its path; the file as a whole: "—". */
    static String where(Messages m, Problem p) {
        String where = p.where(m.texts());
        return where.isEmpty() ? "—" : where;
    }

    /** What is wrong (without how to fix it), marked when it is only a warning. */
    static String what(Messages m, Problem p) {
        String text = m.texts().what(p.text());
        return p.severity() == Problem.Severity.WARNING ? m.get("problem.warning") + " " + text : text;
    }

    /** How to fix it, or "" when the message says none. */
    static String fix(Messages m, Problem p) {
        String fix = m.texts().fix(p.text());
        return fix == null ? "" : fix;
    }

    private static TableColumn<Problem, Number> number(String title, String id,
                                                       ToIntFunction<Problem> value) {
        var column = new TableColumn<Problem, Number>(title);
        column.setId(id);
        column.setCellValueFactory(c -> {
            int v = value.applyAsInt(c.getValue());
            return new ReadOnlyObjectWrapper<>(v > 0 ? v : null);
        });
        column.setPrefWidth(90);
        column.setMinWidth(90);
        column.setStyle("-fx-alignment: TOP-RIGHT;"); // at the top, as the wrapped texts beside it
        return column;
    }

    /**
     * A file name on one line, never broken mid-name ("congress-20 / 16.json" reads as two names): the column
     * widens to the longest name shown, up to {@link #NAME_WIDTH_MAX}; a longer one ends in "…", whole in its
     * tooltip.
     */
    private static TableCell<Problem, String> wholeName() {
        return new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.TOP_LEFT); // at the top, as the wrapped texts beside it
                whole.setText(item);
                setTooltip(empty || item == null ? null : whole);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                TableColumn<Problem, String> column = getTableColumn();
                if (getText() != null && column != null) {
                    var measure = new Text(getText());
                    measure.setFont(getFont());
                    double needed = Math.min(NAME_WIDTH_MAX, Math.ceil(measure.getLayoutBounds().getWidth()
                            + snappedLeftInset() + snappedRightInset() + 4));
                    if (column.getMinWidth() < needed) {
                        column.setMinWidth(needed); // the next layout gives the name its room
                    }
                }
            }
        };
    }

    /**
     * A cell whose text wraps at word boundaries to its column's width (the column's, known before the row is
     * measured, so the row is as high as the wrapped text), at the top of the row, so a long message is read whole.
     */
    private static TableCell<Problem, String> wrapping(TableColumn<Problem, String> column) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                // never 0 (no wrapping: one long line would size the dialog to the whole message)
                text.wrappingWidthProperty().bind(Bindings.max(40, column.widthProperty().subtract(ProblemTable.CELL_EXTRA)));
                text.getStyleClass().add("text");
                setAlignment(Pos.TOP_LEFT);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setText(null);
            }
        };
    }
}
