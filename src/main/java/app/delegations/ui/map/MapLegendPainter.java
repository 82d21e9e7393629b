package app.delegations.ui.map;

import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The legend under an exported map, as the view's legend shows it: a dot of each role's colour, no role, the size
 * ring, and the outlines' origin, in rows of {@link #ROW} pixels that wrap where the image is narrow, so that no
 * entry is cut.
 */
final class MapLegendPainter {
    static final double ROW = 24;
    private static final double PAD = 8;
    private static final double GAP = 14;
    private static final double DOT = 6;

    private record Entry(String text, Color color, boolean ring, double width) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Font font;

    MapLegendPainter(Messages m, Font font, ToDoubleFunction<String> textWidth) {
        this.font = font;
        for (PlaceRole role : PlaceRole.values()) {
            add(m.label("role", role.json()), MapPalette.of(role), false, textWidth);
        }
        add(m.get("map.legend.none"), MapPalette.of(null), false, textWidth);
        add(m.get("map.legend.size"), MapPalette.of(null), true, textWidth);
        add(m.get("map.legend.origin"), null, false, textWidth);
    }

    private void add(String text, Color color, boolean ring, ToDoubleFunction<String> textWidth) {
        double dot = color == null ? 0 : 2 * DOT + 9 + 4;
        entries.add(new Entry(text, color, ring, dot + textWidth.applyAsDouble(text)));
    }

    /** The legend's height for an image {@code width} pixels wide. */
    double height(double width) {
        return rows(width) * ROW;
    }

    /** Draws the legend in the strip from {@code top} down, {@code width} wide. */
    void draw(GraphicsContext g, double top, double width, MapPalette palette) {
        g.setFill(palette.land());
        g.fillRect(0, top, width, height(width));
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = PAD;
        double y = top + ROW / 2;
        for (Entry e : entries) {
            if (x > PAD && x + e.width() > width - PAD) {
                x = PAD;
                y += ROW;
            }
            double tx = x;
            if (e.color() != null) {
                double r = e.ring() ? 9 : DOT;
                if (e.ring()) {
                    g.setStroke(e.color());
                    g.setLineWidth(1.2);
                    g.strokeOval(x + DOT - r + 3, y - r, 2 * r, 2 * r);
                } else {
                    g.setFill(e.color());
                    g.fillOval(x + 3, y - r, 2 * r, 2 * r);
                }
                tx = x + 2 * DOT + 9 + 4;
            }
            g.setFill(palette.text());
            g.fillText(e.text(), tx, y);
            x += e.width() + GAP;
        }
    }

    /** Draws {@code line} (the filter that made the picture) in a strip {@link #ROW} high from {@code top} down. */
    void line(GraphicsContext g, String line, double top, double width, MapPalette palette) {
        g.setFill(palette.land());
        g.fillRect(0, top, width, ROW);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.text());
        g.fillText(line, PAD, top + ROW / 2, width - 2 * PAD);
    }

    private int rows(double width) {
        int rows = 1;
        double x = PAD;
        for (Entry e : entries) {
            if (x > PAD && x + e.width() > width - PAD) {
                x = PAD;
                rows++;
            }
            x += e.width() + GAP;
        }
        return rows;
    }
}
