package app.delegations.ui.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Set;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One picture of the ground: a Java2D image (premultiplied ARGB ints) and a JavaFX image over the very same ints
 * ({@link PixelBuffer}), so that a picture drawn off the UI thread is shown without a copy of its pixels on the UI
 * thread; the render thread uploads it as a texture. It is drawn on one thread at a time and, once handed to the UI
 * thread, {@link #shown() marked} changed there before it is shown.
 */
final class GroundRaster {
    private final BufferedImage image;
    private final PixelBuffer<IntBuffer> pixels;
    private final WritableImage fx;

    GroundRaster(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
        fx = new WritableImage(pixels);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /**
     * Draws the ground seen through {@code v} over the whole picture, {@code pixelScale} picture pixels a view pixel
     * (the picture is {@code v}'s size times that); any thread.
     */
    void draw(MapViewport v, double pixelScale, WorldOutlines outlines, Set<String> tinted, MapPalette palette) {
        Graphics2D g = image.createGraphics();
        try {
            GroundPainter.paint(g, width(), height(), pixelScale, v, outlines, tinted, palette);
        } finally {
            g.dispose();
        }
    }

    /** The Java2D image of these pixels, to draw on another picture on the thread that drew it. */
    BufferedImage image() {
        return image;
    }

    /** The JavaFX image of these pixels, told on the UI thread that they changed since it was last shown. */
    WritableImage shown() {
        pixels.updateBuffer(b -> null);
        return fx;
    }
}
