package io.github.duendetools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedSectionsTest {

    @Test
    void replacesOnlyTheNamedBlock() {
        String document = "intro\n<!-- bench:a -->\nold a\n<!-- /bench:a -->\nmiddle\n<!-- bench:b -->\nold b\n<!-- /bench:b -->\nend\n";
        String updated = MarkedSections.replace(document, "b", "new b");
        assertEquals("intro\n<!-- bench:a -->\nold a\n<!-- /bench:a -->\nmiddle\n<!-- bench:b -->\nnew b\n<!-- /bench:b -->\nend\n",
                updated);
        assertEquals(updated, MarkedSections.replace(updated, "b", "new b\n"), "re-running is idempotent");
    }

    @Test
    void refusesAMissingBlock() {
        assertThrows(IllegalArgumentException.class, () -> MarkedSections.replace("no blocks", "a", "x"));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Stats.median(List.of(3, 1, 2)));
        assertEquals(2.5, Stats.median(List.of(4, 1, 3, 2)));
        assertEquals(Double.NaN, Stats.median(List.of()));
    }

    @Test
    void markdownTableEscapesPipes() {
        String table = new MarkdownTable("a", "b").row("x|y", 1).render();
        assertEquals("| a | b |\n|---|---|\n| x\\|y | 1 |\n", table);
    }
}
