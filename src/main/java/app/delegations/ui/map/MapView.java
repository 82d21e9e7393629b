package app.delegations.ui.map;

import app.delegations.model.PlaceRole;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.ExportFile;
import app.delegations.ui.common.ExportProgress;
import app.delegations.ui.common.Narrowing;
import app.delegations.ui.common.Icons;
import app.delegations.ui.common.Messages;
import app.delegations.ui.filter.FilterInWords;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.timeline.PngEncoder;
import app.delegations.ui.timeline.TimelineIcons;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The Map tab {@code #mapView}: a toolbar (zoom in, zoom out, show all places, export as PNG, how many places are
 * on the map), the map {@code #map}, and a legend of the marker colours and sizes with the outlines' origin. With
 * nothing to show (no data, or the filter leaves no place with coordinates) an empty state says why. Past 250 lines
 * because it also draws the map's picture for paper, which takes its canvas's painter and fonts and its legend.
 */
final class MapView extends BorderPane {
    /** The exported image's size when the map has not been shown yet. */
    private static final double EXPORT_WIDTH = 1200;
    private static final double EXPORT_HEIGHT = 800;
    /** The exported image's pixels per pixel of the view unless told otherwise: fine enough to print. */
    static final double SCALE = 2;
    /** The picture's rows drawn on the UI thread at a time: about the screen's map, never a long frame. */
    private static final int BAND = 256;

    private final MapViewModel vm;
    private final MapCanvas canvas;
    private final MapLegendPainter pngLegend;
    private final Narrowing note;
    private final Messages messages;
    private double scale = SCALE;
    /** How far {@link #readyNext} has readied the view: 0 not begun, 1 held, 2 released, 3 ready. */
    private int readied;

    MapView(MapViewModel vm, FilterModel filter, Messages m, EmptyState.DataStatus data, Runnable export) {
        this.vm = vm;
        this.note = new FilterInWords(filter);
        this.messages = m;
        setId("mapView");
        vm.following().shownOn(this); // out of sight, a typed search result waits until it is shown
        getStyleClass().add("map-view");
        canvas = new MapCanvas(vm);
        canvas.setAccessibleText(m.get("map.accessible"));
        canvas.setAccessibleHelp(m.get("map.accessible.help"));
        pngLegend = new MapLegendPainter(m, canvas.painter().font(), canvas::width);

        Button zoomIn = Icons.button("mapZoomIn", TimelineIcons.ZOOM_IN, m.get("map.zoomIn"));
        Button zoomOut = Icons.button("mapZoomOut", TimelineIcons.ZOOM_OUT, m.get("map.zoomOut"));
        Button fit = Icons.button("mapFit", TimelineIcons.FIT, m.get("map.fit"));
        Button png = Icons.button("mapExport", TimelineIcons.EXPORT, m.get("map.export"));
        zoomIn.setOnAction(e -> vm.zoomIn());
        zoomOut.setOnAction(e -> vm.zoomOut());
        fit.setOnAction(e -> vm.frameShown());
        png.setOnAction(e -> export.run());
        zoomIn.disableProperty().bind(vm.canZoomInProperty().not());
        zoomOut.disableProperty().bind(vm.canZoomOutProperty().not());
        png.disableProperty().bind(vm.shownCountProperty().isEqualTo(0));
        var count = new Label();
        count.setId("mapCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> m.count("map.count", vm.shownCountProperty().get()), vm.shownCountProperty()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var toolbar = new HBox(4, zoomIn, zoomOut, fit, new Separator(Orientation.VERTICAL), png, spacer, count);
        toolbar.getStyleClass().add("timeline-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 8, 4, 8));
        setTop(toolbar);

        Node empty = EmptyState.forTable(new EmptyState.FilterState(filter.searchTextProperty(),
                filter.activeProperty(), filter.chosenProperty(), filter::clear), m, "map", data);
        empty.setId("mapEmpty");
        empty.visibleProperty().bind(vm.shownCountProperty().isEqualTo(0));
        var center = new StackPane(canvas, empty);
        setCenter(center);
        setBottom(legend(m));
    }

    MapCanvas canvas() {
        return canvas;
    }

    /**
     * One step of readying the view ahead, out of sight (before and after it is put in its tab): first the map is
     * held, so that the frame that styles and lays out the view does none of the map's work; then it is released,
     * and the next frame frames the places, lays out and draws the markers and asks for the ground, as on a first
     * showing; that frame is left to it alone (a step that does nothing). False once ready.
     */
    boolean readyNext() {
        switch (readied) {
            case 0 -> canvas.hold(true);
            case 1 -> canvas.hold(false);
            case 2 -> { } // the frame that lays out the map released holds no other step
            default -> {
                return false;
            }
        }
        readied++;
        return true;
    }

    /** Readied no further: shown now, the view does what is left of it at once. */
    void readyNow() {
        readied = 3;
        canvas.hold(false);
    }

    /** The map takes the focus (Ctrl+8 focuses the view: its keys then work at once). */
    @Override
    public void requestFocus() {
        canvas.requestFocus();
    }

    /** The exported picture's pixels per pixel of the view (1: the screen's pixels). */
    void setPictureScale(double scale) {
        this.scale = scale;
    }

    void setDark(boolean dark) {
        canvas.setPalette(dark ? MapPalette.DARK : MapPalette.LIGHT);
    }

    void setOnOpen(Runnable open) {
        canvas.setOnOpen(open);
    }

    void dispose() {
        canvas.dispose();
    }

    /**
     * Writes the map as {@link #picture} draws it, on this thread (the UI thread).
     */
    void exportPng(File file) throws IOException {
        picture().write(file.toPath(), ExportProgress.NONE);
    }

    /**
     * The map as it is framed (its view; 1200×800 framed on the places when not shown yet) as a picture for a
     * report, taken now on the UI thread and drawn and written as a PNG by the job on any thread: {@link #SCALE}
     * (or {@link #setPictureScale}) times the view's pixels, in the light colours whatever the window's theme ({@link MapPalette#PAPER}), with
     * no selection ring (nor hover or focus: the window's state is no part of the data), the legend and the
     * outlines' origin under it, and under them the filter that made it, as a figure's PNG says it. Only the
     * markers, labels, legend and line are drawn on the UI thread, a band of rows at a time
     * ({@link #BAND}) while the job waits; the ground, the heavy part, is drawn by the job.
     */
    Export.Job picture() {
        double scale = this.scale;
        boolean unsized = !vm.viewport().sized();
        if (unsized) {
            vm.resize(EXPORT_WIDTH, EXPORT_HEIGHT);
        }
        try {
            MapViewport v = vm.viewport();
            double w = Math.floor(v.width());
            double h = Math.floor(v.height());
            double legend = pngLegend.height(w);
            int width = (int) (w * scale);
            int groundHeight = (int) (h * scale);
            int height = (int) ((h + legend + MapLegendPainter.ROW) * scale);
            MapFrame frame = vm.paperFrame(canvas::width, canvas.textHeight());
            String line = note.pictureLine(messages);
            MapViewport view = MapViewport.at(v.centerX(), v.centerY(), v.scale(), w, h);
            WorldOutlines outlines = vm.outlines();
            Set<String> tinted = Set.copyOf(vm.shownCountries());
            return (file, progress) -> {
                var ground = new GroundRaster(width, groundHeight); // drawn as the map draws its ground
                ground.draw(view, scale, outlines, tinted, MapPalette.PAPER);
                progress.check();
                var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g2 = image.createGraphics();
                try {
                    g2.drawImage(ground.image(), 0, 0, null);
                    for (int top = 0; top < height; top += BAND) {
                        int band = Math.min(BAND, height - top);
                        int from = top;
                        int[] over = onUiThread(() -> marks(frame, line, w, h, legend, scale, width, from, band));
                        var marks = new BufferedImage(width, band, BufferedImage.TYPE_INT_ARGB_PRE);
                        int[] pixels = ((DataBufferInt) marks.getRaster().getDataBuffer()).getData();
                        System.arraycopy(over, 0, pixels, 0, over.length);
                        g2.drawImage(marks, 0, top, null);
                        progress.check();
                    }
                } finally {
                    g2.dispose();
                }
                int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
                ExportFile.write(file, progress, out -> PngEncoder.write(width, height, argb, out));
            };
        } finally {
            if (unsized) {
                vm.resize(0, 0);
                vm.frameShown(); // framed again on the view's own size once it is shown
            }
        }
    }

    /**
     * The rows {@code top} to {@code top + band} of the picture's markers, labels, legend and filter line, over a
     * transparent ground, as premultiplied ARGB pixels; on the UI thread (a canvas), a band at a time so that no
     * frame waits for the whole picture.
     */
    private int[] marks(MapFrame frame, String line, double w, double h, double legend, double scale, int width,
                        int top, int band) {
        var marks = new Canvas(width, band);
        GraphicsContext g = marks.getGraphicsContext2D();
        g.translate(0, -top);
        g.scale(scale, scale);
        canvas.painter().marks(g, frame, MapPalette.PAPER);
        pngLegend.draw(g, h, w, MapPalette.PAPER);
        pngLegend.line(g, line, h + legend, w, MapPalette.PAPER);
        var transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage shot = marks.snapshot(transparent, null);
        int[] pixels = new int[width * band];
        shot.getPixelReader().getPixels(0, 0, width, band, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return pixels;
    }

    /** What {@code work} gives, computed on the UI thread: at once on it, else waiting for it. */
    private static int[] onUiThread(Callable<int[]> work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        var task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the map's picture was interrupted");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** The legend wraps onto a second line where the map is narrow: no entry, nor the outlines' origin, is cut. */
    private static FlowPane legend(Messages m) {
        var box = new FlowPane(14, 2);
        box.getStyleClass().add("map-legend");
        box.setId("mapLegend");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        for (PlaceRole role : PlaceRole.values()) {
            box.getChildren().add(swatch(m.label("role", role.json()), 6, role));
        }
        box.getChildren().add(swatch(m.get("map.legend.none"), 6, null));
        box.getChildren().add(swatch(m.get("map.legend.size"), 9, null));
        var origin = new Label(m.get("map.legend.origin"));
        origin.setId("mapOrigin");
        origin.getStyleClass().add("map-origin");
        origin.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(origin);
        return box;
    }

    private static Label swatch(String text, double radius, PlaceRole role) {
        var dot = new Circle(radius, MapPalette.of(role));
        if (radius > 6) {
            dot.setFill(null);
            dot.setStroke(MapPalette.of(null));
        }
        var label = new Label(text, dot);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
