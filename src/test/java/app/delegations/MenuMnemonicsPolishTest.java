package app.delegations;

import app.delegations.ui.common.UiLanguage;

/** {@link MenuMnemonicsTest} in Polish: its own words, its own letters. */
class MenuMnemonicsPolishTest extends MenuMnemonicsTest {
    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }
}
