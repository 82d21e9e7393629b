package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void aShortTextIsShownAsItIs() {
        String s = "Kraków";
        assertSame(s, ShortText.shorten(s, 6));
        assertTrue(ShortText.fits(s, 6));
        assertNull(ShortText.shorten(null, 6));
    }

    @Test
    void aLongTextIsCutToTheLimitWithAnEllipsis() {
        String s = "x".repeat(1_000_000);
        String shown = ShortText.shorten(s, ShortText.LINE);
        assertEquals(ShortText.LINE, shown.length());
        assertTrue(shown.endsWith("…"));
        assertFalse(ShortText.fits(s, ShortText.LINE));
    }

    @Test
    void neverCutsALetterOutsideTheBasicPlaneInHalf() {
        String s = "ab\uD835\uDC9Cdef"; // a, b, mathematical script A (two chars), d, e, f
        assertEquals("ab…", ShortText.shorten(s, 4));
    }
}
