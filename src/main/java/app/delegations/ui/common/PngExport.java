package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A view's picture saved as a PNG file (the timeline, the map, a figure): the {@link Export} every such view
 * gives, made of its names and its writer.
 *
 * @param menuId        the File-menu item's node id
 * @param menuKey       message key of the File-menu item
 * @param titleKey      message key of the file chooser's title
 * @param failedKey     message key of the error message, {0} being the reason
 * @param name          the view's name in the language given ("Mapa", a chart's title), which the proposed file
 *                      name follows with what narrows the view's rows ("Mapa – Słowacja.png")
 * @param available     true while there is something to draw
 * @param writer        writes the picture (on the UI thread)
 * @param taken         takes on the UI thread what the picture is made of, to be drawn and written on a thread of
 *                      its own ({@link Export#job}); null, or a null job taken: {@code writer} writes it
 */
public record PngExport(String menuId, String menuKey, String titleKey, String failedKey,
                        Function<Messages, String> name, ObservableBooleanValue available, Writer writer,
                        Supplier<Job> taken) implements Export {

    /** A picture written on the UI thread by {@code writer}. */
    public PngExport(String menuId, String menuKey, String titleKey, String failedKey,
                     Function<Messages, String> name, ObservableBooleanValue available, Writer writer) {
        this(menuId, menuKey, titleKey, failedKey, name, available, writer, null);
    }

    /** Writes the picture to a file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    @Override
    public String suggestedName(Messages m) {
        return name.apply(m);
    }

    /** A picture of the view shows what the filter leaves: its name says the narrowing. */
    @Override
    public boolean narrowed() {
        return true;
    }

    @Override
    public FileKind kind() {
        return FileKind.PNG;
    }

    @Override
    public void write(Path file) throws IOException {
        writer.write(file);
    }

    @Override
    public Optional<Job> job() {
        return taken == null ? Optional.empty() : Optional.ofNullable(taken.get());
    }
}
