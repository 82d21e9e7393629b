package app.delegations.ui.details;

import app.delegations.model.Basis;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Evidence;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The citations of one fact (or of a record as a whole) as one compact badge that expands in place to them.
 * The badge is a toggle whose look and word say the basis ("quote", "inferred", "ref."; with "×2" when there
 * are several citations, the strongest basis first: stated, then inferred, then reference). Expanded, the
 * {@link #panel()} shows each citation with its basis, the source's title (once for a run of citations from
 * one source), the quote, the reason of an inferred fact or the reference a reference fact comes from, the
 * later facts it supports too (shown there without a badge), and "Show in source"; collapsed again, it is
 * hidden. Nothing of the citations is laid out before the first expansion. Tab reaches the badge; Enter or
 * Space expands and collapses it; its accessible text and tooltip say the basis and the number of citations.
 */
final class EvidenceBadge {
    private final List<Evidence> list;
    private final Messages m;
    private final Consumer<Evidence> showInSource;
    private final BiFunction<String, String, Node> text;
    private final Function<Evidence, List<String>> alsoFor;
    private final ToggleButton toggle = new ToggleButton();
    private final VBox panel = new VBox();
    private final String label;

    /**
     * @param list         the citations, at least one
     * @param showInSource opens the Source view at a quote
     * @param text         lays out a text of the record with a style class (the detail pane's long-text rule)
     * @param alsoFor      the labels of the later facts a citation supports too, asked when first expanded
     */
    EvidenceBadge(List<Evidence> list, Messages messages, Consumer<Evidence> showInSource,
                  BiFunction<String, String, Node> text, Function<Evidence, List<String>> alsoFor) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a badge needs a citation");
        }
        this.list = List.copyOf(list);
        this.m = messages;
        this.showInSource = showInSource;
        this.text = text;
        this.alsoFor = alsoFor;
        Basis basis = strongest(list);
        String word = m.get(wordKey(basis));
        label = list.size() == 1 ? word : m.format("details.badge.count", word, list.size());
        toggle.getStyleClass().addAll("evidence-badge", "evidence-badge-" + basis.json());
        toggle.setMnemonicParsing(false);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        String help = m.format("details.badge.accessible", m.get(aboutKey(basis)),
                m.count("details.badge.citations", list.size()));
        toggle.setAccessibleText(help);
        toggle.setTooltip(new Tooltip(help));
        toggle.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            // Space toggles a toggle button already; Enter toggles it too, before the button's own key handling
            if (k.getCode() == KeyCode.ENTER && !k.isShortcutDown() && !k.isAltDown()) {
                toggle.fire();
                k.consume();
            }
        });
        panel.getStyleClass().add("evidence-list");
        panel.setVisible(false);
        panel.setManaged(false);
        toggle.selectedProperty().addListener((o, was, expanded) -> expand(expanded));
        expand(false);
    }

    /** "no source yet": the mark of a record with no citation of its own, shaped as a badge, not a toggle. */
    static Label noSource(Messages m) {
        var badge = new Label(m.get("details.noSource"));
        badge.setId("detailsNoSource");
        badge.getStyleClass().addAll("evidence-badge", "evidence-badge-none");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setFocusTraversable(true);
        badge.setAccessibleText(m.get("details.noSource.help"));
        badge.setTooltip(new Tooltip(m.get("details.noSource.help")));
        return badge;
    }

    /** The badge: a toggle, to put next to the fact's label. */
    ToggleButton badge() {
        return toggle;
    }

    /** The citations, to put below the fact; empty and hidden until the badge is first expanded. */
    VBox panel() {
        return panel;
    }

    /** The basis that best supports the fact: stated before inferred before reference. */
    static Basis strongest(List<Evidence> list) {
        Basis best = list.get(0).basis();
        for (Evidence e : list) {
            if (e.basis().ordinal() < best.ordinal()) {
                best = e.basis();
            }
        }
        return best;
    }

    /** The badge's word for the basis: "quote", "inferred", "ref.". */
    private static String wordKey(Basis basis) {
        return switch (basis) {
            case STATED -> "details.badge.stated";
            case INFERRED -> "details.badge.inferred";
            case REFERENCE -> "details.badge.reference";
        };
    }

    /** What the basis means, for the accessible text: "Stated in the source". */
    private static String aboutKey(Basis basis) {
        return switch (basis) {
            case STATED -> "details.badge.about.stated";
            case INFERRED -> "details.badge.about.inferred";
            case REFERENCE -> "details.badge.about.reference";
        };
    }

    private void expand(boolean expanded) {
        toggle.setText(label + (expanded ? " ▾" : " ▸"));
        if (expanded && panel.getChildren().isEmpty()) {
            // facts that every citation supports too are named once, after them all
            List<String> common = alsoFor.apply(list.get(0));
            for (Evidence e : list) {
                if (!alsoFor.apply(e).equals(common)) {
                    common = List.of();
                }
            }
            String previous = null;
            for (Evidence e : list) {
                // a source's title heads the run of its citations instead of repeating under each
                boolean titled = e.source() != null && e.basis() != Basis.REFERENCE && !e.source().equals(previous);
                panel.getChildren().add(citation(e, titled, common.isEmpty() ? alsoFor.apply(e) : List.of()));
                previous = e.basis() == Basis.REFERENCE ? previous : e.source();
            }
            if (!common.isEmpty()) {
                panel.getChildren().add(also(common));
            }
        }
        panel.setVisible(expanded);
        panel.setManaged(expanded);
    }

    private Node citation(Evidence e, boolean titled, List<String> also) {
        var basis = new Label(e.basisLabel());
        basis.getStyleClass().addAll("basis-badge", "basis-" + e.basis().json());
        basis.setMinWidth(Region.USE_PREF_SIZE);
        basis.setTooltip(new Tooltip(m.get("basis." + e.basis().json() + ".explained")));
        var box = new VBox(basis);
        box.getStyleClass().addAll("evidence", "evidence-" + e.basis().json());
        if (titled) {
            var src = new Label(e.source());
            src.getStyleClass().add("evidence-source");
            src.setWrapText(true);
            box.getChildren().add(src);
        }
        if (e.quote() != null) {
            box.getChildren().add(text.apply(m.format("details.quote", e.quote().replaceAll("\\s+", " ")),
                    "evidence-quote"));
        }
        if (e.explanation() != null) {
            box.getChildren().add(text.apply(e.explanation(), "evidence-reason"));
        }
        if (!also.isEmpty()) {
            box.getChildren().add(also(also));
        }
        if (e.hasQuote()) {
            var show = new Hyperlink(m.get("details.showInSource"));
            show.getStyleClass().add("evidence-show");
            show.setOnAction(a -> showInSource.accept(e));
            box.getChildren().add(show);
        }
        return box;
    }

    /** "Also for: Country, Role": the later facts a citation supports, which have no badge of their own. */
    private Label also(List<String> labels) {
        var also = new Label(m.format("details.evidence.also", String.join(", ", labels)));
        also.getStyleClass().add("evidence-also");
        also.setWrapText(true);
        return also;
    }
}
