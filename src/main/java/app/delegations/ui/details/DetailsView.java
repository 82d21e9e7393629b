package app.delegations.ui.details;

import app.delegations.ui.common.EmptyState;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The detail pane: everything about the selected record, each fact with one compact {@link EvidenceBadge} that
 * expands in place to the passage that states it (or why it was inferred, or which reference it comes from).
 * A citation is shown once, at its first mention ({@link FirstMentions}): the record's own citations by its
 * subtitle, then each fact's in the order they are laid out. Links open related records; "Show in source" shows
 * the passage in the Source view; Back and Forward (the ← → buttons, Alt+Left and Alt+Right, the mouse's back
 * and forward buttons) retrace the links followed. A link or badge reached by Tab is scrolled into view.
 */
public final class DetailsView extends ScrollPane {
    private final DetailsViewModel vm;
    private final Messages m;
    private final Consumer<Evidence> showInSource;
    private final Listeners listeners = new Listeners();
    private final VBox content = new VBox();
    /** Above the details while the filter hides the selected record: says so, so it is not taken as a match. */
    private final Label hidden = new Label();
    private final HistoryButtons historyButtons;
    private final ChangeListener<Node> revealFocused = (o, was, focused) -> reveal(focused);
    /** The citations laid out so far for the record shown: each is shown at its first mention only. */
    private FirstMentions mentions = new FirstMentions();
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
        listeners.onChange(sceneProperty(), (o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(revealFocused);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(revealFocused);
            }
        });
        if (getScene() != null) {
            getScene().focusOwnerProperty().addListener(revealFocused);
        }
        listeners.onDispose(() -> {
            if (getScene() != null) {
                getScene().focusOwnerProperty().removeListener(revealFocused);
            }
        });
        listeners.onChange(vm.searchWordsProperty(), (o, a, b) -> { // new marks: the same details, same scroll
            double at = getVvalue();
            show(vm.get());
            setVvalue(at);
        });
    }

    /** Stops following the view model; the pane shows nothing new after it. */
    public void dispose() {
        listeners.dispose();
    }

    private void show(Details d) {
        content.getChildren().clear();
        mentions = new FirstMentions();
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
        content.getChildren().addAll(hidden, kind, marks.paragraph(title));
        var whole = mentions.take(d.evidence(), null);
        if (whole.isEmpty()) { // a record with no source yet says so by its subtitle, as a badge would
            Node subtitle = longText(d.subtitle(), "details-subtitle");
            content.getChildren().add(d.noSource() ? new HBox(6, subtitle, EvidenceBadge.noSource(m)) : subtitle);
        } else {
            // that the record exists and took part: the badge stands by the line saying what it is
            var badge = badge(whole);
            badge.badge().setId("detailsRecordEvidence");
            var line = new HBox(6, longText(d.subtitle(), "details-subtitle"), badge.badge());
            line.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().addAll(line, badge.panel());
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
            var none = new Label(m.get("details.none." + s.id())); // what the section would list: none recorded
            none.getStyleClass().add("details-none");
            box.getChildren().add(none);
        }
        List<Fact> facts = "meetings".equals(s.id()) ? Meetings.newestFirst(s.facts()) : s.facts();
        FactBatches.fill(box, s.id(), facts, this::fact, m);
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
        var evidence = mentions.take(f.evidence(), f.label());
        Node head = label;
        EvidenceBadge badge = null;
        if (!evidence.isEmpty()) {
            badge = badge(evidence);
            var line = new HBox(6, label, badge.badge());
            line.setAlignment(Pos.CENTER_LEFT);
            head = line;
        }
        var box = new VBox(head, value);
        box.getStyleClass().add("fact");
        if (f.note() != null) {
            box.getChildren().add(longText(f.note(), "fact-note"));
        }
        if (badge != null) {
            box.getChildren().add(badge.panel());
        }
        return box;
    }

    private EvidenceBadge badge(List<Evidence> evidence) {
        var laidOut = mentions; // the badge asks when expanded, after the whole record is laid out
        return new EvidenceBadge(evidence, m, showInSource, this::longText, laidOut::alsoFor);
    }

    /** Scrolls the pane so that a node of the details that got the keyboard focus is in view. */
    private void reveal(Node focused) {
        if (focused == null || !isDescendant(focused)) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (b == null || scrollable <= 0) {
            return;
        }
        double top = getVvalue() * scrollable;
        if (b.getMinY() < top) {
            setVvalue(Math.max(0, b.getMinY() / scrollable));
        } else if (b.getMaxY() > top + viewport) {
            setVvalue(Math.min(1, (Math.min(b.getMaxY(), b.getMinY() + viewport) - viewport) / scrollable));
        }
    }

    private boolean isDescendant(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
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
}
