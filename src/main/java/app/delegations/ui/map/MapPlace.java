package app.delegations.ui.map;

import app.delegations.data.Checkpoint;
import app.delegations.data.Work;
import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.Coordinates;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.SameParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A place the map can show (one with coordinates): its name in one UI language, its most notable role (the
 * marker's colour), its number of meetings (the marker's size: the events it took part in, as its details list
 * them) and its position in {@link Mercator} world units.
 *
 * @param role host, else presenter, else participant; null for a place without a role
 */
public record MapPlace(PlaceEntry entry, String name, PlaceRole role, int meetings, double x, double y) {

    String id() {
        return entry.id();
    }

    /**
     * True when the two show the same marker and answer the filter alike: the same index entry (its place, position
     * and roles) and the same number of meetings; the name, role and position follow from the entry.
     */
    boolean sameAs(MapPlace other) {
        return meetings == other.meetings && entry.equals(other.entry);
    }

    /** The places of the index that have coordinates, in the file's order, asking {@code checkpoint} as loads do. */
    static List<MapPlace> build(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return build(index, messages, checkpoint, List.of());
    }

    /**
     * {@link #build(DatasetIndex, Messages, Checkpoint)} for an update of the data {@code previous} was made for (in
     * the same language): the place of {@code previous} is taken again, not made, wherever its entry holds the same
     * objects and numbers and its number of meetings is the same (so that it is {@link #sameAs} the one it stands
     * for).
     */
    static List<MapPlace> build(DatasetIndex index, Messages messages, Checkpoint checkpoint, List<MapPlace> previous) {
        var was = new HashMap<String, MapPlace>(previous.size() * 2);
        for (MapPlace p : previous) {
            was.put(p.id(), p);
        }
        var work = new Work(checkpoint);
        var places = new ArrayList<MapPlace>();
        for (PlaceEntry e : index.entries()) {
            Coordinates c = e.place().coordinates();
            MapPlace old = c == null ? null : was.get(e.id());
            if (old != null && SameParts.entries(old.entry, e) && old.meetings == index.eventsOf(e.id()).size()) {
                places.add(old);
            } else if (c != null) {
                places.add(new MapPlace(e, e.place().names().in(messages.locale()), role(e),
                        index.eventsOf(e.id()).size(), Mercator.x(c.lon()), Mercator.y(c.lat())));
            }
            work.step();
        }
        return places;
    }

    private static PlaceRole role(PlaceEntry e) {
        for (PlaceRole r : new PlaceRole[] {PlaceRole.HOST, PlaceRole.PRESENTER, PlaceRole.PARTICIPANT}) {
            if (e.roles().contains(r)) {
                return r;
            }
        }
        return null;
    }
}
