package app.delegations.ui.details;

import app.delegations.model.Basis;
import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The detail pane: everything about the selected record, each fact with the passage that states it (or why it
 * was inferred, or which reference it comes from). Links open related records; "Show in source" shows the
 * passage in the Source view; Back and Forward (the ← → buttons, Alt+Left and Alt+Right, the mouse's back and
 * forward buttons) retrace the links followed.
 */
public final class DetailsView extends ScrollPane {
    private final DetailsViewModel vm;
    private final Messages m;
    private final Consumer<Evidence> showInSource;
    private final Listeners listeners = new Listeners();
    private final VBox content = new VBox();
    /** Above the details while the filter hides the selected record: says so, so it is not taken as a match. */
    private final Label hidden = new Label();
    /** Citations already drawn in full for this record: a repeat is drawn as a short reference to them. */
    private final Set<Evidence> shown = new HashSet<>();
    private final HistoryButtons historyButtons;
    private final SearchMarks marks;

    public DetailsView(DetailsViewModel vm, Messages messages, Consumer<Evidence> showInSource) {
        this.vm = vm;
        this.marks = new SearchMarks(() -> vm.searchWordsProperty().get());
        this.m = messages;
        this.showInSource = showInSource;
        setId("detailsView");
        getStyleClass().add("details-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("details-content");
        setContent(content);
        setFocusTraversable(true);
        setAccessibleText(m.get("details.title"));
        hidden.setId("detailsHidden");
        hidden.getStyleClass().add("details-hidden");
        hidden.setWrapText(true);
        hidden.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(hidden, new Insets(0, 0, 10, 0));
        listeners.follow(vm.hiddenNoticeProperty(), notice -> {
            hidden.setText(notice);
            hidden.setVisible(notice != null);
            hidden.setManaged(notice != null);
        });
        historyButtons = new HistoryButtons(vm.history(), m, listeners);
        HistoryButtons.keysAndMouse(this, vm.history());
        listeners.follow(vm.detailsProperty(), this::show);
        listeners.onChange(vm.searchWordsProperty(), (o, a, b) -> showAgain()); // the search's marks
    }

    /** Shows the same details again (their marks changed), where the pane was scrolled to. */
    private void showAgain() {
        double at = getVvalue();
        show(vm.get());
        setVvalue(at);
    }

    /** Stops following the view model; the pane shows nothing new after it. */
    public void dispose() {
        listeners.dispose();
    }

    private void show(Details d) {
        content.getChildren().clear();
        shown.clear();
        setVvalue(0);
        content.getChildren().add(historyButtons);
        if (d == null) {
            var empty = EmptyState.message(m.get("details.empty"), m.get("details.empty.hint"));
            empty.setId("detailsEmpty");
            content.getChildren().add(empty);
            return;
        }
        var kind = new Label(d.kind().toUpperCase(m.locale()));
        kind.getStyleClass().add("details-kind");
        var title = new Label(ShortText.shorten(d.title(), ShortText.LINE)); // the names below are whole
        title.setId("detailsTitle");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        content.getChildren().addAll(hidden, kind, marks.paragraph(title), longText(d.subtitle(), "details-subtitle"));
        if (!d.evidence().isEmpty()) {
            var box = new VBox();
            box.getStyleClass().add("details-section");
            box.setId("details-section-evidence");
            box.getChildren().add(heading(m.get("details.section.evidence")));
            box.getChildren().add(evidenceList(d.evidence()));
            content.getChildren().add(box);
        }
        for (Section s : d.sections()) {
            content.getChildren().add(section(s));
        }
    }

    private Node section(Section s) {
        var box = new VBox();
        box.getStyleClass().add("details-section");
        box.setId("details-section-" + s.id());
        box.getChildren().add(heading(s.title()));
        if (s.facts().isEmpty()) {
            var none = new Label(m.get("details.none"));
            none.getStyleClass().add("details-none");
            box.getChildren().add(none);
        }
        for (Fact f : s.facts()) {
            box.getChildren().add(fact(f));
        }
        return box;
    }

    private static Label heading(String text) {
        var h = new Label(text);
        h.getStyleClass().add("details-heading");
        return h;
    }

    private Node fact(Fact f) {
        var label = new Label(f.label());
        label.getStyleClass().add("fact-label");
        label.setWrapText(true);
        Node value;
        if (f.link() != null) {
            var link = new Hyperlink(ShortText.shorten(f.value(), ShortText.LINE)); // the record it opens is whole
            link.setWrapText(true);
            link.getStyleClass().add("fact-link");
            link.setOnAction(e -> vm.open(f.link()));
            link.setMnemonicParsing(false);
            value = marks.line(link);
        } else {
            value = longText(f.value(), "fact-value");
        }
        var box = new VBox(label, value);
        box.getStyleClass().add("fact");
        if (f.note() != null) {
            box.getChildren().add(longText(f.note(), "fact-note"));
        }
        if (!f.evidence().isEmpty()) {
            box.getChildren().add(evidenceList(f.evidence()));
        }
        return box;
    }

    /**
     * A text of the record, wrapped: whole when it is short; else its beginning and a "show all" link that
     * puts the whole text in a scrollable read-only text area (a label would lay out every character).
     */
    private Node longText(String text, String style) {
        var shown = new Label(ShortText.shorten(text, ShortText.BLOCK));
        shown.setWrapText(true);
        shown.getStyleClass().add(style);
        if (ShortText.fits(text, ShortText.BLOCK)) {
            return marks.paragraph(shown);
        }
        var all = new Hyperlink(m.format("details.showAll", text.length()));
        all.getStyleClass().add("details-show-all");
        var box = new VBox(marks.paragraph(shown), all);
        all.setOnAction(e -> {
            var area = new TextArea(text);
            area.setId("detailsFullText");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(12);
            box.getChildren().setAll(area);
            area.requestFocus();
        });
        return box;
    }

    private Node evidenceList(List<Evidence> list) {
        var box = new VBox();
        box.getStyleClass().add("evidence-list");
        for (Evidence e : list) {
            box.getChildren().add(evidence(e));
        }
        return box;
    }

    private Node evidence(Evidence e) {
        var badge = new Label(e.basisLabel());
        badge.getStyleClass().addAll("basis-badge", "basis-" + e.basis().json());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(new Tooltip(m.get("basis." + e.basis().json() + ".explained")));
        var box = new VBox();
        box.getStyleClass().addAll("evidence", "evidence-" + e.basis().json());
        if (!shown.add(e)) {
            // the same citation supports several facts (e.g. one reference for the native name, kind and
            // coordinates): say so briefly instead of repeating it
            var again = new Label(m.get("details.evidence.again"));
            again.getStyleClass().add("evidence-again");
            again.setWrapText(true);
            var head = new HBox(6, badge, again);
            head.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(head);
            box.getStyleClass().add("evidence-repeat");
            return box;
        }
        box.getChildren().add(badge);
        if (e.source() != null && e.basis() != Basis.REFERENCE) {
            var src = new Label(e.source());
            src.getStyleClass().add("evidence-source");
            src.setWrapText(true);
            box.getChildren().add(src);
        }
        if (e.quote() != null) {
            box.getChildren().add(longText(m.format("details.quote", e.quote().replaceAll("\\s+", " ")), "evidence-quote"));
        }
        if (e.explanation() != null) {
            box.getChildren().add(longText(e.explanation(), "evidence-reason"));
        }
        if (e.hasQuote()) {
            var show = new Hyperlink(m.get("details.showInSource"));
            show.getStyleClass().add("evidence-show");
            show.setOnAction(a -> showInSource.accept(e));
            box.getChildren().add(show);
        }
        return box;
    }
}
