package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTextRewriterTest {
    private final VersionTextRewriter rewriter = new VersionTextRewriter(TestVersions.ORDER);

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "6.0.0|6.1.0|6.1.0",
            "6.0|6.1.0|6.1.0",
            "' 6.0.0 '|6.1.0|' 6.1.0 '",
            "[6.0.0, 7.0.0)|6.1.0|[6.1.0, 7.0.0)",
            "[6.0.0,7.0.0)|6.3.0|[6.3.0,7.0.0)",
            "[ 6.0.0 ,  7.0.0 ]|7.0.0|[ 7.0.0 ,  7.0.0 ]",
            "[6.0.0, )|7.0.0|[7.0.0, )",
            "[6.0.0]|6.1.0|[6.1.0]",
            "6.1.0|6.1.0|6.1.0",
            "6.1|6.1.0|6.1",
            "[6.1.0, 7.0.0)|6.1.0|[6.1.0, 7.0.0)"
    })
    void movesTheVersionKeepingItsSpelling(String text, String target, String expected) {
        VersionTextRewriter.Outcome outcome = rewriter.rewrite(text, target);
        assertNull(outcome.refusal());
        assertEquals(expected, outcome.newText());
    }

    @ParameterizedTest(name = "''{0}'' to {1}")
    @CsvSource(delimiter = '|', value = {
            "6.*|6.1.0|floating version '6.*'",
            "*|6.1.0|floating version '*'",
            "6.1.0-*|6.1.0|floating version",
            "[6.0.0, 7.0.0)|7.0.0|not under the upper bound",
            "[6.0.0, 6.3.0]|7.0.0|not under the upper bound",
            "(, 7.0.0)|6.1.0|no lower bound",
            "(6.0.0, 7.0.0)|6.1.0|excludes its lower bound",
            "7.0.0|6.1.0|migrate does not downgrade",
            "$(Undefined)|6.1.0|is not a version"
    })
    void refusesWhatOnlyTheUserCanDecide(String text, String target, String reason) {
        VersionTextRewriter.Outcome outcome = rewriter.rewrite(text, target);
        assertNull(outcome.newText());
        assertTrue(outcome.refusal().contains(reason), outcome.refusal());
    }
}
