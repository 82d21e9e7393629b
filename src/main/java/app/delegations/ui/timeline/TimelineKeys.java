package app.delegations.ui.timeline;

import app.delegations.ui.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: arrows move between items in time order, Enter opens the details, + and − zoom,
 * Home fits everything, Page Up / Page Down move by a screen, Ctrl+arrows pan. One table of bindings both
 * handles the keys and lists them in Help › Keyboard shortcuts, so the list cannot miss a key.
 */
public final class TimelineKeys {
    /** What a key does to the timeline; {@code rowsHeight} is the height of the rows' area. */
    private interface Action {
        void run(TimelineViewModel vm, double width, double rowsHeight);
    }

    /** Keys (with or without the shortcut modifier) that do one thing; {@code shown} is how the key is written. */
    private record Binding(boolean shortcut, String shown, Set<KeyCode> codes, String help, Action action) {
    }

    private static final List<Binding> BINDINGS = List.of(
            new Binding(false, "← ↑", Set.of(KeyCode.LEFT, KeyCode.UP, KeyCode.KP_LEFT, KeyCode.KP_UP),
                    "timeline.key.previous", (vm, w, h) -> vm.selectPrevious()),
            new Binding(false, "→ ↓", Set.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.KP_RIGHT, KeyCode.KP_DOWN),
                    "timeline.key.next", (vm, w, h) -> vm.selectNext()),
            new Binding(false, "Enter", Set.of(KeyCode.ENTER), "timeline.key.open", (vm, w, h) -> vm.openSelected()),
            new Binding(false, "+", Set.of(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS), "timeline.key.zoomIn",
                    (vm, w, h) -> vm.zoomIn()),
            new Binding(false, "−", Set.of(KeyCode.MINUS, KeyCode.SUBTRACT), "timeline.key.zoomOut",
                    (vm, w, h) -> vm.zoomOut()),
            new Binding(false, "Home", Set.of(KeyCode.HOME), "timeline.key.fit", (vm, w, h) -> vm.fitAll()),
            new Binding(false, "Page Up", Set.of(KeyCode.PAGE_UP), "timeline.key.pageBack",
                    (vm, w, h) -> vm.scrollBy(-w * 0.8, 0)),
            new Binding(false, "Page Down", Set.of(KeyCode.PAGE_DOWN), "timeline.key.pageForward",
                    (vm, w, h) -> vm.scrollBy(w * 0.8, 0)),
            new Binding(true, "←", Set.of(KeyCode.LEFT), "timeline.key.panSideways", (vm, w, h) -> vm.scrollBy(-w / 4, 0)),
            new Binding(true, "→", Set.of(KeyCode.RIGHT), "timeline.key.panSideways", (vm, w, h) -> vm.scrollBy(w / 4, 0)),
            new Binding(true, "↑", Set.of(KeyCode.UP), "timeline.key.panRows", (vm, w, h) -> vm.scrollBy(0, -h / 4)),
            new Binding(true, "↓", Set.of(KeyCode.DOWN), "timeline.key.panRows", (vm, w, h) -> vm.scrollBy(0, h / 4)));

    private TimelineKeys() {
    }

    /** Acts on a key press; returns whether the key was the timeline's. */
    static boolean handle(TimelineViewModel vm, KeyEvent e, double rowsHeight) {
        for (Binding b : BINDINGS) {
            if (b.shortcut() == e.isShortcutDown() && b.codes().contains(e.getCode())) {
                b.action().run(vm, vm.viewportWidthProperty().get(), rowsHeight);
                return true;
            }
        }
        return false;
    }

    /**
     * Every timeline key for the shortcut table: {keys as written, what they do}, one row per action, keys
     * of the same action joined by " / ".
     */
    public static List<List<String>> rows(Messages m) {
        String shortcut = shortcutPrefix();
        var byAction = new LinkedHashMap<String, List<String>>();
        for (Binding b : BINDINGS) {
            byAction.computeIfAbsent(b.help(), k -> new ArrayList<>()).add((b.shortcut() ? shortcut : "") + b.shown());
        }
        var rows = new ArrayList<List<String>>();
        for (Map.Entry<String, List<String>> e : byAction.entrySet()) {
            rows.add(List.of(String.join(" / ", e.getValue()), m.get(e.getKey())));
        }
        return rows;
    }

    /** How the platform writes the shortcut modifier, e.g. "Ctrl+". */
    private static String shortcutPrefix() {
        String shown = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        return shown.substring(0, shown.length() - 1);
    }
}
