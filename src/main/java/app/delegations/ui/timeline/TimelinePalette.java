package app.delegations.ui.timeline;

import app.delegations.model.EventKind;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Colours of the timeline for a light or a dark theme (the Primer colours of AtlantaFX). Kinds use the
 * Okabe–Ito palette, which stays distinguishable with colour-blindness; every kind also has its own shape.
 */
record TimelinePalette(Color background, Color axisBackground, Color band, Color grid, Color text, Color muted,
                       Color selection, Color highlightFill, Color highlightStroke, Color counts,
                       Map<EventKind, Color> kinds) {

    static final TimelinePalette LIGHT = new TimelinePalette(
            Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#f6f8fa"), Color.web("#d0d7de"),
            Color.web("#1f2328"), Color.web("#656d76"), Color.web("#0969da"),
            Color.web("#ffd33d", 0.55), Color.web("#9a6700"), Color.web("#0969da", 0.75),
            kinds("#0072B2", "#009E73", "#56B4E9", "#E69F00", "#CC79A7", "#D55E00", "#F0E442", "#8C8C8C"));

    /**
     * The colours of the timeline's picture for paper (its PNG export) whatever the window's theme: the light ones,
     * as the map's PNG is always light.
     */
    static final TimelinePalette PAPER = LIGHT;

    static final TimelinePalette DARK = new TimelinePalette(
            Color.web("#0d1117"), Color.web("#161b22"), Color.web("#151b23"), Color.web("#30363d"),
            Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#4493f8"),
            Color.web("#bb8009", 0.45), Color.web("#e3b341"), Color.web("#4493f8", 0.8),
            kinds("#4FA3E0", "#2BC79A", "#7CC7F0", "#F0B429", "#E08FC0", "#F07A3A", "#F0E442", "#A0A0A0"));

    static TimelinePalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    Color kind(EventKind kind) {
        return kinds.get(kind);
    }

    private static Map<EventKind, Color> kinds(String congress, String conference, String session, String visit,
                                               String presentation, String summary, String meeting, String other) {
        var map = new EnumMap<EventKind, Color>(EventKind.class);
        map.put(EventKind.CONGRESS, Color.web(congress));
        map.put(EventKind.CONFERENCE, Color.web(conference));
        map.put(EventKind.SESSION, Color.web(session));
        map.put(EventKind.VISIT, Color.web(visit));
        map.put(EventKind.PRESENTATION, Color.web(presentation));
        map.put(EventKind.SUMMARY, Color.web(summary));
        map.put(EventKind.MEETING, Color.web(meeting));
        map.put(EventKind.OTHER, Color.web(other));
        return Map.copyOf(map);
    }
}
