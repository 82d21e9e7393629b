package app.delegations.ui.timeline;

import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: arrows move between items in time order, Enter opens the details, + and − zoom,
 * Home fits everything, Page Up / Page Down move by a screen, Ctrl+arrows pan.
 */
final class TimelineKeys {

    private TimelineKeys() {
    }

    /** Acts on a key press; returns whether the key was the timeline's. */
    static boolean handle(TimelineViewModel vm, KeyEvent e, double rowsHeight) {
        double width = vm.viewportWidthProperty().get();
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case LEFT -> vm.scrollBy(-width / 4, 0);
                case RIGHT -> vm.scrollBy(width / 4, 0);
                case UP -> vm.scrollBy(0, -rowsHeight / 4);
                case DOWN -> vm.scrollBy(0, rowsHeight / 4);
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (e.getCode()) {
            case LEFT, UP, KP_LEFT, KP_UP -> vm.selectPrevious();
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> vm.selectNext();
            case ENTER -> vm.openSelected();
            case PLUS, ADD, EQUALS -> vm.zoomIn();
            case MINUS, SUBTRACT -> vm.zoomOut();
            case HOME -> vm.fitAll();
            case PAGE_UP -> vm.scrollBy(-width * 0.8, 0);
            case PAGE_DOWN -> vm.scrollBy(width * 0.8, 0);
            default -> {
                return false;
            }
        }
        return true;
    }
}
