package app.delegations.ui.map;

import app.delegations.ui.map.MapFrame.Label;
import app.delegations.ui.map.MapFrame.Marker;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link MapFrame}'s markers and labels on a canvas, over the ground ({@link GroundPainter}'s).
 */
final class MapPainter {
    private final Font font;
    private final Font clusterFont;

    MapPainter(Font font) {
        this.font = font;
        this.clusterFont = Font.font(font.getFamily(), Math.max(9, font.getSize() - 1));
    }

    Font font() {
        return font;
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
