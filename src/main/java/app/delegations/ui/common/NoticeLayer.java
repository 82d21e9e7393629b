package app.delegations.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The bottom right corner of the main window, above its status bar, where an export shows its progress with Cancel
 * ({@link ExportProgressStrip}) and then that its file is saved ({@link SavedNotice}): nodes laid over the window's
 * content (the window puts this layer over it in a {@link StackPane}), never a window of their own, so that neither
 * costs the making of a native window. Only the cards take the mouse; between and around them the clicks reach the
 * window below. Nothing here takes the focus. Styled by its own sheet ({@code saved-notice.css}) in the window's
 * theme. Used on the JavaFX thread.
 */
public final class NoticeLayer extends VBox {
    /** The style class of a card in the corner (a progress strip, a saved notice). */
    static final String CARD = "corner-card";
    /** At most this many saved notices at once: a further one takes the place of the oldest. */
    static final int NOTICES = 3;
    private static final String STYLE = NoticeLayer.class.getResource("/app/delegations/ui/saved-notice.css")
            .toExternalForm();

    private final Duration shown;

    /** A layer whose notices stay {@link SavedNotice#SHOWN}. */
    public NoticeLayer() {
        this(SavedNotice.SHOWN);
    }

    /** @param shown how long a saved notice stays while the mouse is not over it */
    public NoticeLayer(Duration shown) {
        super(8);
        this.shown = shown;
        setId("noticeLayer");
        getStyleClass().add("notice-layer");
        getStylesheets().add(STYLE);
        setAlignment(Pos.BOTTOM_RIGHT);
        setFillWidth(true);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
    }

    /** Shows an export's progress (nothing is shown twice: {@link LateProgress} opens it once). */
    Dialogs.Progress progress(Messages m, String title, String text, Runnable cancel) {
        var strip = new ExportProgressStrip(m, title, text, cancel, getChildren()::remove);
        getChildren().add(strip);
        return strip;
    }

    /** Shows that {@code file} is saved, with Open folder handing its folder's URI to {@code open}. */
    void announce(Messages m, String title, String message, Path file, Consumer<String> open) {
        var older = getChildren().stream().filter(SavedNotice.class::isInstance).map(SavedNotice.class::cast).toList();
        if (older.size() >= NOTICES) {
            older.get(0).stop();
            getChildren().remove(older.get(0));
        }
        getChildren().add(new SavedNotice(m, title, message, file, open, shown, getChildren()::remove));
    }
}
