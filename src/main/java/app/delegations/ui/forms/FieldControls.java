package app.delegations.ui.forms;

import app.delegations.ui.common.DateText;
import app.delegations.ui.common.TypedDates;
import app.delegations.ui.common.Messages;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The control that edits a {@link FormField}, kept in step with its value both ways: a text field, a text area,
 * a date picker that takes dates typed in the UI's language ({@link DateText}), a combo box of fixed options, or
 * a searchable combo box of records (ControlsFX, filtered as typed; its options are set once, never cleared).
 * A screen reader reads a required field's control as "English name, required".
 */
final class FieldControls {
    private FieldControls() {
    }

    static Control of(FormField f, Messages m) {
        Control c = switch (f.type()) {
            case TEXT, NUMBER -> {
                var t = new TextField();
                t.textProperty().bindBidirectional(f.valueProperty());
                yield t;
            }
            case AREA -> {
                var a = new TextArea();
                a.setWrapText(true);
                a.setPrefRowCount(2);
                a.textProperty().bindBidirectional(f.valueProperty());
                tabMovesOn(a);
                yield a;
            }
            case DATE -> date(f, new DateText(m.locale()), m);
            case CHOICE -> options(new ComboBox<>(), f);
            case REFERENCE -> options(new SearchableComboBox<>(), f);
        };
        c.setAccessibleText(f.required() ? m.format("form.field.required", f.label()) : f.label());
        c.setAccessibleHelp(f.hint());
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /**
     * Tab and Shift+Tab move to the next and previous field from a text of several lines too, as from every other
     * field of the form (a form's text has no use for a tab character); Enter still starts a new line. The text area
     * moves on for Ctrl+Tab itself: Tab is passed on as that.
     */
    private static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /** A date picker whose editor's text is the field's value: the date is checked as typed. */
    private static DatePicker date(FormField f, DateText dates, Messages m) {
        // not a date: the picker keeps its date, and the field (bound to the text) says what is wrong
        var picker = TypedDates.reading(new DatePicker(), dates, typed -> { });
        picker.getEditor().textProperty().bindBidirectional(f.valueProperty());
        // "e.g. 12.03.2025", as the filter's dates: a bare date in grey looks like one typed; or what the form says
        // of this field (an event's end: "blank: 04.12.2026", the start's day)
        String example = m.format("form.date.prompt", dates.format(LocalDate.of(2025, 3, 12)));
        picker.promptTextProperty().bind(Bindings.createStringBinding(
                () -> f.promptProperty().get() == null ? example : f.promptProperty().get(), f.promptProperty()));
        return picker;
    }

    private static <B extends ComboBoxBase<Option>> B options(B box, FormField f) {
        if (box instanceof SearchableComboBox<Option> search) {
            searchedByEverySpelling(search);
            search.getItems().setAll(f.options());
            if (f.noMatch() != null) { // else an empty white drop-down when nothing matches
                var none = new Label(f.noMatch());
                none.setWrapText(true);
                none.getStyleClass().add("picker-no-match");
                search.setPlaceholder(none);
            }
        } else if (box instanceof ComboBox<Option> combo) {
            combo.getItems().setAll(f.options());
            combo.setVisibleRowCount(12);
        }
        box.setValue(find(f, f.value()));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                f.set(now.value());
            }
        });
        f.valueProperty().addListener((o, was, now) -> {
            Option shown = box.getValue();
            if (shown == null || !shown.value().equals(now)) {
                box.setValue(find(f, now));
            }
        });
        return box;
    }

    /**
     * The picker searches each option's {@link Option#searchText()} (ControlsFX matches the typed words against the
     * converter's text) and shows its label alone, in the list and in the box.
     */
    private static void searchedByEverySpelling(SearchableComboBox<Option> search) {
        search.setConverter(new StringConverter<>() {
            @Override
            public String toString(Option o) {
                return o == null ? "" : o.searchText();
            }

            @Override
            public Option fromString(String text) {
                return null; // the picker is not editable: nothing typed becomes a value
            }
        });
        search.setCellFactory(list -> new LabelCell());
        search.setButtonCell(new LabelCell());
        PickerOrder.rank(search);
    }

    /** A cell that shows an option's label. */
    private static final class LabelCell extends ListCell<Option> {
        @Override
        protected void updateItem(Option item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    private static Option find(FormField f, String value) {
        for (Option o : f.options()) {
            if (o.value().equals(value == null ? "" : value)) {
                return o;
            }
        }
        return null;
    }
}
