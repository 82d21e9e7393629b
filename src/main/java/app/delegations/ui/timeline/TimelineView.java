package app.delegations.ui.timeline;

import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.ExportProgress;
import java.io.File;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * The timeline: a toolbar (zoom in, zoom out, fit all, export as PNG, the visible dates), the drawing surface
 * {@code #timeline} with its scroll bars, and the legend of kinds. All state lives in {@link TimelineViewModel}.
 */
public final class TimelineView extends BorderPane {

    private static final double EXPORT_WIDTH = 1200;
    private static final double EXPORT_HEIGHT = 600;

    private final TimelineViewModel vm;
    private final PaletteAndFonts paint = new PaletteAndFonts();
    private final TimelineRenderer renderer;
    private final TimelineTexts texts;
    private final TimelineCanvas surface;
    private final TimelineLegend legend = new TimelineLegend(paint);
    private final Button zoomIn = iconButton("timelineZoomIn", TimelineIcons.ZOOM_IN);
    private final Button zoomOut = iconButton("timelineZoomOut", TimelineIcons.ZOOM_OUT);
    private final Button fit = iconButton("timelineFit", TimelineIcons.FIT);
    private final Button export = iconButton("timelineExport", TimelineIcons.EXPORT);
    private final Label range = new Label();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<Runnable> onExport = new SimpleObjectProperty<>(this, "onExport");
    private final List<Runnable> disposers = new ArrayList<>();
    private ResourceBundle bundle;
    private List<EventKind> kinds = List.of(EventKind.values());
    private Supplier<String> pictureLine = () -> null;

    public TimelineView(TimelineViewModel vm, ResourceBundle bundle) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        texts = new TimelineTexts(vm, this::text);
        renderer = new TimelineRenderer(paint, this::text);
        surface = new TimelineCanvas(vm, renderer);
        surface.setDescriber(texts::item);
        surface.setBarDescriber(texts::bar);
        getStyleClass().add("timeline-view");

        zoomIn.setOnAction(e -> vm.zoomIn());
        zoomOut.setOnAction(e -> vm.zoomOut());
        fit.setOnAction(e -> vm.fitAll());
        export.setOnAction(e -> {
            if (onExport.get() != null) {
                onExport.get().run();
            }
        });
        export.disableProperty().bind(onExport.isNull()
                .or(Bindings.createBooleanBinding(() -> vm.getLayout().isEmpty(), vm.layoutProperty())));
        zoomIn.disableProperty().bind(vm.viewport().canZoomInProperty().not());
        zoomOut.disableProperty().bind(vm.viewport().canZoomOutProperty().not());
        range.setId("timelineRange");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var toolbar = new HBox(4, zoomIn, zoomOut, fit, new Separator(Orientation.VERTICAL), export, spacer, range);
        toolbar.getStyleClass().add("timeline-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 8, 4, 8));
        setTop(toolbar);
        setCenter(TimelineScrollBars.around(surface, vm.viewport()));
        setBottom(legend);

        watch(vm.revisionProperty(), o -> updateRange());
        watch(vm.layoutProperty(), o -> {
            kinds = kindsIn(vm);
            legend.show(kinds, this::text);
            fit.setDisable(vm.getLayout().isEmpty());
        });
        watch(vm.selectedItemProperty(), o -> updateAccessibleText());
        watch(vm.dayFormatProperty(), o -> updateAccessibleText());
        watch(vm.revisionProperty(), surface.repaintRequest());
        dark.addListener(o -> applyTheme());
        kinds = kindsIn(vm);
        setBundle(bundle);
        applyTheme();
    }

    /**
     * Detaches this view from its view model (which may outlive it, e.g. when the window rebuilds its views for
     * another language); the view is not to be shown again.
     */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    /** Switches the language of the controls (dates and titles follow the view model's locale). */
    public void setBundle(ResourceBundle newBundle) {
        bundle = Objects.requireNonNull(newBundle, "bundle");
        label(zoomIn, "timeline.zoomIn");
        label(zoomOut, "timeline.zoomOut");
        label(fit, "timeline.fit");
        label(export, "timeline.export");
        legend.show(kinds, this::text);
        surface.setAccessibleHelp(text("timeline.accessible.help"));
        updateAccessibleText();
        updateRange();
        surface.requestLayout();
    }

    /** The drawing surface takes the focus (Ctrl+3 focuses the view: its keys then work at once). */
    @Override
    public void requestFocus() {
        surface.requestFocus();
    }

    /**
     * What the toolbar's export button runs: the window's one export path (it asks where, writes with
     * {@link #exportPng} and tells the outcome). Unset, or while no event is shown, the button is disabled.
     */
    public ObjectProperty<Runnable> onExportProperty() {
        return onExport;
    }

    /** Writes the timeline as {@link #picture} draws it, on this thread (the JavaFX thread). */
    public void exportPng(File file) throws IOException {
        picture().write(file.toPath(), ExportProgress.NONE);
    }

    /**
     * The timeline as it is shown (its size, scale and scroll position; 1200×600 when not shown yet) as a picture
     * for a report ({@link TimelinePicture}): twice the view's pixels, in the light colours whatever the theme
     * ({@link TimelinePalette#PAPER}), with no highlighted event nor selection (the window's state is no part of
     * the data), the legend under it and under that the filter that made it ({@link #setPictureLine}). Drawn now,
     * on the JavaFX thread; the job encodes and writes the PNG on any thread.
     */
    public Export.Job picture() {
        if (surface.getWidth() < 1 || surface.getHeight() < 1) {
            vm.viewportWidthProperty().set(EXPORT_WIDTH);
            vm.viewportHeightProperty().set(EXPORT_HEIGHT);
        }
        return TimelinePicture.draw(renderer, vm, kinds, pictureLine.get(), paint, dark.get());
    }

    /**
     * What says, under the exported picture, which filter made it ("Filtry: kraj Serbia"); null from the
     * supplier: no such line.
     */
    public void setPictureLine(Supplier<String> line) {
        pictureLine = Objects.requireNonNull(line, "line");
    }

    private void applyTheme() {
        paint.setDark(dark.get());
        legend.show(kinds, this::text);
        surface.requestLayout();
    }

    private void updateRange() {
        range.setText(texts.range(vm.viewportWidthProperty().get()));
    }

    private void updateAccessibleText() {
        TimelineItem item = vm.selectedItemProperty().get();
        if (item == null) {
            surface.setAccessibleText(text("timeline.accessible"));
            return;
        }
        surface.setAccessibleText(MessageFormat.format(text("timeline.accessible.selected"), texts.item(item)));
    }

    private void label(Button button, String key) {
        button.setAccessibleText(text(key));
        button.setTooltip(new Tooltip(text(key)));
    }

    private static Button iconButton(String id, String svg) {
        var icon = new SVGPath();
        icon.setContent(svg);
        var button = new Button(null, icon);
        icon.fillProperty().bind(button.textFillProperty());  // the theme's text colour, light or dark
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return button;
    }

    private void watch(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        disposers.add(() -> observable.removeListener(listener));
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static List<EventKind> kindsIn(TimelineViewModel vm) {
        var present = EnumSet.noneOf(EventKind.class);
        for (Event e : vm.getDataset().events()) {
            present.add(e.kind());
        }
        return List.copyOf(present.isEmpty() ? EnumSet.allOf(EventKind.class) : present);
    }
}
