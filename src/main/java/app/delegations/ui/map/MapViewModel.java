package app.delegations.ui.map;

import app.delegations.index.PlaceEntry;
import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.Following;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Point2D;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The Map view's state: the places with coordinates that the shared {@link FilterModel} leaves, the part of the
 * world shown ({@link MapViewport}) and the selected place, shared both ways with the window's
 * {@link Selection}: a click on a marker selects its place; a place selected elsewhere is marked and, when off
 * screen, brought into view. A new dataset, and every change of the filter, frames the places shown (once the view
 * has a size); an update of the data and a language switch leave the view where it is. Every change
 * that alters the picture increments {@link #revisionProperty()}.
 * Past 250 lines because an update's patch of the markers ({@link #patch}) must keep {@link #shown} as the
 * filter would make it, next to the filtering it stands in for.
 */
public final class MapViewModel {
    /** How close to the edge (pixels) a selected place may be before the map recentres on it. */
    private static final double IN_VIEW_MARGIN = 24;
    /** Pixels around the places when framing them. */
    private static final double FRAME_PADDING = 48;
    /** Pixels beyond a marker's edge that still hit it. */
    private static final double CLICK_SLOP = 3;

    private final FilterModel filter;
    private final Selection selection;
    private final MapViewport viewport = new MapViewport();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyBooleanWrapper canZoomIn = new ReadOnlyBooleanWrapper(this, "canZoomIn", true);
    private final ReadOnlyBooleanWrapper canZoomOut = new ReadOnlyBooleanWrapper(this, "canZoomOut");
    private WorldOutlines outlines = WorldOutlines.none();
    private List<MapPlace> places = List.of();
    private List<MapPlace> shown = List.of();
    private Set<String> shownCountries = Set.of();
    /** How the markers follow the filter: a typed result waits while the map is out of sight ({@link Following}). */
    private final Following.Follower following;
    private String selectedId;
    private boolean frameWhenSized;
    /** The view is as the last framing left it (no zoom, move or centring since): a new size frames it again. */
    private boolean framed;
    private MapFrame frame;
    private int frameRevision = -1;

    public MapViewModel(FilterModel filter, Selection selection) {
        this.filter = filter;
        this.selection = selection;
        following = filter.follow(filter.placePredicateProperty(), () -> {
            refilter();
            frameShown(); // the places another filter leaves are framed, as the map opened on them
        });
        selection.selectedProperty().addListener((o, a, b) -> follow(b));
    }

    /** The places of a new dataset (or language) and the outlines; frames the places shown. */
    void setData(WorldOutlines newOutlines, List<MapPlace> newPlaces) {
        outlines = newOutlines;
        places = List.copyOf(newPlaces);
        frameWhenSized = true;
        refilter();
        follow(selection.get());
        if (viewport.sized()) {
            frameShown();
        }
    }

    /** The same places in another language (names only): the view stays where it is. */
    void setNames(List<MapPlace> renamed) {
        places = List.copyOf(renamed);
        refilter();
    }

    /**
     * The places of an update of the data shown ({@code change.rows()}): only the markers of the places that
     * changed are taken out, put in place or added, as the filter answers for them; the view stays where it is once
     * the officer moved or zoomed it, else the places are framed again.
     * When a changed place's marker comes or goes where the markers' order cannot say, the places are filtered
     * anew, with the same result.
     */
    void patch(RowPatch<MapPlace> change) {
        places = change.rows();
        if (change.isEmpty()) {
            return;
        }
        List<MapPlace> now = change.small() ? patched(change) : null;
        if (now == null) {
            refilter();
            reframeIfUntouched();
            return;
        }
        shown = now;
        var countries = new HashSet<String>();
        for (MapPlace p : shown) {
            countries.add(p.entry().place().country());
        }
        shownCountries = Set.copyOf(countries);
        shownCount.set(shown.size());
        follow(selection.get());
        changed();
        reframeIfUntouched();
    }

    /** A map not moved, zoomed or centred since it was framed keeps its places framed as the data changes. */
    private void reframeIfUntouched() {
        if (framed) {
            frameShown();
        }
    }

    /** The markers after {@code change}, or null when one must be added where the order of {@link #shown} is unknown. */
    private List<MapPlace> patched(RowPatch<MapPlace> change) {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        var gone = new IdentityHashMap<MapPlace, MapPlace>(); // old row -> its replacement left by the filter, or itself
        var added = Collections.newSetFromMap(new IdentityHashMap<MapPlace, Boolean>());
        added.addAll(change.added());
        for (MapPlace old : change.removed()) {
            MapPlace by = change.replacement(old);
            gone.put(old, by != null && left.test(by.entry()) ? by : old);
        }
        var list = new ArrayList<MapPlace>(shown.size() + added.size());
        for (MapPlace p : shown) {
            MapPlace by = gone.get(p);
            if (by == null) {
                list.add(p);
            } else {
                if (by != p) {
                    list.add(by);
                    added.remove(by);
                }
            }
        }
        for (MapPlace a : added) {
            if (left.test(a.entry())) {
                return null; // a marker new to the map (an added place, or one the filter now leaves): order unknown
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** The markers' following of the filter; the view says where it is shown. */
    Following.Follower following() {
        return following;
    }

    FilterModel filter() {
        return filter;
    }

    WorldOutlines outlines() {
        return outlines;
    }

    MapViewport viewport() {
        return viewport;
    }

    /** The places the filter leaves, in the file's order. */
    public List<MapPlace> shown() {
        return shown;
    }

    /** Codes of the countries of the places shown (their outlines are tinted). */
    Set<String> shownCountries() {
        return shownCountries;
    }

    /** The number of markers' places: places with coordinates that the filter leaves. */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** Increments with every change of what the map draws. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomInProperty() {
        return canZoomIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomOutProperty() {
        return canZoomOut.getReadOnlyProperty();
    }

    /** The id of the selected place while it has a marker, or null. */
    public String selectedId() {
        return selectedId;
    }

    /**
     * The view's size in pixels; the first size after new data frames the places shown, and so does every new size
     * until the view is zoomed, moved or centred on a place (a window made larger, or a map readied out of sight
     * whose layout settles over a few passes, shows the places framed as at its final size).
     */
    public void resize(double width, double height) {
        if (width == viewport.width() && height == viewport.height()) {
            return;
        }
        viewport.resize(width, height);
        if ((frameWhenSized || framed) && viewport.sized()) {
            frameShown();
        } else {
            changed();
        }
    }

    public void zoomIn() {
        zoomAt(MapViewport.STEP, viewport.width() / 2, viewport.height() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / MapViewport.STEP, viewport.width() / 2, viewport.height() / 2);
    }

    /** Zooms by {@code factor} around a screen point (the mouse under the wheel). */
    public void zoomAt(double factor, double x, double y) {
        framed = false;
        viewport.zoomAt(factor, x, y);
        changed();
    }

    /** Moves the view by screen pixels. */
    public void panBy(double dx, double dy) {
        framed = false;
        viewport.panBy(dx, dy);
        changed();
    }

    /** Shows every place shown (the whole world when there is none). */
    public void frameShown() {
        if (!viewport.sized()) {
            frameWhenSized = true;
            return;
        }
        frameWhenSized = false;
        framed = true;
        if (shown.isEmpty()) {
            viewport.frame(0, Mercator.y(Mercator.MAX_LAT), 1, Mercator.y(-60), 0);
        } else {
            viewport.frame(shown, FRAME_PADDING);
        }
        changed();
    }

    /**
     * The markers and labels of the current view, laid out again only when something changed since the last
     * call; {@code textWidth} measures a label in the view's font.
     */
    MapFrame frame(ToDoubleFunction<String> textWidth, double textHeight) {
        if (frame == null || frameRevision != revision.get()) {
            frame = MarkerLayout.layout(shown, viewport, selectedId, textWidth, textHeight);
            frameRevision = revision.get();
        }
        return frame;
    }

    /**
     * The markers and labels of the current view as a picture for paper shows them: no place marked selected (the
     * window's selection is no part of the data); laid out anew at every call.
     */
    MapFrame paperFrame(ToDoubleFunction<String> textWidth, double textHeight) {
        return MarkerLayout.layout(shown, viewport, null, textWidth, textHeight);
    }

    /**
     * A click at a screen point: a place's marker selects the place; a cluster zooms in on it. Returns whether
     * a marker was hit.
     */
    boolean clickAt(double x, double y) {
        MapFrame.Marker m = frame == null ? null : frame.at(x, y, CLICK_SLOP);
        if (m == null) {
            return false;
        }
        if (m.cluster()) {
            zoomAt(MapViewport.STEP * MapViewport.STEP, m.x(), m.y());
        } else {
            selection.select(m.place().entry().place());
        }
        return true;
    }

    /** Where a place's marker is on screen (in the map's coordinates), or null when it has none. */
    public Point2D markerOf(String placeId) {
        for (MapPlace p : shown) {
            if (p.id().equals(placeId)) {
                return new Point2D(viewport.screenX(p.x()), viewport.screenY(p.y()));
            }
        }
        return null;
    }

    private void refilter() {
        Predicate<PlaceEntry> left = filter.placePredicateProperty().get();
        var list = new ArrayList<MapPlace>();
        var countries = new HashSet<String>();
        for (MapPlace p : places) {
            if (left.test(p.entry())) {
                list.add(p);
                countries.add(p.entry().place().country());
            }
        }
        shown = List.copyOf(list);
        shownCountries = Set.copyOf(countries);
        shownCount.set(shown.size());
        follow(selection.get());
        changed();
    }

    /** Marks the place selected elsewhere and brings it into view when it is off screen. */
    private void follow(Entity selected) {
        selectedId = null;
        if (selected instanceof Place p) {
            for (MapPlace m : shown) {
                if (m.id().equals(p.id())) {
                    selectedId = p.id();
                    if (viewport.sized() && !frameWhenSized && !viewport.shows(m.x(), m.y(), IN_VIEW_MARGIN)) {
                        viewport.centerOn(m.x(), m.y());
                        framed = false;
                    }
                    break;
                }
            }
        }
        changed();
    }

    private void changed() {
        canZoomIn.set(viewport.canZoomIn());
        canZoomOut.set(viewport.canZoomOut());
        revision.set(revision.get() + 1);
    }
}
