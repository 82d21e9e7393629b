package app.delegations.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * Readies a window's first saved notice ({@link SavedNotice}, ControlsFX's {@code Notifications}) while the window
 * is idle, so that the frame showing it does only what every later notice's frame does (its popup made, its nodes
 * styled and laid out) and not, besides, what only the first one did: ControlsFX's notice classes and the popup's
 * loaded, and the first styling of a notice's kind of content (its grid, button bar and close button skins, its drop
 * shadow, its bold title font).
 *
 * <p>{@link #IDLE} after the window shows its first data (a large archive's views filled by then, the window waiting
 * for its user; each step below is small enough for a frame of its own anyway): the classes are loaded (not
 * initialised) on a thread of their own, then, on the JavaFX thread, one step per frame ({@link Frames}): a notice's
 * content made and styled under the window's style sheets in a scene of its own that no window shows, then laid
 * out, and ControlsFX's notice handler made ready. Guarantees: nothing is shown (no window, popup or node is added
 * to any window), nothing takes the focus, the window's scene and style sheets stay as they are; a window no longer
 * showing when a step comes runs no further step; a failure of the warm-up is ignored (the first notice then does
 * the work itself, as before). Runs once per window.
 */
public final class NoticeWarmUp {
    /** How long after the window's first data is shown the warm-up starts. */
    static final Duration IDLE = Duration.seconds(2);

    /** The classes the first notice loaded, one name a line ({@code #} a comment). */
    private static final String CLASSES = "/app/delegations/ui/notice-warm-up-classes.txt";

    /** Never shown: letters and digits for the out-of-sight notice's labels, so that their glyphs are measured. */
    private static final String GLYPHS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ./-_";

    private final Window window;
    private final Frames frames;
    private final Executor background;
    private final Executor fx;
    private Parent content;
    private boolean started;

    /**
     * @param background runs the class loading (a thread of its own in the window)
     * @param fx         hands the styling back to the JavaFX thread ({@code Platform::runLater})
     */
    NoticeWarmUp(Window window, Frames frames, Executor background, Executor fx) {
        this.window = window;
        this.frames = frames;
        this.background = background;
        this.fx = fx;
    }

    /**
     * Warms {@code window}'s first notice {@link #IDLE} after {@code shown} (the data the window shows) is first set
     * (or now, when it is set already). Call on the JavaFX thread; nothing is done for a window closed by then.
     */
    public static NoticeWarmUp whenShown(ObservableValue<?> shown, Window window, Frames frames) {
        var warmUp = new NoticeWarmUp(window, frames, NoticeWarmUp::onItsOwnThread, Platform::runLater);
        var idle = new PauseTransition(IDLE);
        idle.setOnFinished(e -> warmUp.start());
        if (shown.getValue() != null) {
            idle.play();
            return warmUp;
        }
        shown.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object before, Object now) {
                if (now != null) {
                    shown.removeListener(this);
                    idle.play();
                }
            }
        });
        return warmUp;
    }

    /**
     * Starts the warm-up: false (and nothing done) when the window is not showing or the warm-up has started
     * before. Call on the JavaFX thread.
     */
    boolean start() {
        if (started || !window.isShowing()) {
            return false;
        }
        started = true;
        background.execute(() -> {
            loadClasses();
            fx.execute(() -> {
                frames.later(this::style);
                frames.later(this::layOut);
            });
        });
        return true;
    }

    /** The notice's content made out of sight, or null (not yet, or the window was closed first). */
    Parent content() {
        return content;
    }

    private static void loadClasses() {
        UUID.randomUUID(); // the secure random source a notice's event types are named with (NotificationPane)
        ClassLoader loader = NoticeWarmUp.class.getClassLoader();
        for (String name : classNames()) {
            try {
                Class.forName(name, false, loader); // loaded only: initialised on the JavaFX thread, where it is used
            } catch (ClassNotFoundException | LinkageError e) {
                // another version of ControlsFX or JavaFX: that class is loaded when the notice needs it
            }
        }
    }

    /** The names in {@link #CLASSES}; none when it cannot be read. */
    static List<String> classNames() {
        try (InputStream in = NoticeWarmUp.class.getResourceAsStream(CLASSES)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A notice's nodes as ControlsFX makes them, styled under the window's style sheets in a scene no window shows. */
    private void style() {
        Scene windowScene = window.getScene();
        if (!window.isShowing() || windowScene == null) {
            return;
        }
        try {
            var title = new Label(GLYPHS);
            title.getStyleClass().add("title");
            var open = ActionUtils.createButton(new Action(GLYPHS, e -> {
            }));
            var actions = new ButtonBar();
            actions.getButtons().add(open);
            var graphic = new StackPane();
            graphic.getStyleClass().setAll("graphic");
            var close = new Button();
            close.getStyleClass().setAll("close-button");
            close.setGraphic(graphic);
            var pane = new GridPane();
            pane.getStyleClass().add("pane");
            pane.add(title, 0, 0);
            pane.add(close, 1, 0);
            pane.add(new Label(GLYPHS + "\n" + GLYPHS), 0, 1);
            pane.add(actions, 0, 2);
            var bar = new StackPane(pane);
            bar.getStyleClass().setAll("notification-bar", SavedNotice.STYLE_CLASS);
            var root = new Group(bar);
            var outOfSight = new Scene(root);
            outOfSight.getStylesheets().setAll(windowScene.getStylesheets());
            root.applyCss();
            content = root;
        } catch (RuntimeException | LinkageError e) {
            content = null; // the first notice styles itself, as before
        }
    }

    /** The content laid out, the popup class and ControlsFX's notice handler made ready (nothing shown). */
    private void layOut() {
        if (content == null || !window.isShowing()) {
            return;
        }
        try {
            content.layout();
            new Popup().setAutoFix(false);
            Notifications.create().styleClass(SavedNotice.STYLE_CLASS); // the builder, not shown
            ClassLoader loader = NoticeWarmUp.class.getClassLoader();
            Class.forName("org.controlsfx.control.Notifications$NotificationPopupHandler", true, loader);
            Class.forName("org.controlsfx.control.NotificationPane", true, loader); // its event types, for the bar's
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // the first notice makes them, as before
        }
    }

    private static void onItsOwnThread(Runnable work) {
        var thread = new Thread(work, "delegations-notice-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
