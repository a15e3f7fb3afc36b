package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating appends what is new to the checksum table and never rewrites a released checksum. */
class FrozenChecksumsTest {

    private static final Map<String, String> FROZEN = FrozenChecksums.parse("# comment\na.xml::one::h2 9:1\na.xml::two::h2 9:2\n");

    @Test
    void aChangedOrVanishedChecksumFailsAlsoWhenRegenerating() {
        for (boolean regenerate : new boolean[] {false, true}) {
            FrozenChecksums.Comparison c = FrozenChecksums.compare(FROZEN, Map.of("a.xml::one::h2", "9:9"), regenerate);
            assertEquals(List.of("a.xml::one::h2 changed (9:1 -> 9:9); released changesets must never change, add a new changeset instead",
                    "a.xml::two::h2 disappeared; released changesets must never change or vanish"), c.problems());
        }
    }

    @Test
    void aNewChecksumFailsUnlessRegeneratingWhichAppendsIt() {
        Map<String, String> actual = Map.of("a.xml::one::h2", "9:1", "a.xml::two::h2", "9:2", "b.xml::z::h2", "9:4", "b.xml::a::h2", "9:3");
        FrozenChecksums.Comparison compared = FrozenChecksums.compare(FROZEN, actual, false);
        assertEquals(2, compared.problems().size());
        assertEquals("b.xml::a::h2 is new; freeze it with -Dduende.regenerate=true, which appends it to changelog/checksums.txt",
                compared.problems().get(0));
        FrozenChecksums.Comparison regenerated = FrozenChecksums.compare(FROZEN, actual, true);
        assertEquals(List.of(), regenerated.problems());
        assertEquals(List.of("b.xml::a::h2 9:3", "b.xml::z::h2 9:4"), regenerated.appended());
    }

    @Test
    void appendingKeepsEveryLine(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("checksums.txt");
        Files.writeString(table, "# head\na.xml::one::h2 9:1");
        FrozenChecksums.append(table, List.of("b.xml::a::h2 9:3"));
        FrozenChecksums.append(table, List.of());
        assertEquals("# head\na.xml::one::h2 9:1\nb.xml::a::h2 9:3\n", Files.readString(table));
    }
}
