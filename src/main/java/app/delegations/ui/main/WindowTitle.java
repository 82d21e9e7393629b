package app.delegations.ui.main;

import app.delegations.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The window's title: "Delegations — congress-2016.json", "Delegations — visits •" while the archive has unsaved
 * changes, and after a failed open "… — broken.json not opened".
 */
public final class WindowTitle {
    private WindowTitle() {
    }

    /** The title of what the workspace shows, in the current language. */
    public static StringBinding of(Workspace ws) {
        return of(ws, Bindings.createBooleanBinding(() -> false));
    }

    /** The title, with a • after the name while {@code unsaved} is true. */
    public static StringBinding of(Workspace ws, ObservableBooleanValue unsaved) {
        MainViewModel main = ws.main();
        return Bindings.createStringBinding(() -> {
            Messages m = main.messages();
            Snapshot s = ws.current();
            String title = s == null ? m.get("app.title") : m.get("app.title") + " — " + s.fileName()
                    + (unsaved.get() ? " •" : "");
            LoadNotice notice = main.noticeProperty().get();
            String failed = notice == null ? null : notice.title(m);
            return failed == null ? title : title + " — " + failed;
        }, ws.currentProperty(), main.noticeProperty(), main.messagesProperty(), unsaved);
    }
}
