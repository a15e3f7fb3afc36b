package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RegenerationTest {

    @Test
    void offUnlessAskedFor() {
        assertFalse(Regeneration.requested(null, null));
        assertFalse(Regeneration.requested("false", "true"));
        assertTrue(Regeneration.requested("true", null));
        assertTrue(Regeneration.requested("true", "false"));
    }

    @Test
    void ciNeverRegenerates() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Regeneration.requested("true", "true"));
        assertTrue(e.getMessage().contains("refused under CI=true"), e.getMessage());
    }

    @Test
    void aValueOtherThanTrueOrFalseFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Regeneration.requested("yes", null));
        assertTrue(e.getMessage().contains("true or false, not 'yes'"), e.getMessage());
    }
}
