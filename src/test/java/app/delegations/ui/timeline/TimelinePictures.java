package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/** What the timeline's tests look at: the timeline as the window draws it, its PNG read back, and their pixels. */
final class TimelinePictures {
    private TimelinePictures() {
    }

    /** The timeline ({@code #timeline}) as the window shows it now. */
    static Image shown(FxRobot robot) {
        var image = new AtomicReference<Image>();
        robot.interact(() -> image.set(robot.lookup("#timeline").query().snapshot(null, null)));
        return image.get();
    }

    /** Exports {@code view}'s PNG to {@code file} and reads it back with JavaFX's own decoder. */
    static Image exported(FxRobot robot, TimelineView view, File file) {
        robot.interact(() -> {
            try {
                view.exportPng(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Image decoded = new Image(file.toURI().toString());
        assertFalse(decoded.isError(), () -> String.valueOf(decoded.getException()));
        return decoded;
    }

    /** Pixels of {@code image} within 6 levels a channel of {@code colour}. */
    static long pixelsOf(Image image, Color colour) {
        int want = (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
        long n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int p = image.getPixelReader().getArgb(x, y);
                boolean near = true;
                for (int shift = 0; shift < 24; shift += 8) {
                    near &= Math.abs((p >> shift & 0xff) - (want >> shift & 0xff)) <= 6;
                }
                n += near ? 1 : 0;
            }
        }
        return n;
    }

    /** The mean luminance (0 black, 1 white) of an image's pixels. */
    static double luminance(Image image) {
        double sum = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            }
        }
        return sum / (image.getWidth() * image.getHeight());
    }
}
