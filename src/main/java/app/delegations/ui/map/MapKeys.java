package app.delegations.ui.map;

import app.delegations.ui.common.Messages;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The map's keys: + and − zoom, Home shows every place shown, the arrows pan by a quarter of the view, Enter
 * opens the details of the selected place. {@link #rows} lists them in Help › Keyboard shortcuts.
 */
final class MapKeys {
    private MapKeys() {
    }

    static boolean handle(MapViewModel vm, KeyEvent e, Runnable open) {
        double w = Math.rint(vm.viewport().width() / 4); // whole pixels: the outlines drawn stay sharp
        double h = Math.rint(vm.viewport().height() / 4);
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> vm.zoomIn();
            case MINUS, SUBTRACT -> vm.zoomOut();
            case HOME -> vm.frameShown();
            case LEFT, KP_LEFT -> vm.panBy(-w, 0);
            case RIGHT, KP_RIGHT -> vm.panBy(w, 0);
            case UP, KP_UP -> vm.panBy(0, -h);
            case DOWN, KP_DOWN -> vm.panBy(0, h);
            case ENTER -> {
                if (vm.selectedId() == null) {
                    return false;
                }
                open.run();
            }
            default -> {
                return false;
            }
        }
        return e.getCode() != KeyCode.UNDEFINED;
    }

    /** Whether the key pans or zooms (a step the map shows by moving what it has drawn). */
    static boolean moves(KeyCode code) {
        return switch (code) {
            case PLUS, ADD, EQUALS, MINUS, SUBTRACT, LEFT, KP_LEFT, RIGHT, KP_RIGHT, UP, KP_UP, DOWN, KP_DOWN -> true;
            default -> false;
        };
    }

    /** {keys, what they do} for the shortcut table. */
    static List<List<String>> rows(Messages m) {
        return List.of(
                List.of("+ / − / Home", m.get("map.key.zoom")),
                List.of("← → ↑ ↓ / Enter", m.get("map.key.pan")));
    }
}
