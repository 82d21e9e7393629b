package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.brief.PrintFonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The print layout measures a line exactly as wide as JavaFX then draws it, whatever the letters: Polish, Cyrillic,
 * Greek, punctuation, and texts JavaFX shapes (Arabic, Hebrew, Devanagari, combining marks, a soft hyphen).
 */
class FxTextMeasureTest {
    private static final String[] SAMPLES = {
        "Wizyta delegacji z Kijowa w Krakowie — notatka", "Zażółć gęślą jaźń; ŁÓDŹ, Świętokrzyskie",
        "Київ, Україна: «Делегація» № 5", "Ελληνικά και Ἀθῆναι", "„Cytat” – [3, 4] (1/2) 100 € ← → ≤ ≥",
        "Հայաստան", "مرحبا بالعالم", "שלום עולם", "नमस्ते दुनिया", "e\u0301 combining", "soft\u00ADhyphen",
        "tab\there", "", " ", "Košice 2016-11-30",
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        PrintFonts.load();
    }

    private static double asDrawn(FxTextMeasure measure, String text, PaperStyle style) {
        var t = new Text(text);
        t.setFont(measure.font(style));
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void everyTextIsMeasuredAsWideAsJavaFxSetsIt() {
        var measure = new FxTextMeasure();
        var texts = new ArrayList<>(List.of(SAMPLES));
        var random = new Random(16);
        String letters = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄŁŻКиївУкраїнаΑθήνα ,.;:—–„”«»()[]0123456789";
        for (int i = 0; i < 500; i++) { // lines as the layout grows them, a word at a time
            var line = new StringBuilder();
            for (int n = random.nextInt(80); n > 0; n--) {
                line.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(line.toString());
        }
        for (PaperStyle style : PaperStyle.values()) {
            for (String text : texts) {
                assertEquals(asDrawn(measure, text, style), measure.width(text, style),
                        () -> style + ": \"" + text + "\"");
            }
        }
    }

    @Test
    void lettersJavaFxShapesOrJoinAreNotCountedOneByOne() {
        assertTrue(FxTextMeasure.simple('ł') && FxTextMeasure.simple('Ї') && FxTextMeasure.simple('—'));
        for (char c : new char[] {'\t', '\u00AD', '\u0301', '\u0483', '\u05D0', '\u0627', '\u0928', '\u200D',
            '\u202E', '\uD83D'}) {
            assertFalse(FxTextMeasure.simple(c), () -> String.format("U+%04X", (int) c));
        }
    }
}
