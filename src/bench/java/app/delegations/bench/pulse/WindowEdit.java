package app.delegations.bench.pulse;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * An edit committed through the window's own controls, one step per call of {@link #advance} (on the FX thread,
 * a poll apart, so that each step's layout and drawing happen before the next): the Events tab shown, the middle
 * row of the Events table selected (as a click does), the details' Edit pressed, the form's English title
 * changed (a prefix put before it), then Apply pressed. It is shown once a visible cell of the Events table shows
 * the new title. With
 * {@code -Dpulse.edit=true} ({@link PulseGapPreloader}).
 */
final class WindowEdit {
    /** Put before the title: a cell shortened to its width still starts with it. */
    private static final String PREFIX = "Zz edited: ";
    private int step;
    private String title;
    private long heardAt = -1;

    /** The edit when {@code pulse.edit} is true, else null. */
    static WindowEdit fromProperties() {
        return Boolean.getBoolean("pulse.edit") ? new WindowEdit() : null;
    }

    /** Takes the next step when the window is ready for it; true once Apply was pressed (at that call). */
    boolean advance() {
        switch (step) {
            case 0 -> next(ShownRows.showTab("tabEvents"));
            case 1 -> {
                TableView<?> table = events();
                if (table != null && table.getItems().size() > 2) {
                    int middle = table.getItems().size() / 2;
                    table.scrollTo(middle);
                    table.getSelectionModel().clearAndSelect(middle);
                    step++;
                }
            }
            case 2 -> {
                if (lookup("#detailsEdit") instanceof Button edit && !edit.isDisabled()) {
                    edit.fire();
                    step++;
                }
            }
            case 3 -> {
                if (lookup("#field-title-en") instanceof TextInputControl field) {
                    title = PREFIX + field.getText();
                    field.setText(title);
                    step++;
                }
            }
            case 4 -> {
                if (lookup("#formApply") instanceof Button apply && !apply.isDisabled()) {
                    events().getItems().addListener((ListChangeListener<Object>) c -> {
                        if (heardAt < 0) {
                            heardAt = System.nanoTime();
                        }
                    });
                    apply.fire();
                    step++;
                    return true;
                }
            }
            default -> {
            }
        }
        return false;
    }

    private void next(boolean done) {
        if (done) {
            step++;
        }
    }

    /** True once a visible cell of the Events table shows the new title. */
    boolean shown() {
        TableView<?> table = events();
        return title != null && table != null && table.lookupAll(".table-cell").stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().strip().startsWith(PREFIX));
    }

    /** When the Events table's rows first changed after Apply (System.nanoTime), or -1. */
    long heardAt() {
        return heardAt;
    }

    private static TableView<?> events() {
        return lookup("#eventsTable") instanceof TableView<?> t ? t : null;
    }

    private static Node lookup(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }
}
