package app.delegations.ui.edit;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** {@link Autosave.Ticks} on the JavaFX animation timer: the task runs on the UI thread. */
public final class FxTicks implements Autosave.Ticks {
    @Override
    public Runnable every(long periodMillis, Runnable task) {
        var timeline = new Timeline(new KeyFrame(Duration.millis(periodMillis), e -> task.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
