package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.delegations.ui.common.AppPreferences.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The map's and the timeline's picture: in the theme's colours while shown, exported as PNG only while shown. */
class ShownPictureTest {
    /** A view that records what it was told. */
    private static final class Picture {
        final List<String> told = new ArrayList<>();
    }

    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ShownPicture<Picture> shown = new ShownPicture<>("the picture",
            (p, dark) -> p.told.add(dark ? "dark" : "light"));

    @Test
    void theColoursFollowTheThemeWhileTheViewIsShown() {
        var picture = shown.show(new Picture(), theme);
        theme.set(Theme.DARK);
        shown.dispose(p -> p.told.add("disposed"));
        theme.set(Theme.LIGHT);
        assertEquals(List.of("light", "dark", "disposed"), picture.told);
        assertNull(shown.view());
    }

    @Test
    void thePictureIsWrittenOnlyWhileTheViewIsShown() throws IOException {
        var written = new ArrayList<String>();
        PngExport.Writer png = shown.png((p, file) -> written.add(file.getName()));
        IOException e = assertThrows(IOException.class, () -> png.write(Path.of("a.png")));
        assertEquals("the picture is not shown", e.getMessage());
        shown.show(new Picture(), theme);
        png.write(Path.of("b.png"));
        assertEquals(List.of("b.png"), written);
    }
}
