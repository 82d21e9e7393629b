package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.ROW_HEIGHT;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the items in view: containers as boxes with a header band (a congress's band is its span), leaves
 * as chips with their kind's marker and title, or only the marker when days are narrow. A title wraps into
 * the lines its chip or band has room for; one still cut short keeps its whole text in the tooltip. Highlighted
 * items get a marker-pen background and a thick edge; the selected one a selection frame.
 */
final class ItemPainter {

    private static final double CHIP_INSET = 5;
    private static final double MARKER = 12;

    /** Where an item's title goes: from {@code x} to {@code right}, centred on {@code cy}, {@code height} tall. */
    private record TitleBox(double x, double right, double cy, double height) {
    }

    private final PaletteAndFonts paint;
    private int[] visible = new int[256];
    private int count;
    /** True while drawing a picture for paper: no highlight, no selection frame. */
    private boolean paper;

    ItemPainter(PaletteAndFonts paint) {
        this.paint = paint;
    }

    /**
     * Draws the items in view; {@code paper} draws them as a picture for paper does, with none highlighted nor
     * framed as selected (the window's selection is no part of the data).
     */
    void draw(GraphicsContext gc, TimelineViewModel vm, boolean focused, boolean paper) {
        this.paper = paper;
        try {
            draw(gc, vm, focused);
        } finally {
            this.paper = false;
        }
    }

    private void draw(GraphicsContext gc, TimelineViewModel vm, boolean focused) {
        TimelineLayout layout = vm.getLayout();
        count = 0;
        vm.itemsInView().forEach(i -> {
            if (count == visible.length) {
                visible = Arrays.copyOf(visible, count * 2);
            }
            visible[count++] = i;
        });
        boolean labels = vm.detailProperty().get() == Detail.LABELS;
        for (int k = 0; k < count; k++) {
            TimelineItem it = layout.item(visible[k]);
            if (it.container()) {
                drawContainer(gc, vm, it, labels);
            }
        }
        for (int k = 0; k < count; k++) {
            TimelineItem it = layout.item(visible[k]);
            if (!it.container()) {
                drawLeaf(gc, vm, it, labels);
            }
        }
        TimelineItem selected = paper ? null : vm.selectedItemProperty().get();
        if (selected != null) {
            drawSelection(gc, bounds(vm, selected, labels), focused);
        }
    }

    /** The rectangle drawn for an item: its box, its chip, or its marker. */
    static Bounds bounds(TimelineViewModel vm, TimelineItem it, boolean labels) {
        Viewport v = vm.viewport();
        double x0 = v.xOfDay(it.extentStart());
        double x1 = v.xOfDay(it.extentEnd() + 1);
        double y0 = v.yOfRow(it.row());
        if (it.container()) {
            double inset = Math.min(2 + 4 * it.depth(), (x1 - x0) / 4);
            double bottom = v.yOfRow(it.row() + it.rowSpan()) - 1 - 1.5 * Math.min(it.depth(), 3);
            return new BoundingBox(x0 + inset, y0 + 2, x1 - x0 - 2 * inset, bottom - y0 - 2);
        }
        if (labels || it.multiDay()) {
            double inset = Math.min(CHIP_INSET + 4 * it.depth(), (x1 - x0) / 4);
            return new BoundingBox(x0 + inset, y0 + 3, x1 - x0 - 2 * inset, ROW_HEIGHT - 8);
        }
        double size = markerSize(vm);
        return new BoundingBox((x0 + x1) / 2 - size / 2, y0 + ROW_HEIGHT / 2 - size / 2, size, size);
    }

    private static double markerSize(TimelineViewModel vm) {
        return Math.max(4, Math.min(MARKER, vm.getPixelsPerDay() - 3));
    }

    private void drawContainer(GraphicsContext gc, TimelineViewModel vm, TimelineItem it, boolean labels) {
        TimelinePalette p = paint.palette();
        Color kind = p.kind(it.event().kind());
        Marker marker = Marker.of(it.event().kind());
        Bounds b = bounds(vm, it, labels);
        double arc = marker == Marker.SPAN ? 6 : 12;
        boolean highlighted = !paper && vm.isHighlighted(it);
        gc.setFill(highlighted ? p.highlightFill() : kind.deriveColor(0, 1, 1, 0.07));
        gc.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), arc, arc);
        gc.setFill(kind.deriveColor(0, 1, 1, marker == Marker.SPAN ? 0.30 : 0.20));
        gc.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), ROW_HEIGHT - 4, arc, arc);
        gc.setStroke(highlighted ? p.highlightStroke() : kind);
        gc.setLineWidth(highlighted ? 3 : 1.5);
        if (marker == Marker.DASHED_BOX) {
            gc.setLineDashes(5, 4);
        }
        gc.strokeRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), arc, arc);
        gc.setLineDashes();
        TitleBox t = titleBox(vm, it, labels);
        if (t != null) {
            marker.draw(gc, t.x() - 10, t.cy(), MARKER, kind, p.text());
            title(gc, vm, it, t, highlighted);
        }
    }

    /** Where the item's title is drawn; null when it has no title (a marker, a box too narrow). */
    private static TitleBox titleBox(TimelineViewModel vm, TimelineItem it, boolean labels) {
        Bounds b = bounds(vm, it, labels);
        double left = Math.max(b.getMinX(), 0);  // keep the title in view while the box is
        if (it.container()) {
            double band = ROW_HEIGHT - 4;
            return b.getMaxX() - left >= MARKER + 10
                    ? new TitleBox(left + 22, b.getMaxX() - 6, b.getMinY() + band / 2, band - 2) : null;
        }
        return labels ? new TitleBox(left + 21, b.getMaxX() - 5, b.getMinY() + b.getHeight() / 2, b.getHeight() - 2)
                : null;
    }

    /** The lines of the item's title as drawn (empty when none): whole, wrapped, or cut with an ellipsis. */
    List<String> titleLines(TimelineViewModel vm, TimelineItem it, boolean labels) {
        TitleBox t = titleBox(vm, it, labels);
        return t == null ? List.of() : lines(vm, it, t, !paper && vm.isHighlighted(it));
    }

    private List<String> lines(TimelineViewModel vm, TimelineItem it, TitleBox t, boolean bold) {
        Font font = bold || it.container() ? paint.bold() : paint.regular();
        String whole = vm.titleOf(it);
        int rows = Math.max(1, (int) Math.floor(t.height() / paint.lineHeight()));
        List<String> lines = paint.fit().lines(whole, font, t.right() - t.x(), rows);
        if (lines.size() == 1 && !lines.get(0).equals(whole) && lines.get(0).length() < 5) {
            return List.of();  // no stubs like "C…"
        }
        return lines;
    }

    private void drawLeaf(GraphicsContext gc, TimelineViewModel vm, TimelineItem it, boolean labels) {
        TimelinePalette p = paint.palette();
        Color kind = p.kind(it.event().kind());
        Marker marker = Marker.of(it.event().kind());
        Bounds b = bounds(vm, it, labels);
        boolean highlighted = !paper && vm.isHighlighted(it);
        double cy = b.getMinY() + b.getHeight() / 2;
        if (!labels && !it.multiDay()) {
            if (highlighted) {
                double r = b.getWidth() / 2 + 4;
                gc.setFill(p.highlightFill());
                gc.fillOval(b.getCenterX() - r, cy - r, 2 * r, 2 * r);
                gc.setStroke(p.highlightStroke());
                gc.setLineWidth(2);
                gc.strokeOval(b.getCenterX() - r, cy - r, 2 * r, 2 * r);
            }
            marker.draw(gc, b.getCenterX(), cy, b.getWidth(), kind, p.text());
            return;
        }
        gc.setFill(highlighted ? p.highlightFill() : kind.deriveColor(0, 1, 1, 0.16));
        gc.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 8, 8);
        gc.setStroke(highlighted ? p.highlightStroke() : kind.deriveColor(0, 1, 1, 0.8));
        gc.setLineWidth(highlighted ? 3 : 1);
        gc.strokeRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 8, 8);
        double left = Math.max(b.getMinX(), 0);
        marker.draw(gc, left + 11, cy, MARKER, kind, p.text());
        TitleBox t = titleBox(vm, it, labels);
        if (t != null) {
            title(gc, vm, it, t, highlighted);
        }
    }

    private void title(GraphicsContext gc, TimelineViewModel vm, TimelineItem it, TitleBox t, boolean bold) {
        List<String> lines = lines(vm, it, t, bold);
        if (lines.isEmpty()) {
            return;
        }
        gc.setFont(bold || it.container() ? paint.bold() : paint.regular());
        gc.setFill(paint.palette().text());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double step = paint.lineHeight();
        double y = t.cy() - step * (lines.size() - 1) / 2;
        for (String line : lines) {
            gc.fillText(line, t.x(), y);
            y += step;
        }
    }

    private void drawSelection(GraphicsContext gc, Bounds b, boolean focused) {
        gc.setStroke(paint.palette().selection());
        gc.setLineWidth(2.5);
        gc.strokeRoundRect(b.getMinX() - 2, b.getMinY() - 2, b.getWidth() + 4, b.getHeight() + 4, 10, 10);
        if (focused) {
            gc.setLineWidth(1);
            gc.setLineDashes(3, 3);
            gc.strokeRoundRect(b.getMinX() - 5, b.getMinY() - 5, b.getWidth() + 10, b.getHeight() + 10, 12, 12);
            gc.setLineDashes();
        }
    }
}
