package app.delegations.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import org.junit.jupiter.api.Test;

/** The source's header names its language in words ("język: polski"), not as a code ("język: pl"). */
class SourceLanguageNameTest {

    @Test
    void theLanguageOfASourceIsNamedInTheUiLanguage() {
        Messages pl = Messages.of(UiLanguage.POLISH);
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("polski", SourceView.languageName("pl", pl.locale()));
        assertEquals("Polish", SourceView.languageName("pl", en.locale()));
        assertEquals("angielski", SourceView.languageName("en", pl.locale()));
        assertEquals("30 listopada 2016 · język: polski · note.txt",
                pl.format("source.meta", "30 listopada 2016", SourceView.languageName("pl", pl.locale()), "note.txt"));
        assertEquals("qqx", SourceView.languageName("qqx", pl.locale()), "an unknown code stays as written");
    }
}
