package app.delegations.ui.map;

import app.delegations.ui.map.WorldOutlines.Outline;
import app.delegations.ui.map.WorldOutlines.Ring;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.Set;

/**
 * Draws the map's ground, the sea and the country outlines (the countries of the places shown tinted), with Java2D
 * into an image of the view's size: a plain function of its arguments, safe on any thread, so that the outlines
 * are rasterised off the UI and render threads. Outlines off the image are skipped, and so are rings smaller than a
 * pixel and points less than {@link #MIN_STEP} pixels from the last one drawn, so that the whole world costs about as
 * much as one country seen close. Only {@code BufferedImage} and {@code Graphics2D} are used: no AWT window or
 * toolkit (the app runs with {@code java.awt.headless=true}).
 */
final class GroundPainter {
    static final double MIN_STEP = 0.75;
    private static final BasicStroke BORDER = new BasicStroke(0.6f);

    private GroundPainter() {
    }

    /**
     * The sea over the whole image ({@code pixelWidth × pixelHeight}), and the outlines on it (those of the
     * {@code tinted} countries tinted), seen through {@code v} at {@code pixelScale} image pixels per view pixel
     * (the screen's scale: 2 on a display of double density).
     */
    static void paint(Graphics2D g, int pixelWidth, int pixelHeight, double pixelScale, MapViewport v,
                      WorldOutlines outlines, Set<String> tinted, MapPalette palette) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.Src);
        g.setColor(color(MapPalette.argb(palette.sea())));
        g.fillRect(0, 0, pixelWidth, pixelHeight);
        g.setComposite(AlphaComposite.SrcOver);
        g.scale(pixelScale, pixelScale);
        Color land = color(MapPalette.argb(palette.land()));
        Color shown = color(MapPalette.argb(palette.landShown()));
        Color border = color(MapPalette.argb(palette.border()));
        g.setStroke(BORDER);
        var path = new Path2D.Float(Path2D.WIND_EVEN_ODD, 1024);
        for (Outline o : outlines.all()) {
            path.reset();
            if (path(path, v, o)) {
                g.setColor(tinted.contains(o.code()) ? shown : land);
                g.fill(path);
                g.setColor(border);
                g.draw(path);
            }
        }
    }

    /** Adds the outline's rings in view to {@code path}; false when none of them is. */
    private static boolean path(Path2D.Float path, MapViewport v, Outline o) {
        boolean any = false;
        double w = v.width();
        double h = v.height();
        for (Ring r : o.rings()) {
            double x0 = v.screenX(r.minX());
            double y0 = v.screenY(r.minY());
            double x1 = v.screenX(r.maxX());
            double y1 = v.screenY(r.maxY());
            if (x1 < 0 || y1 < 0 || x0 > w || y0 > h || (x1 - x0 < 1 && y1 - y0 < 1)) {
                continue;
            }
            any = true;
            double[] xy = r.xy();
            double lastX = v.screenX(xy[0]);
            double lastY = v.screenY(xy[1]);
            path.moveTo(lastX, lastY);
            for (int i = 2; i < xy.length; i += 2) {
                double x = v.screenX(xy[i]);
                double y = v.screenY(xy[i + 1]);
                if (Math.abs(x - lastX) >= MIN_STEP || Math.abs(y - lastY) >= MIN_STEP) {
                    path.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            path.closePath();
        }
        return any;
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }
}
