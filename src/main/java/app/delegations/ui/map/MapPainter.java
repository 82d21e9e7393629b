package app.delegations.ui.map;

import app.delegations.ui.map.MapFrame.Label;
import app.delegations.ui.map.MapFrame.Marker;
import app.delegations.ui.map.WorldOutlines.Outline;
import app.delegations.ui.map.WorldOutlines.Ring;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the map on a canvas: the sea, the country outlines (the countries of the places shown tinted), then a
 * {@link MapFrame}'s markers and labels. Outlines off screen are skipped, and so are rings smaller than a pixel
 * and points less than {@link #MIN_STEP} pixels from the last one drawn, so that the whole world costs about as
 * much as one country seen close.
 */
final class MapPainter {
    static final double MIN_STEP = 0.75;

    private final Font font;
    private final Font clusterFont;

    MapPainter(Font font) {
        this.font = font;
        this.clusterFont = Font.font(font.getFamily(), Math.max(9, font.getSize() - 1));
    }

    Font font() {
        return font;
    }

    /** The whole map as {@code v} shows it: the ground, then the marks. */
    void draw(GraphicsContext g, MapViewport v, WorldOutlines outlines, Set<String> tinted, MapFrame frame,
              MapPalette palette) {
        ground(g, v, outlines, tinted, palette);
        marks(g, frame, palette);
    }

    /** The sea over the whole view, and the outlines on it (those of the {@code tinted} countries tinted). */
    void ground(GraphicsContext g, MapViewport v, WorldOutlines outlines, Set<String> tinted, MapPalette palette) {
        g.setFill(palette.sea());
        g.fillRect(0, 0, v.width(), v.height());
        g.setFillRule(FillRule.EVEN_ODD);
        g.setStroke(palette.border());
        g.setLineWidth(0.6);
        for (Outline o : outlines.all()) {
            if (path(g, v, o)) {
                g.setFill(tinted.contains(o.code()) ? palette.landShown() : palette.land());
                g.fill();
                g.stroke();
            }
        }
    }

    /** A frame's markers, then its labels over them. */
    void marks(GraphicsContext g, MapFrame frame, MapPalette palette) {
        for (Marker m : frame.markers()) {
            marker(g, m, palette);
        }
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(3);
        for (Label l : frame.labels()) {
            g.setStroke(palette.halo());
            g.strokeText(l.text(), l.x(), l.y());
            g.setFill(palette.text());
            g.fillText(l.text(), l.x(), l.y());
        }
    }

    /** Starts a path of the outline's rings on screen; false when none of them is. */
    private static boolean path(GraphicsContext g, MapViewport v, Outline o) {
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
            if (!any) {
                g.beginPath();
                any = true;
            }
            double[] xy = r.xy();
            double lastX = v.screenX(xy[0]);
            double lastY = v.screenY(xy[1]);
            g.moveTo(lastX, lastY);
            for (int i = 2; i < xy.length; i += 2) {
                double x = v.screenX(xy[i]);
                double y = v.screenY(xy[i + 1]);
                if (Math.abs(x - lastX) >= MIN_STEP || Math.abs(y - lastY) >= MIN_STEP) {
                    g.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            g.closePath();
        }
        return any;
    }

    private void marker(GraphicsContext g, Marker m, MapPalette palette) {
        double r = m.radius();
        if (m.cluster()) {
            g.setFill(palette.cluster().deriveColor(0, 1, 1, 0.88));
            g.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            g.setStroke(palette.halo());
            g.setLineWidth(2);
            g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            g.setFill(palette.clusterText());
            g.setFont(clusterFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(m.count()), m.x(), m.y());
            return;
        }
        if (m.selected()) {
            g.setStroke(palette.selectedRing());
            g.setLineWidth(4);
            g.strokeOval(m.x() - r - 3, m.y() - r - 3, 2 * r + 6, 2 * r + 6);
        }
        Color fill = MapPalette.of(m.role());
        g.setFill(fill.deriveColor(0, 1, 1, 0.85));
        g.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.2);
        g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
    }
}
