package app.delegations.ui.main;

import app.delegations.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The window's title: "Delegations — congress-2016.json", and after a failed open "… — broken.json not opened". */
public final class WindowTitle {
    private WindowTitle() {
    }

    /** The title of what the workspace shows, in the current language. */
    public static StringBinding of(Workspace ws) {
        MainViewModel main = ws.main();
        return Bindings.createStringBinding(() -> {
            Messages m = main.messages();
            Snapshot s = ws.current();
            String title = s == null ? m.get("app.title") : m.get("app.title") + " — " + s.fileName();
            LoadNotice notice = main.noticeProperty().get();
            String failed = notice == null ? null : notice.title(m);
            return failed == null ? title : title + " — " + failed;
        }, ws.currentProperty(), main.noticeProperty(), main.messagesProperty());
    }
}
