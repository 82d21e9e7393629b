package app.delegations.ui.common;

import app.delegations.ui.common.AppPreferences.Theme;

import java.io.File;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The view of a view feature that draws its own picture (the map, the timeline), while it is shown: its colours
 * follow the window's theme, it writes itself as a PNG file, and on dispose it stops following the theme and is
 * let go. Used on the UI thread.
 *
 * @param <V> the view
 */
public final class ShownPicture<V> {
    /** Writes the view's picture to a file. */
    @FunctionalInterface
    public interface Writer<V> {
        void write(V view, File file) throws IOException;
    }

    private final String name;
    private final BiConsumer<V, Boolean> setDark;
    private final ChangeListener<Theme> onTheme = (o, a, b) -> applyTheme(b);
    private ObservableValue<Theme> theme;
    private V view;

    /**
     * @param name    what the picture is ("the map"), for the error of an export while it is not shown
     * @param setDark draws the view in dark colours (true) or light ones
     */
    public ShownPicture(String name, BiConsumer<V, Boolean> setDark) {
        this.name = name;
        this.setDark = setDark;
    }

    /** Shows {@code view} in the colours of {@code theme}, following it from now on. */
    public V show(V view, ObservableValue<Theme> theme) {
        this.view = view;
        this.theme = theme;
        theme.addListener(onTheme);
        applyTheme(theme.getValue());
        return view;
    }

    /** The view shown, or null. */
    public V view() {
        return view;
    }

    /** Writes the picture of the view shown with {@code writer}; fails while none is shown. */
    public PngExport.Writer png(Writer<V> writer) {
        return file -> {
            if (view == null) {
                throw new IOException(name + " is not shown");
            }
            writer.write(view, file.toFile());
        };
    }

    /** Stops following the theme and hands the view shown, if any, to {@code dispose}; then none is shown. */
    public void dispose(Consumer<V> dispose) {
        if (theme != null) {
            theme.removeListener(onTheme);
            theme = null;
        }
        if (view != null) {
            dispose.accept(view);
            view = null;
        }
    }

    private void applyTheme(Theme t) {
        if (view != null) {
            setDark.accept(view, t == Theme.DARK);
        }
    }
}
