package app.delegations.ui.main;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordKind;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * What the view in front lists ("7 of 15 places", "5 events"; nothing for a view without rows), the file shown,
 * its warnings (or the problems that stopped a reload of the archive shown), Try again after a file or archive
 * was not opened, the progress of a load with Cancel, and that of a language switch (the data made again in the
 * other language, off the UI thread).
 */
final class StatusBar extends HBox {
    private static final PseudoClass NOTICE = PseudoClass.getPseudoClass("notice");

    StatusBar(Messages m, Workspace ws, FilterModel filter, WindowActions actions, Listeners listeners, TabPane views) {
        MainViewModel main = ws.main();
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        var count = new Label();
        count.setId("statusCount");
        count.getStyleClass().add("status-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // never "…": a long notice beside it gives way instead
        var rows = new ShownRows(views);
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(m, ws, filter, rows),
                ws.currentProperty(), filter.matchCountProperty(), filter.totalProperty(), filter.activeProperty(),
                rows.shownProperty()));

        var file = new Label();
        file.setId("statusFile");
        file.getStyleClass().add("status-file");
        file.setMinWidth(0);
        var whole = new Tooltip(); // a notice cut at the window's edge is read whole under the pointer
        whole.textProperty().bind(file.textProperty());
        file.setTooltip(whole);
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            Snapshot s = ws.current();
            String shown = s == null ? null
                    : s.file() == null ? m.format("status.file.bundled", s.fileName())
                    : s.archive() != null ? m.format("status.file.archive", s.file().toAbsolutePath())
                    : s.file().toAbsolutePath().toString();
            LoadNotice notice = main.noticeProperty().get();
            if (notice != null) { // e.g. "broken.json was not opened (3 errors). Showing instead: congress-2016.json."
                return notice.status(m, shown == null ? null : s.file() == null ? shown : s.fileName());
            }
            return shown == null ? "" : shown;
        }, ws.currentProperty(), main.noticeProperty()));
        listeners.follow(main.noticeProperty(), n -> file.pseudoClassStateChanged(NOTICE,
                n != null && n.kind() != LoadNotice.Kind.REREAD)); // a good re-read is news, not a warning

        var warnings = new Hyperlink();
        warnings.setId("statusWarnings");
        warnings.getStyleClass().add("status-warnings");
        warnings.setOnAction(e -> actions.showWarnings());
        listeners.follow(ws.currentProperty(), s -> {
            int n = s == null ? 0 : s.warnings().size();
            warnings.setText(m.count("status.warnings", n));
            warnings.setVisible(n > 0);
            warnings.setManaged(n > 0);
        });

        var problems = new Hyperlink(m.get("status.problems"));
        problems.setId("statusProblems");
        problems.getStyleClass().add("status-warnings");
        problems.setOnAction(e -> actions.showNoticeProblems());
        listeners.follow(main.noticeProperty(), n -> {
            boolean any = n != null && !n.problems().isEmpty();
            problems.setVisible(any);
            problems.setManaged(any);
        });

        var retry = new Hyperlink(m.get("status.retry"));
        retry.setId("statusRetry");
        retry.getStyleClass().add("status-warnings");
        retry.setOnAction(e -> actions.reload()); // the file or archive not opened, tried again
        listeners.follow(main.noticeProperty(), n -> {
            boolean refused = n != null && n.kind() == LoadNotice.Kind.NOT_OPENED;
            retry.setVisible(refused);
            retry.setManaged(refused);
        });

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        var loadingLabel = new Label();
        loadingLabel.setId("loadingLabel");
        loadingLabel.textProperty().bind(Bindings.createStringBinding(() -> main.loadingNameProperty().get() == null
                ? m.get("status.loading.bundled") : m.format("status.loading", main.loadingNameProperty().get()),
                main.loadingNameProperty()));
        var progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(main.progressProperty());
        progress.setAccessibleText(m.get("status.loading.progress"));
        var cancel = new Button(m.get("status.cancel"));
        cancel.setId("cancelLoad");
        cancel.getStyleClass().addAll("small");
        cancel.setOnAction(e -> main.cancelLoad());
        var loading = new HBox(8, loadingLabel, progress, cancel);
        loading.setAlignment(Pos.CENTER_RIGHT);
        loading.visibleProperty().bind(main.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        // a language switch: said at once (the old window, in its language) until the window shows the new one
        var switching = new Label();
        switching.setId("switchingLabel");
        // words only: an indeterminate bar's animation took a few ms of each frame from the switch's own work
        var switchingBox = new HBox(8, switching);
        switchingBox.setAlignment(Pos.CENTER_RIGHT);
        switchingBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> main.languageProperty().get() != main.messages().language(),
                main.languageProperty(), main.messagesProperty()));
        switchingBox.managedProperty().bind(switchingBox.visibleProperty());
        switching.textProperty().bind(Bindings.createStringBinding(() -> m.get(
                main.languageProperty().get() == UiLanguage.POLISH ? "status.switching.pl" : "status.switching.en"),
                main.languageProperty()));

        Region afterCount = separator();
        count.managedProperty().bind(count.textProperty().isNotEmpty()); // a view without rows: no count
        count.visibleProperty().bind(count.managedProperty());
        afterCount.managedProperty().bind(count.managedProperty());
        afterCount.visibleProperty().bind(count.managedProperty());
        getChildren().addAll(count, afterCount, file, retry, problems, warnings, spacer, switchingBox, loading);
    }

    private static Region separator() {
        var r = new Region();
        r.getStyleClass().add("status-separator");
        return r;
    }

    /** What the view in front lists: "7 of 15 places", "5 events"; nothing for a view without rows. */
    private static String countText(Messages m, Workspace ws, FilterModel filter, ShownRows rows) {
        ShownRows.Shown front = rows.shownProperty().get();
        ViewFeature view = front.view();
        int shown = front.rows();
        if (ws.current() == null) {
            return m.get("status.nodata");
        }
        if (view == null || view.recordKind() == null || shown < 0) {
            return "";
        }
        return switch (RecordKind.of(view.recordKind())) {
            case PLACE -> filter.activeProperty().get()
                    ? m.count("status.places.filtered", filter.totalProperty().get(), filter.matchCountProperty().get(),
                            filter.totalProperty().get())
                    : m.count("status.places.all", filter.totalProperty().get());
            case COUNTRY -> m.count("status.countries", shown);
            case EVENT -> m.count("status.events", shown);
            case PERSON -> m.count("status.people", shown);
            case ORGANISATION -> m.count("status.organisations", shown);
            case VENUE -> "";
        };
    }
}
