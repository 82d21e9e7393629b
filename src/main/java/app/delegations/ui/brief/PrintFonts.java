package app.delegations.ui.brief;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Makes the fonts the PDF embeds (DejaVu Sans, regular and bold) known to JavaFX, so that the print preview and
 * the printer, which ask for that family, set the brief as the PDF does on every system, not only where DejaVu is
 * installed. Read once per run, when first printed (not at start-up); a font that cannot be read leaves printing
 * to the system's font.
 */
public final class PrintFonts {
    private PrintFonts() {
    }

    /**
     * Loads both fonts into JavaFX the first time it is called (on any thread: Ctrl+P calls it where the brief is
     * laid out, off the UI thread); later calls do nothing. True when both are loaded; false leaves the preview and
     * the printer to the system's font.
     */
    public static boolean load() {
        return Loaded.BOTH;
    }

    /** Holds whether the fonts were loaded; the class is initialised, and the fonts read, on the first call. */
    private static final class Loaded {
        static final boolean BOTH = read();

        private static boolean read() {
            boolean both = true;
            for (String name : PaperPdf.FONTS) {
                try (InputStream in = PrintFonts.class.getResourceAsStream(PaperPdf.FONT_FOLDER + name)) {
                    both &= in != null && Font.loadFont(in, 12) != null;
                } catch (IOException e) {
                    both = false;
                }
            }
            return both;
        }
    }
}
