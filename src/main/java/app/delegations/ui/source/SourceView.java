package app.delegations.ui.source;

import app.delegations.model.Source;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.source.SourceViewModel.Passage;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The Source view: the source text with the selected record's passages highlighted and scrolled to. */
public final class SourceView extends BorderPane {
    private final SourceViewModel vm;
    private final Selection selection;
    private final Messages m;
    private final Formats formats;
    private final Listeners listeners = new Listeners();
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();
    private final ScrollPane scroll;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label status = new Label();
    private final ComboBox<Source> sources = new ComboBox<>();

    public SourceView(SourceViewModel vm, Selection selection, Messages messages) {
        this.vm = vm;
        this.selection = selection;
        this.m = messages;
        this.formats = new Formats(messages.locale());
        setId("sourceView");
        getStyleClass().add("source-view");

        flow.setId("sourceText");
        flow.getStyleClass().add("source-text");
        marks.getStyleClass().add("source-marks");
        marks.setManaged(false);
        var page = new StackPane(marks, flow);
        page.setAlignment(Pos.TOP_LEFT);
        page.getStyleClass().add("source-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("sourceScroll");
        scroll.getStyleClass().add("source-scroll");

        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        meta.getStyleClass().add("source-meta");
        meta.setWrapText(true);
        status.setId("sourceStatus");
        status.getStyleClass().add("source-status");
        status.setWrapText(true);
        sources.setId("sourceChoice");
        sources.setItems(vm.sources());
        sources.setCellFactory(l -> sourceCell());
        sources.setButtonCell(sourceCell());
        sources.valueProperty().bindBidirectional(vm.sourceProperty());
        listeners.onDispose(() -> sources.valueProperty().unbindBidirectional(vm.sourceProperty()));
        sources.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.sources()).greaterThan(1));
        sources.managedProperty().bind(sources.visibleProperty());
        var header = new VBox(4, new HBox(8, title, sources), meta, status);
        header.getStyleClass().add("source-header");
        setTop(header);
        setCenter(scroll);

        listeners.onChange(vm.sourceProperty(), (o, a, b) -> render());
        listeners.onChange(vm.passagesProperty(), (o, a, b) -> render());
        listeners.onChange(vm.focusedProperty(), (o, a, b) -> scrollToFocus());
        flow.layoutBoundsProperty().addListener((o, a, b) -> drawMarks());
        render();
    }

    public void dispose() {
        listeners.dispose();
    }

    private void render() {
        Source s = vm.sourceProperty().get();
        flow.getChildren().clear();
        if (s == null) {
            title.setText(m.get("source.empty"));
            meta.setText("");
            status.setText(m.get("empty.hint.open"));
            setCenter(EmptyState.message(m.get("source.empty"), m.get("empty.hint.open")));
            return;
        }
        setCenter(scroll);
        title.setText(s.title().in(m.locale()));
        String date = s.date() == null ? m.get("source.undated") : formats.date(s.date());
        String note = s.dateNote() == null ? "" : " (" + s.dateNote().in(m.locale()) + ")";
        meta.setText(m.format("source.meta", date + note, languageName(s.language(), m.locale()), s.file()));
        String text = s.text();
        List<Passage> passages = vm.passagesProperty().get();
        int at = 0;
        for (Passage p : passages) {
            if (p.start() > at) {
                flow.getChildren().add(plain(text.substring(at, p.start())));
            }
            var t = new Text(text.substring(p.start(), p.end()));
            t.getStyleClass().addAll("passage", p.inferred() ? "passage-inferred" : "passage-stated");
            flow.getChildren().add(t);
            at = p.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        Record r = selection.get();
        status.setText(r == null ? m.get("source.status.none")
                : passages.isEmpty() ? m.get("source.status.nopassage")
                : m.count("source.status.passages", passages.size()));
        Platform.runLater(() -> {
            drawMarks();
            scrollToFocus();
        });
    }

    private static Text plain(String s) {
        var t = new Text(s);
        t.getStyleClass().add("source-plain");
        return t;
    }

    /** Draws a background behind each passage (TextFlow has no text background of its own). */
    private void drawMarks() {
        marks.getElements().clear();
        // rangeShape gives the text's own coordinates: shift them by the flow's padding
        marks.setLayoutX(flow.getInsets().getLeft());
        marks.setLayoutY(flow.getInsets().getTop());
        String text = vm.sourceProperty().get() == null ? "" : vm.sourceProperty().get().text();
        for (Passage p : vm.passagesProperty().get()) {
            if (p.end() <= text.length()) {
                PathElement[] shape = flow.rangeShape(p.start(), p.end());
                marks.getElements().addAll(shape);
            }
        }
    }

    private void scrollToFocus() {
        Passage p = vm.focusedProperty().get();
        if (p == null || flow.getChildren().isEmpty() || vm.sourceProperty().get() == null
                || p.end() > vm.sourceProperty().get().text().length()) {
            return;
        }
        PathElement[] shape = flow.rangeShape(p.start(), p.end());
        var path = new Path(shape);
        Bounds b = path.getBoundsInLocal();
        double content = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport && !b.isEmpty()) {
            double target = Math.max(0, b.getMinY() - viewport / 3);
            scroll.setVvalue(Math.min(1, target / (content - viewport)));
        }
    }

    private ListCell<Source> sourceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Source item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title().in(m.locale()));
            }
        };
    }

    /** "polski", "English": the name of a source's language (a BCP 47 tag) in the UI's language, else the tag. */
    static String languageName(String tag, Locale ui) {
        if (tag == null) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(ui);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name;
    }
}
