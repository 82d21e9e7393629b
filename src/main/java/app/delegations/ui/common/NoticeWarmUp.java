package app.delegations.ui.common;

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
 * <p>Once the window shows its first data and has then been idle for {@link #IDLE}: the classes are loaded (not
 * initialised) on a thread of their own, then, on the JavaFX thread, one step per frame ({@link Frames}): a notice's
 * content made and styled under the window's style sheets in a scene of its own that no window shows, then laid
 * out, and ControlsFX's notice handler made ready. Guarantees: nothing is shown (no window, popup or node is added
 * to any window), nothing takes the focus, the window's scene and style sheets stay as they are; a window no longer
 * showing when a step comes runs no further step; a failure of the warm-up is ignored (the first notice then does
 * the work itself, as before). Runs once per window.
 */
public final class NoticeWarmUp {
    /** How long the window stays idle after its first data is shown before the warm-up starts. */
    static final Duration IDLE = Duration.seconds(2);

    /**
     * The classes the first notice loaded, besides those the window had loaded by then (a class-loading log of the
     * first File › Export, {@code export-frames.sh}); a name this version of ControlsFX or JavaFX lacks is skipped.
     */
    static final List<String> CLASSES = List.of(
            "org.controlsfx.control.Notifications$NotificationPopupHandler",
            "org.controlsfx.control.Notifications$NotificationPopupHandler$1",
            "org.controlsfx.control.Notifications$NotificationPopupHandler$CustomTransition",
            "org.controlsfx.control.Notifications$1",
            "impl.org.controlsfx.skin.NotificationBar",
            "impl.org.controlsfx.skin.NotificationBar$1",
            "org.controlsfx.control.action.ActionUtils",
            "org.controlsfx.control.action.ActionUtils$1",
            "org.controlsfx.control.action.ActionUtils$2",
            "org.controlsfx.control.action.ActionUtils$3",
            "org.controlsfx.control.action.ActionUtils$4",
            "org.controlsfx.control.action.ActionUtils$5",
            "org.controlsfx.control.action.ActionUtils$ActionTextBehavior",
            "org.controlsfx.control.action.ActionUtils$ButtonPropertiesMapChangeListener",
            "org.controlsfx.control.action.ActionGroup",
            "impl.org.controlsfx.i18n.Localization",
            "org.controlsfx.control.ControlsFXControl",
            "org.controlsfx.control.NotificationPane",
            "org.controlsfx.control.NotificationPane$1",
            "javafx.stage.Popup",
            "javafx.animation.ParallelTransition",
            "javafx.animation.ParallelTransition$1",
            "javafx.animation.ParallelTransition$2",
            "javafx.animation.ParallelTransition$3",
            "javafx.scene.control.ButtonBar",
            "javafx.scene.control.ButtonBar$ButtonData",
            "javafx.scene.control.RadioButton",
            "javafx.scene.control.skin.ButtonBarSkin",
            "javafx.scene.control.skin.ButtonBarSkin$1",
            "javafx.scene.control.skin.ButtonBarSkin$Spacer",
            "javafx.scene.control.skin.ButtonBarSkin$Spacer$1",
            "javafx.scene.control.skin.ButtonBarSkin$Spacer$2",
            "javafx.scene.layout.GridPane",
            "javafx.scene.layout.GridPane$1",
            "javafx.scene.layout.GridPane$2",
            "javafx.scene.layout.GridPane$3",
            "javafx.scene.layout.GridPane$4",
            "javafx.scene.layout.GridPane$5",
            "javafx.scene.layout.GridPane$6",
            "javafx.scene.layout.GridPane$CompositeSize",
            "javafx.scene.layout.GridPane$Interval",
            "javafx.scene.layout.GridPane$StyleableProperties",
            "javafx.scene.layout.GridPane$StyleableProperties$1",
            "javafx.scene.layout.GridPane$StyleableProperties$2",
            "javafx.scene.layout.GridPane$StyleableProperties$3",
            "javafx.scene.layout.GridPane$StyleableProperties$4",
            "javafx.scene.effect.DropShadow",
            "javafx.scene.effect.DropShadow$1",
            "javafx.scene.effect.DropShadow$2",
            "javafx.scene.effect.DropShadow$3",
            "javafx.scene.effect.DropShadow$4",
            "javafx.scene.effect.DropShadow$5",
            "javafx.scene.effect.DropShadow$6",
            "javafx.scene.effect.DropShadow$7",
            "javafx.scene.effect.DropShadow$8",
            "javafx.scene.effect.Effect$1",
            "javafx.scene.effect.Effect$2",
            "javafx.scene.effect.Effect$EffectInputProperty",
            "com.sun.scenario.effect.DropShadow",
            "com.sun.scenario.effect.DelegateEffect",
            "com.sun.scenario.effect.EffectHelper",
            "com.sun.scenario.effect.EffectHelper$EffectAccessor",
            "com.sun.javafx.effect.EffectDirtyBits",
            "com.sun.glass.ui.Window$UndecoratedMoveResizeHelper",
            "com.sun.glass.ui.Window$TrackingRectangle",
            "javafx.animation.KeyValue$1",
            "com.sun.javafx.animation.KeyValueHelper",
            "com.sun.javafx.animation.KeyValueHelper$KeyValueAccessor",
            "com.sun.javafx.animation.KeyValueType",
            "com.sun.scenario.animation.shared.InterpolationInterval$1",
            "com.sun.scenario.animation.shared.InterpolationInterval$DoubleInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$TangentDoubleInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$ObjectInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$BooleanInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$FloatInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$TangentFloatInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$IntegerInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$TangentIntegerInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$LongInterpolationInterval",
            "com.sun.scenario.animation.shared.InterpolationInterval$TangentLongInterpolationInterval",
            "org.controlsfx.tools.Utils",
            "org.controlsfx.control.NotificationPane$2",
            "org.controlsfx.control.NotificationPane$3",
            "org.controlsfx.control.NotificationPane$4",
            "org.controlsfx.control.NotificationPane$5",
            // the drop shadow's peer, made when the popup is first drawn (the software pipeline's; others skip them)
            "com.sun.scenario.effect.LinearConvolveCoreEffect",
            "com.sun.scenario.effect.AbstractShadow",
            "com.sun.scenario.effect.AbstractShadow$ShadowMode",
            "com.sun.scenario.effect.GaussianShadow",
            "com.sun.scenario.effect.GaussianShadow$1",
            "com.sun.scenario.effect.BoxShadow",
            "com.sun.scenario.effect.Merge",
            "com.sun.scenario.effect.Color4f",
            "com.sun.scenario.effect.impl.state.LinearConvolveKernel",
            "com.sun.scenario.effect.impl.state.HVSeparableKernel",
            "com.sun.scenario.effect.impl.state.GaussianBlurState",
            "com.sun.scenario.effect.impl.state.GaussianShadowState",
            "com.sun.scenario.effect.impl.state.LinearConvolveRenderState",
            "com.sun.scenario.effect.impl.state.LinearConvolveRenderState$PassType",
            "com.sun.scenario.effect.impl.state.GaussianRenderState",
            "com.sun.scenario.effect.impl.state.RenderState$EffectCoordinateSpace",
            "com.sun.scenario.effect.impl.BufferUtil",
            "com.sun.scenario.effect.impl.sw.sse.SSELinearConvolvePeer",
            "com.sun.scenario.effect.impl.sw.sse.SSELinearConvolveShadowPeer",
            "com.sun.javafx.sg.prism.EffectFilter",
            "com.sun.javafx.sg.prism.NodeEffectInput$RenderType",
            "com.sun.javafx.sg.prism.NodeEffectInput$1");

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
     * Warms {@code window}'s first notice once {@code shown} (the data the window shows) is first set and the window
     * has then been idle for {@link #IDLE}. Call on the JavaFX thread; nothing is done for a window closed by then.
     */
    public static NoticeWarmUp whenShown(ObservableValue<?> shown, Window window, Frames frames) {
        var warmUp = new NoticeWarmUp(window, frames, NoticeWarmUp::onItsOwnThread, Platform::runLater);
        ChangeListener<Object> first = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<?> o, Object before, Object now) {
                if (now != null) {
                    shown.removeListener(this);
                    var idle = new PauseTransition(IDLE);
                    idle.setOnFinished(e -> warmUp.start());
                    idle.play();
                }
            }
        };
        shown.addListener(first);
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
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader); // loaded only: initialised on the JavaFX thread, where it is used
            } catch (ClassNotFoundException | LinkageError e) {
                // another version of ControlsFX or JavaFX: that class is loaded when the notice needs it
            }
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
