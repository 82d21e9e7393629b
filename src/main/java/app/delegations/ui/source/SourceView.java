package app.delegations.ui.source;

import app.delegations.model.Entity;
import app.delegations.model.Source;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.source.SourceViewModel.Passage;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Source view: the source text with the selected record's passages highlighted and scrolled to. */
public final class SourceView extends BorderPane {
    private final SourceViewModel vm;
    private final Selection selection;
    private final Messages m;
    private final Formats formats;
    private final Listeners listeners = new Listeners();
    private final PassageFlow flow = new PassageFlow();
    /** True from a change of the passage to scroll to until the scroll, made once the flow is laid out. */
    private boolean scrollPending;
    private final ScrollPane scroll;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label status = new Label();
    private final ComboBox<Source> sources = new ComboBox<>();
    private final SourceTools tools;
    /** The note last shown and its shown text. */
    private String shownOf;
    private String shown;

    public SourceView(SourceViewModel vm, Selection selection, Messages messages) {
        this(vm, selection, messages, null);
    }

    /** @param citing the archive and models for New source and Cite for…; null for a view without them */
    SourceView(SourceViewModel vm, Selection selection, Messages messages, SourceFeature.Citing citing) {
        this.vm = vm;
        this.selection = selection;
        this.m = messages;
        this.formats = new Formats(messages.locale());
        setId("sourceView");
        getStyleClass().add("source-view");

        flow.setAfterLayout(this::scrollToFocus);
        var page = new StackPane(flow);
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
        sources.visibleProperty().bind(Bindings.size(vm.sources()).greaterThan(1));
        sources.managedProperty().bind(sources.visibleProperty());
        tools = citing == null ? null : new SourceTools(vm, selection, messages, citing, listeners, this::render);
        title.setId("sourceTitle");
        title.setMaxWidth(Double.MAX_VALUE);
        sources.setMaxWidth(Double.MAX_VALUE);
        // the choice of source on a row of its own, above the chosen one's title: side by side it squeezed the
        // title into a column a word wide
        var header = new VBox(4, sources, title, meta, status);
        if (tools != null) {
            header.getChildren().add(tools.bar());
        }
        header.getStyleClass().add("source-header");
        setTop(header);
        setCenter(scroll);

        listeners.onChange(vm.sourceProperty(), (o, a, b) -> render());
        listeners.onChange(vm.passagesProperty(), (o, a, b) -> render());
        listeners.onChange(vm.focusedProperty(), (o, a, b) -> requestScroll());
        render();
    }

    /** Stops following the view model (and unbinds the source choice); the view shows nothing new after it. */
    public void dispose() {
        listeners.dispose();
    }

    private void render() {
        Source s = vm.sourceProperty().get();
        flow.clear();
        if (tools != null) {
            setRight(tools.right());
        }
        if (s == null) {
            title.setText(m.get("source.empty"));
            meta.setText("");
            status.setText(m.get("empty.hint.open"));
            center(EmptyState.message(m.get("source.empty"), m.get("empty.hint.open")));
            return;
        }
        center(scroll);
        title.setText(s.title().in(m.locale()));
        String date = s.date() == null ? m.get("source.undated") : formats.date(s.date());
        String note = s.dateNote() == null ? "" : " (" + s.dateNote().in(m.locale()) + ")";
        meta.setText(m.format("source.meta", date + note, languageName(s.language(), m.locale()), s.file()));
        List<Passage> passages = vm.passagesProperty().get().stream()
                .filter(p -> p.end() <= s.text().length()).toList();
        flow.show(shown(s.text()), passages); // the note's offsets, paragraphs reflowed
        Entity r = selection.get();
        status.setText(r == null ? m.get("source.status.none")
                : passages.isEmpty() ? m.get("source.status.nopassage")
                : m.count("source.status.passages", passages.size()));
        requestScroll();
    }

    /** The note as shown ({@link Reflow}), made once per note rather than at every selection. */
    private String shown(String note) {
        if (note != shownOf) { // the same note object: a long text is not compared character by character
            shown = Reflow.shown(note);
            shownOf = note;
        }
        return shown;
    }

    private void center(Node text) {
        Node shown = tools == null ? text : tools.center(text);
        if (getCenter() != shown) {
            setCenter(shown);
        }
    }

    /** The view's tools for sources and citing, or null when it has none. */
    SourceTools tools() {
        return tools;
    }

    /**
     * Each highlighted passage whose highlight does not lie on its quoted characters (in scene coordinates),
     * described for a test's message; empty when every highlight lies on its quote. Meaningful while the view
     * is shown and laid out.
     */
    public List<String> highlightMismatches() {
        return flow.mismatches();
    }

    private void requestScroll() {
        scrollPending = true;
        flow.requestLayout();
    }

    /** Scrolls the focused passage into view, once, after the layout that placed its highlight. */
    private void scrollToFocus() {
        Passage p = vm.focusedProperty().get();
        if (!scrollPending || flow.getWidth() <= 0 || getScene() == null) {
            return;
        }
        scrollPending = false;
        Source s = vm.sourceProperty().get();
        Bounds b = p == null || s == null || p.end() > s.text().length() ? null : flow.rangeBounds(p.start(), p.end());
        double content = flow.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (b != null && content > viewport && !b.isEmpty()) {
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
