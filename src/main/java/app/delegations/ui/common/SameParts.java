package app.delegations.ui.common;

import app.delegations.index.PlaceEntry;

/**
 * Equality of index entries found without comparing texts, for an update that takes a row again when what it was
 * made of is unchanged: true only when the two are equal ({@link PlaceEntry#equals}).
 */
public final class SameParts {
    private SameParts() {
    }

    /** True when the two entries hold the same objects (place, country) and numbers, and equal roles and text. */
    public static boolean entries(PlaceEntry a, PlaceEntry b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.place() == b.place() && a.country() == b.country()
                && a.index() == b.index() && a.countryIndex() == b.countryIndex() && a.roleMask() == b.roleMask()
                && a.roles().equals(b.roles()) && a.folded().equals(b.folded());
    }
}
