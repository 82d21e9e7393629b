package app.delegations.ui.main;

import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ErrorHandler;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.timeline.TimelineView;
import app.delegations.ui.timeline.TimelineViewModel;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The Timeline view in the window: a {@link TimelineView} on the long-lived {@link TimelineViewModel}, its
 * export going through {@link Dialogs}, its colours following the theme, Enter/double-click opening details.
 */
public final class TimelineTab implements MainWindow.TimelineSlot {
    private final TimelineViewModel vm;
    private final Selection selection;
    private final Dialogs dialogs;
    private final ObservableValue<Theme> theme;
    private final ChangeListener<Theme> onTheme = (o, a, b) -> applyTheme();
    private TimelineView view;
    private Messages messages;

    public TimelineTab(TimelineViewModel vm, Selection selection, Dialogs dialogs, ObservableValue<Theme> theme) {
        this.vm = vm;
        this.selection = selection;
        this.dialogs = dialogs;
        this.theme = theme;
    }

    @Override
    public Node create(Messages m, Runnable openDetails) {
        this.messages = m;
        view = new TimelineView(vm, m.bundle());
        view.setId("timelineView");
        view.exportFileChooserProperty().set(window -> dialogs.choosePngFile("timeline.png").map(Path::toFile).orElse(null));
        view.onExportFailedProperty().set(this::exportFailed);
        vm.onOpenDetailsProperty().set(e -> {
            selection.select(e);
            openDetails.run();
        });
        theme.addListener(onTheme);
        applyTheme();
        return view;
    }

    @Override
    public void dispose() {
        theme.removeListener(onTheme);
        vm.onOpenDetailsProperty().set(null);
        if (view != null) {
            view.dispose();
        }
        view = null;
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public void export() {
        if (view == null) {
            return;
        }
        dialogs.choosePngFile("timeline.png").ifPresent(file -> {
            try {
                view.exportPng(file.toFile());
            } catch (IOException | RuntimeException e) {
                exportFailed(e);
            }
        });
    }

    private void exportFailed(Exception e) {
        dialogs.showError(messages.get("timeline.export.title"),
                messages.format("timeline.export.failed", String.valueOf(e.getMessage())), ErrorHandler.stackTrace(e));
    }

    private void applyTheme() {
        if (view != null) {
            view.setDark(theme.getValue() == Theme.DARK);
        }
    }
}
