package app.delegations.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import org.junit.jupiter.api.Test;

/**
 * Cite for… is pressed by the letter its button underlines, which differs by language (the Polish Help menu,
 * "Pomo_c", takes Alt+C): the button's tooltip names the key that works in the window's language.
 */
class CiteKeyTest {
    @Test
    void theCiteButtonsTooltipNamesAltCInEnglishAndAltTInPolish() {
        assertEquals(" (Alt+C)", SourceTools.key(Messages.of(UiLanguage.ENGLISH).get("source.cite")));
        assertEquals(" (Alt+T)", SourceTools.key(Messages.of(UiLanguage.POLISH).get("source.cite")));
        assertEquals("", SourceTools.key("Cite"), "a label without a mnemonic names no key");
    }
}
