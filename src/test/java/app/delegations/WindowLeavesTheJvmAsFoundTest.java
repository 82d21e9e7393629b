package app.delegations;

import static app.delegations.AppTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.JvmDefaults;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A window story leaves the JVM as it found it: the theme's stylesheet and the error handler the window sets
 * while it is shown, and the locale and time zone, are as before once the story is over, so that a test after
 * it lays out and fails the same whatever ran before. The story runs in Polish, which the JVM's locale is not:
 * a window that made its language the JVM's default would be caught too. (Checked after every extension's
 * teardown: a story that left a default changed fails this class.)
 */
class WindowLeavesTheJvmAsFoundTest extends WindowStory {
    private static JvmDefaults before;

    @BeforeAll
    static void takeTheDefaults() {
        before = JvmDefaults.now();
    }

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @Test
    void theShownWindowHasItsThemeAndErrorHandlerButNotItsLanguageAsTheJvmsDefaults() {
        List<String> changed = before.changedIn(fx(JvmDefaults::now));
        assertTrue(changed.contains("userAgentStylesheet") && changed.contains("uncaught"),
                "the window gives its theme to every window and reports what is uncaught: " + changed);
        assertTrue(!changed.contains("locale") && !changed.contains("zone"),
                "the window passes its language's locale; it never makes it the JVM's: " + changed);
    }

    @AfterAll
    static void theDefaultsAreAsBeforeTheStory() {
        assertEquals(List.of(), before.changedIn(JvmDefaults.now()), "JVM defaults left changed by the story");
    }
}
