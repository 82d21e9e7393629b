package app.delegations.ui.filter;

import app.delegations.ui.common.DateText;
import app.delegations.ui.common.TypedDates;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * The date part of the filter pane ({@code #dateRange}): a preset menu ({@code #datePreset}: any time, this year,
 * last year, last 12 months; it names the preset the range equals, else says the dates are the user's own) and
 * the range's two ends as date fields ({@code #dateFrom}, {@code #dateTo}) that take dates typed in the UI
 * language ({@link DateText}) or picked from the calendar. A field and the filter's end always show the same
 * date. A typed text that is not a date keeps the previous date and shows why under the field
 * ({@code #dateFromError}, {@code #dateToError}) until a date is set.
 */
final class DateRangeView extends VBox {
    private final Listeners listeners = new Listeners();
    private boolean syncing;

    DateRangeView(FilterModel filter, Messages m) {
        setId("dateRange");
        getStyleClass().addAll("facet", "date-range");
        var title = new Label(m.get("filter.dates"));
        title.getStyleClass().add("facet-title");
        var text = new DateText(m.locale());
        getChildren().addAll(title, presets(filter, m));
        field("dateFrom", m.get("filter.dates.from"), filter.fromProperty(), text, m);
        field("dateTo", m.get("filter.dates.to"), filter.toProperty(), text, m);
    }

    /** Stops following the filter. */
    void dispose() {
        listeners.dispose();
    }

    private ComboBox<DatePreset> presets(FilterModel filter, Messages m) {
        var box = new ComboBox<DatePreset>();
        box.setId("datePreset");
        box.getItems().setAll(DatePreset.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAccessibleText(m.get("filter.dates.preset"));
        box.setCellFactory(l -> presetCell(m));
        box.setButtonCell(presetCell(m));
        // no preset is a range of the officer's own: said also by a box made with it (a window in a new language)
        box.setPromptText(m.get("filter.dates.preset.custom"));
        listeners.follow(filter.presetProperty(), p -> {
            syncing = true;
            try {
                box.setValue(p);
            } finally {
                syncing = false;
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                filter.applyPreset(b);
            }
        });
        return box;
    }

    private static ListCell<DatePreset> presetCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DatePreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? m.get("filter.dates.preset.custom") : m.get(item.key()));
            }
        };
    }

    private void field(String id, String label, ObjectProperty<LocalDate> end, DateText text, Messages m) {
        var name = new Label(label);
        var error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        var picker = new DatePicker();
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText(m.get("filter.dates.prompt"));
        picker.setAccessibleText(label);
        name.setLabelFor(picker);
        TypedDates.reading(picker, text, typed -> {
            if (typed == null) {
                error.setVisible(false);
            } else {
                error.setText(m.format("filter.dates.invalid", typed));
                error.setVisible(true);
            }
        });
        listeners.follow(end, date -> {
            picker.setValue(date);
            error.setVisible(false); // a date was set: a text refused before no longer applies
        });
        picker.valueProperty().addListener((o, a, b) -> end.set(b));
        getChildren().addAll(name, picker, error);
    }
}
