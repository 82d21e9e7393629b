package app.delegations.ui.map;

import app.delegations.model.PlaceRole;
import javafx.scene.paint.Color;

/** The map's colours in the light and the dark theme; markers keep their role colours in both. */
record MapPalette(Color sea, Color land, Color landShown, Color border, Color text, Color halo, Color cluster,
                  Color clusterText, Color selectedRing) {
    static final MapPalette LIGHT = new MapPalette(Color.web("#d6e6f2"), Color.web("#f5f2ea"),
            Color.web("#ebe1c6"), Color.web("#a9a294"), Color.web("#1f2328"), Color.web("#ffffffd9"),
            Color.web("#455a64"), Color.WHITE, Color.web("#f5b400"));
    /**
     * The colours of the map's picture for paper (its PNG export) whatever the window's theme: the light ones, as
     * the figure's PNG is always light.
     */
    static final MapPalette PAPER = LIGHT;
    static final MapPalette DARK = new MapPalette(Color.web("#0e1a24"), Color.web("#2b2f35"),
            Color.web("#3d3a2f"), Color.web("#5a616b"), Color.web("#e6edf3"), Color.web("#0d1117d9"),
            Color.web("#90a4ae"), Color.web("#0d1117"), Color.web("#f5c542"));

    /** A marker's colour: host orange, presenter violet, participant blue, no role grey. */
    static Color of(PlaceRole role) {
        if (role == null) {
            return Color.web("#868e96");
        }
        return switch (role) {
            case HOST -> Color.web("#e8590c");
            case PRESENTER -> Color.web("#7048e8");
            case PARTICIPANT -> Color.web("#1c7ed6");
        };
    }

    /** A colour as a packed non-premultiplied ARGB int (Java2D's {@code Color(int, true)}). */
    static int argb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
