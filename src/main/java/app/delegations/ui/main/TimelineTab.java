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
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The Timeline view in the window: a {@link TimelineView} on the long-lived {@link TimelineViewModel}, its
 * colours following the theme, Enter/double-click opening details, and the window's one PNG export, which both
 * the toolbar button and File › Export run: it asks for a file through {@link Dialogs}, adds {@code .png} when
 * the name has no such extension, and tells where it saved, or why it could not.
 */
public final class TimelineTab implements MainWindow.TimelineSlot {
    private final TimelineViewModel vm;
    private final Selection selection;
    private final Dialogs dialogs;
    private final ObservableValue<Theme> theme;
    private final ChangeListener<Theme> onTheme = (o, a, b) -> applyTheme();
    private final BooleanBinding canExport;
    private TimelineView view;
    private Messages messages;

    public TimelineTab(TimelineViewModel vm, Selection selection, Dialogs dialogs, ObservableValue<Theme> theme) {
        this.vm = vm;
        this.selection = selection;
        this.dialogs = dialogs;
        this.theme = theme;
        canExport = Bindings.createBooleanBinding(() -> !vm.getLayout().isEmpty(), vm.layoutProperty());
    }

    @Override
    public Node create(Messages m, Runnable openDetails) {
        this.messages = m;
        view = new TimelineView(vm, m.bundle());
        view.setId("timelineView");
        view.onExportProperty().set(this::export);
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

    /** True while the timeline shows at least one event. */
    @Override
    public ObservableBooleanValue canExport() {
        return canExport;
    }

    @Override
    public void export() {
        if (view == null || !canExport.get()) {
            return;
        }
        dialogs.choosePngFile("timeline.png").map(TimelineTab::withPngExtension).ifPresent(file -> {
            try {
                view.exportPng(file.toFile());
            } catch (IOException | RuntimeException e) {
                exportFailed(e);
                return;
            }
            String where = file.toAbsolutePath().toString();
            dialogs.showInfo(messages.get("dialog.png.title"), messages.format("dialog.png.done", where),
                    where);
        });
    }

    /** The file as chosen, with {@code .png} added unless its name ends so (in any case). */
    static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }

    private void exportFailed(Exception e) {
        dialogs.showError(messages.get("dialog.png.title"),
                messages.format("dialog.png.failed", String.valueOf(e.getMessage())), ErrorHandler.stackTrace(e));
    }

    private void applyTheme() {
        if (view != null) {
            view.setDark(theme.getValue() == Theme.DARK);
        }
    }
}
