package app.delegations.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A kind of file the window saves: its extension and the message key of the file chooser's filter.
 *
 * @param extension without the dot, in lower case (e.g. {@code png})
 */
public record FileKind(String extension, String filterKey) {
    public static final FileKind PNG = new FileKind("png", "dialog.png.filter");
    public static final FileKind PDF = new FileKind("pdf", "brief.pdf.filter");

    /** The file as chosen, with the extension added unless its name ends with it (in any case). */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }
}
