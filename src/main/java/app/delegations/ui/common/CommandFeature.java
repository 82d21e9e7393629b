package app.delegations.ui.common;

import java.util.List;

/**
 * A window-wide feature with no tab or pane of its own (the visit brief): its commands are in the menus whatever
 * view is in front, and its dataset steps are applied with every feature's. Registered with
 * {@link ViewRegistry#command}.
 */
public interface CommandFeature {
    /** Its menu items, run as they are (no view is brought to the front). */
    List<ViewCommand> commands();

    /** The steps by which a new dataset reaches it; none by default. */
    default List<DatasetStep<?>> steps() {
        return List.of();
    }
}
