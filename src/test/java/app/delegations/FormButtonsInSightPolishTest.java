package app.delegations;

import app.delegations.ui.common.UiLanguage;

/** {@link FormButtonsInSightTest} in the Polish window, whose labels are longer and wrap more. */
class FormButtonsInSightPolishTest extends FormButtonsInSightTest {
    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }
}
