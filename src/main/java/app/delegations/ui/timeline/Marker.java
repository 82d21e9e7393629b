package app.delegations.ui.timeline;

import app.delegations.model.EventKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The shape of each kind, so that kinds differ by more than colour. */
enum Marker {
    /** A congress: a span (a long bar with rounded ends). */
    SPAN,
    /** A conference: a rounded container. */
    ROUNDED_BOX,
    /** A session: a container with a dashed edge. */
    DASHED_BOX,
    CIRCLE,
    DIAMOND,
    SQUARE,
    TRIANGLE,
    HEXAGON;

    static Marker of(EventKind kind) {
        return switch (kind) {
            case CONGRESS -> SPAN;
            case CONFERENCE -> ROUNDED_BOX;
            case SESSION -> DASHED_BOX;
            case VISIT -> CIRCLE;
            case PRESENTATION -> DIAMOND;
            case SUMMARY -> SQUARE;
            case MEETING -> TRIANGLE;
            case OTHER -> HEXAGON;
        };
    }

    /** Draws the marker centred on (cx, cy) in a box of {@code size} pixels, filled and outlined. */
    void draw(GraphicsContext gc, double cx, double cy, double size, Color fill, Color outline) {
        double r = size / 2;
        gc.setFill(fill);
        gc.setStroke(outline);
        gc.setLineWidth(1);
        gc.setLineDashes();
        switch (this) {
            case SPAN -> {
                gc.fillRoundRect(cx - r, cy - r * 0.45, size, size * 0.45, size * 0.45, size * 0.45);
                gc.strokeRoundRect(cx - r, cy - r * 0.45, size, size * 0.45, size * 0.45, size * 0.45);
            }
            case ROUNDED_BOX, DASHED_BOX -> {
                gc.fillRoundRect(cx - r, cy - r * 0.8, size, size * 0.8, r, r);
                if (this == DASHED_BOX) {
                    gc.setLineDashes(2, 2);
                }
                gc.strokeRoundRect(cx - r, cy - r * 0.8, size, size * 0.8, r, r);
                gc.setLineDashes();
            }
            case CIRCLE -> {
                gc.fillOval(cx - r, cy - r, size, size);
                gc.strokeOval(cx - r, cy - r, size, size);
            }
            case DIAMOND -> polygon(gc, new double[] {cx, cx + r, cx, cx - r}, new double[] {cy - r, cy, cy + r, cy});
            case SQUARE -> {
                double s = size * 0.82;
                gc.fillRect(cx - s / 2, cy - s / 2, s, s);
                gc.strokeRect(cx - s / 2, cy - s / 2, s, s);
            }
            case TRIANGLE -> polygon(gc, new double[] {cx, cx + r, cx - r},
                    new double[] {cy - r, cy + r * 0.8, cy + r * 0.8});
            case HEXAGON -> {
                double[] xs = new double[6];
                double[] ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 3 * i;
                    xs[i] = cx + r * Math.cos(a);
                    ys[i] = cy + r * Math.sin(a);
                }
                polygon(gc, xs, ys);
            }
        }
    }

    private static void polygon(GraphicsContext gc, double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
        gc.strokePolygon(xs, ys, xs.length);
    }
}
