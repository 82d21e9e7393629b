package app.delegations.ui.common;

import app.delegations.ui.common.AppPreferences.Theme;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * What the window gives a feature when it makes its node.
 *
 * @param messages    the window's language
 * @param prefs       remembered columns and the like
 * @param frames      spreads UI work over frames
 * @param data        whether data is shown, loading or cancelled (for empty states)
 * @param theme       the colour theme
 * @param openDetails makes sure the detail pane is shown (Enter, double-click)
 * @param show        brings a view to the front
 * @param exports     runs an {@link Export}: asks for the file, writes it, says how it went
 * @param records     New and Edit of records (the "+" of a table view)
 */
public record ViewContext(Messages messages, AppPreferences prefs, Frames frames, EmptyState.DataStatus data,
                          ObservableValue<Theme> theme, Runnable openDetails, Consumer<ViewFeature> show,
                          Exports exports, RecordCommands records) {
}
