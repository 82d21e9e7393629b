package app.delegations;

import app.delegations.ui.common.UiLanguage;

/** {@link PlacesColumnsInSightTest} in the Polish window, whose headers and kinds are longer. */
class PlacesColumnsInSightPolishTest extends PlacesColumnsInSightTest {
    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }
}
