package app.delegations.ui.source;

import app.delegations.model.Source;
import app.delegations.ui.cite.CitePane;
import app.delegations.ui.cite.NewSourcePane;
import app.delegations.ui.cite.UnsourcedPane;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The Source view's tools for recording sources: "Select a passage" (the text in a read-only text area, whose
 * selection is made by mouse or keyboard: Shift with the arrows, Ctrl+A), "Cite for…" (button, mnemonic and the
 * text's context menu: cites the selected passage in the {@link CitePane} beside the text), "New source…" (the
 * {@link NewSourcePane} in the text's place) and "Without a source" (the {@link UnsourcedPane} beside the text).
 * New source and Cite for… are enabled only while the archive can be edited; their tooltip says why not.
 */
final class SourceTools {
    private final SourceViewModel vm;
    private final Messages m;
    private final SourceFeature.Citing citing;
    private final Listeners listeners;
    private final ToggleButton select = new ToggleButton();
    private final ToggleButton unsourced = new ToggleButton();
    /** The shown note (see {@link Reflow}): its selection is the note's passage; copying leaves out what is hidden. */
    private final TextArea selectable = new TextArea() {
        @Override
        public void copy() {
            String selected = getSelectedText();
            if (!selected.isEmpty()) {
                var content = new ClipboardContent();
                content.putString(Reflow.copied(selected));
                Clipboard.getSystemClipboard().setContent(content);
            }
        }
    };
    private final CitePane citePane;
    private final NewSourcePane newSourcePane;
    private final UnsourcedPane unsourcedPane;
    private final HBox bar;
    private final Runnable layout;

    /** @param layout lays the view out again (its centre and right) after a tool opened or closed */
    SourceTools(SourceViewModel vm, Selection selection, Messages messages, SourceFeature.Citing citing,
                Listeners listeners, Runnable layout) {
        this.vm = vm;
        this.m = messages;
        this.citing = citing;
        this.listeners = listeners;
        this.layout = layout;
        citePane = new CitePane(citing.cite(), m);
        newSourcePane = new NewSourcePane(citing.newSource(), m, citing.chooseFile());
        unsourcedPane = new UnsourcedPane(vm.dataProperty(), selection, m,
                () -> vm.unsourcedShownProperty().set(false));
        listeners.onDispose(citePane::dispose);
        listeners.onDispose(newSourcePane::dispose);
        listeners.onDispose(unsourcedPane::dispose);

        select.setText(m.get("source.select"));
        select.setId("sourceSelectMode");
        select.setTooltip(new Tooltip(m.get("source.select.help")));
        var cite = new Button(m.get("source.cite"));
        cite.setId("sourceCite");
        cite.disableProperty().bind(Bindings.not(citing.editing().editableProperty()));
        cite.setOnAction(e -> cite());
        var add = new Button(m.get("source.new"));
        add.setId("sourceNew");
        add.disableProperty().bind(Bindings.not(citing.editing().editableProperty()));
        add.setOnAction(e -> citing.newSource().start());
        listeners.follow(citing.editing().editableProperty(), editable -> {
            String why = editable ? null : m.get("source.readOnly");
            cite.setTooltip(new Tooltip(why == null ? m.get("source.cite.help") + key(m.get("source.cite")) : why));
            add.setTooltip(new Tooltip(why == null ? m.get("source.new.help") : why));
        });
        unsourced.setText(m.get("source.unsourced"));
        unsourced.setId("sourceUnsourced");
        unsourced.selectedProperty().bindBidirectional(vm.unsourcedShownProperty());
        listeners.onDispose(() -> unsourced.selectedProperty().unbindBidirectional(vm.unsourcedShownProperty()));
        bar = new HBox(8, select, cite, add, unsourced);
        bar.getStyleClass().add("source-tools");

        selectable.setId("sourceSelectable");
        selectable.getStyleClass().add("source-selectable");
        selectable.setEditable(false);
        selectable.setWrapText(true);
        selectable.setAccessibleText(m.get("source.select.help"));
        var citeItem = new MenuItem(m.get("source.cite"));
        citeItem.setId("sourceCiteItem");
        citeItem.disableProperty().bind(Bindings.not(citing.editing().editableProperty()));
        citeItem.setOnAction(e -> cite());
        var copy = new MenuItem(m.get("source.copy"));
        copy.setOnAction(e -> selectable.copy());
        var all = new MenuItem(m.get("source.selectAll"));
        all.setOnAction(e -> selectable.selectAll());
        selectable.setContextMenu(new ContextMenu(citeItem, copy, all));

        listeners.onChange(select.selectedProperty(), (o, a, b) -> layout.run());
        listeners.onChange(citing.cite().openProperty(), (o, a, b) -> layout.run());
        listeners.onChange(citing.newSource().openProperty(), (o, a, b) -> layout.run());
        listeners.onChange(vm.unsourcedShownProperty(), (o, a, b) -> layout.run());
        listeners.onChange(citing.newSource().createdProperty(), (o, a, s) -> {
            if (s != null) {
                vm.showSource(s.id());
            }
        });
    }

    /** The tools' buttons, for the view's header. */
    Node bar() {
        return bar;
    }

    /** The view's centre: the new-source form while it is open, the selectable text in select mode, else {@code text}. */
    Node center(Node text) {
        if (citing.newSource().openProperty().get()) {
            return newSourcePane;
        }
        Source s = vm.sourceProperty().get();
        if (select.isSelected() && s != null) {
            String shown = Reflow.shown(s.text());
            if (!shown.equals(selectable.getText())) {
                selectable.setText(shown);
            }
            return selectable;
        }
        return text;
    }

    /** Beside the text: the citing panel while citing, else the records without a source when shown, else none. */
    Node right() {
        if (citing.cite().openProperty().get()) {
            return citePane;
        }
        return vm.unsourcedShownProperty().get() ? unsourcedPane : null;
    }

    /**
     * Cite for…: cites the passage selected in the text; without one, turns on select mode so that a passage can
     * be selected (the status line says so).
     */
    void cite() {
        Source s = vm.sourceProperty().get();
        if (s == null) {
            return;
        }
        if (!select.isSelected() || selectable.getSelection().getLength() == 0) {
            select.setSelected(true);
            selectable.requestFocus();
            return;
        }
        var range = selectable.getSelection();
        if (citing.cite().open(s, range.getStart(), range.getEnd())) {
            citePane.requestFocus();
        }
    }

    /** The selectable text (select mode), for the view and tests. */
    TextArea selectable() {
        return selectable;
    }

    /** Turns select mode on or off. */
    void setSelectMode(boolean on) {
        select.setSelected(on);
    }

    /**
     * The key that presses a button of this label, as its tooltip names it: " (Alt+T)" for "Cy_tuj w rekordzie…"
     * (the letter differs by language: the Polish Help menu takes Alt+C); empty for a label without a mnemonic.
     */
    static String key(String label) {
        int mark = label.indexOf('_');
        KeyCode letter = mark < 0 || mark + 1 >= label.length() ? null
                : KeyCode.getKeyCode(label.substring(mark + 1, mark + 2).toUpperCase(Locale.ROOT));
        return letter == null ? "" : " (" + new KeyCodeCombination(letter, KeyCombination.ALT_DOWN).getDisplayText() + ")";
    }
}
