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
 * {@code -Dpulse.edit=true} ({@link PulseGapPreloader}). With {@code -Dpulse.editWarmup=K}, K edits of the same
 * event are first committed the same way, each waited for until the table shows it, so that the measured edit is
 * not the first the JVM runs (its classes loaded, its code compiled).
 */
final class WindowEdit {
    /** Put before the title, numbered by round: a cell shortened to its width still starts with it. */
    private static final String PREFIX = "Zz%d edited: ";
    private final int warmups;
    private int round;
    private int step;
    private String title;
    private long heardAt = -1;

    private WindowEdit(int warmups) {
        this.warmups = warmups;
    }

    /** The edit when {@code pulse.edit} is true, else null. */
    static WindowEdit fromProperties() {
        return Boolean.getBoolean("pulse.edit") ? new WindowEdit(Integer.getInteger("pulse.editWarmup", 0)) : null;
    }

    private String prefix() {
        return String.format(PREFIX, round);
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
                    title = prefix() + field.getText();
                    field.setText(title);
                    step++;
                }
            }
            case 4 -> {
                if (round < warmups && lookup("#formApply") instanceof Button apply && !apply.isDisabled()) {
                    apply.fire(); // a warm-up edit: not measured
                    step++;
                } else if (lookup("#formApply") instanceof Button apply && !apply.isDisabled()) {
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
            case 5 -> {
                if (round < warmups && shown()) { // the warm-up edit shown: the next round edits the same row
                    round++;
                    step = 2;
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
                .anyMatch(n -> n instanceof TableCell<?, ?> c && c.getText() != null
                        && c.getText().strip().startsWith(prefix()));
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
