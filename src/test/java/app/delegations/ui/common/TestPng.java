package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/** A PNG export that records the files it writes, or fails with {@link #failure}; it proposes {@link #suggested}. */
final class TestPng implements Export {
    final SimpleBooleanProperty available = new SimpleBooleanProperty(true);
    final List<Path> written = new ArrayList<>();
    IOException failure;
    String suggested = "timeline.png";

    @Override
    public String menuId() {
        return "menuExportTest";
    }

    @Override
    public String menuKey() {
        return "menu.file.export";
    }

    @Override
    public String titleKey() {
        return "dialog.png.title";
    }

    @Override
    public String failedKey() {
        return "dialog.png.failed";
    }

    @Override
    public FileKind kind() {
        return FileKind.PNG;
    }

    @Override
    public String suggestedName(Messages m) {
        return suggested;
    }

    @Override
    public ObservableBooleanValue available() {
        return available;
    }

    @Override
    public void write(Path file) throws IOException {
        if (failure != null) {
            throw failure;
        }
        written.add(file);
    }
}
