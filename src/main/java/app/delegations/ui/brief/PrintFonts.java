package app.delegations.ui.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Makes the fonts the PDF embeds (DejaVu Sans, regular and bold) known to JavaFX, so that the print preview and
 * the printer, which ask for that family, set the brief as the PDF does on every system, not only where DejaVu is
 * installed. Called once, as the window starts.
 */
public final class PrintFonts {
    private PrintFonts() {
    }

    /** Loads both fonts into JavaFX (on the UI thread). */
    public static void load() {
        for (String name : PaperPdf.FONTS) {
            try (InputStream in = PrintFonts.class.getResourceAsStream(PaperPdf.FONT_FOLDER + name)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
