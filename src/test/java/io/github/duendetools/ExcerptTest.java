package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aValueUpToTheLimitIsQuotedWhole() {
        String atLimit = "7".repeat(Excerpt.MAX_QUOTED);
        assertEquals("'" + atLimit + "'", Excerpt.quoted(atLimit));
        assertEquals(atLimit, Excerpt.of(atLimit));
    }

    @Test
    void aLongerValueIsCutAndItsLengthGiven() {
        String past = "7".repeat(Excerpt.MAX_QUOTED + 1);
        assertEquals("'" + "7".repeat(Excerpt.MAX_QUOTED) + "…' (" + (Excerpt.MAX_QUOTED + 1) + " characters)",
                Excerpt.quoted(past));
        assertEquals("7".repeat(Excerpt.MAX_QUOTED) + "… (" + (Excerpt.MAX_QUOTED + 1) + " characters)", Excerpt.of(past));
    }

    @Test
    void lineBreaksAndTabsAreShownEscapedSoTheMessageStaysOneLine() {
        assertEquals("'\\t6.0.0\\r\\n'", Excerpt.quoted("\t6.0.0\r\n"));
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String value = "x".repeat(Excerpt.MAX_QUOTED - 1) + "\uD83D\uDE00" + "y";
        assertEquals("'" + "x".repeat(Excerpt.MAX_QUOTED - 1) + "…' (" + value.length() + " characters)",
                Excerpt.quoted(value));
    }
}
