package app.delegations.ui.main;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Prepares the data shown again in another language, off the UI thread ({@link Snapshot#in}); the newest switch
 * wins.
 */
final class Translations {
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper translating = new ReadOnlyBooleanWrapper(this, "translating");
    private final Newest translations = new Newest();

    Translations(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** True from a switch until its snapshot is handed over. */
    ReadOnlyBooleanProperty translatingProperty() {
        return translating.getReadOnlyProperty();
    }

    /**
     * Translates {@code s} into {@code m}; on the UI thread, unless a newer switch follows, gives {@code done} the
     * snapshot then {@code current} in {@code m} (the one translated, or the one loaded meanwhile, translated there).
     */
    void translate(Snapshot s, Messages m, Supplier<Snapshot> current, Consumer<Snapshot> done) {
        Newest.Ticket ticket = translations.next();
        translating.set(true);
        background.execute(() -> {
            Snapshot translated = s.in(m);
            ui.execute(() -> {
                if (!ticket.current()) {
                    return; // a newer switch follows
                }
                Snapshot now = current.get();
                translating.set(false);
                done.accept(now == s ? translated : now.in(m));
            });
        });
    }
}
