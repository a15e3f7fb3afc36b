package io.github.duendetools.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error a {@code duende.catalogFile} can cause names that file and the line to fix, never a file inside the
 * plugin (the user cannot edit those), also where the user's entry breaks one of the plugin's own.
 */
class CatalogFileErrorsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> errors() {
        return Stream.of(
                // the text as YAML
                Arguments.of("unclosed list", "lines:\n  - line: \"8.0\"\n    releases: [\n\n", 5, "not valid YAML"),
                Arguments.of("a Java type tag", "lines:\n  - line: \"8.0\"\n    releases:\n      - !!java.io.File {path: x}\n",
                        4, "not valid YAML: Global tag is not allowed"),
                Arguments.of("too many aliases", "lines:\n  - &a [x, x]\n  - &b [*a, *a]\n  - &c [*b, *b]\n  - &d [*c, *c]\n"
                        + "  - &e [*d, *d]\n  - &f [*e, *e]\n  - [*f, *f]\n", 8, "not valid YAML: Number of aliases"),
                Arguments.of("a control character", "lines:\n  - line: \"8.0\u0001\"\n", 2, "not valid YAML: special characters"),
                // the shape
                Arguments.of("a list at the top", "- line: \"8.0\"\n", 1, "the catalog must be a mapping"),
                Arguments.of("an unknown top key", "lines: []\nrelease: []\n", 2, "unknown key 'release' in the catalog"),
                Arguments.of("an unknown key of a line", "lines:\n  - line: \"8.0\"\n    releses: []\n", 3, "unknown key 'releses'"),
                Arguments.of("a duplicate key", "lines: []\nlines: []\n", 2, "duplicate key 'lines'"),
                Arguments.of("lines not a list", "lines: x\n", 1, "'lines' must be a list"),
                Arguments.of("a line not a mapping", "lines:\n  - \"8.0\"\n", 2, "a line must be a mapping"),
                Arguments.of("a line without its number", "lines:\n  - generation: \"8.0\"\n", 2, "a line needs 'line'"),
                Arguments.of("an empty line number", "lines:\n  - line: \"\"\n", 2, "'line' of a line is empty"),
                Arguments.of("a list as a line number", "lines:\n  - line: [8, 0]\n", 2, "'line' of a line must be a single value"),
                Arguments.of("a framework not a value", "lines:\n  - line: \"8.0\"\n    frameworks:\n      - [net10.0]\n", 4,
                        "a framework of line 8.0 must be a single value"),
                Arguments.of("a flag neither true nor false", "steps:\n  - from: \"7.0\"\n    to: \"7.1\"\n    configuration: maybe\n", 4,
                        "'configuration' of step 7.0 -> 7.1 must be true or false, not 'maybe'"),
                // the entries
                Arguments.of("a line that is not major.minor", "lines:\n  - line: \"8\"\n", 2, "line '8' must be major.minor"),
                Arguments.of("a version NuGet cannot read", "lines:\n  - line: \"8.0\"\n    releases:\n      - {version: 8.0.x}\n", 4,
                        "'8.0.x' is not a NuGet version"),
                Arguments.of("a release of another line", "lines:\n  - line: \"8.0\"\n    releases:\n      - {version: 7.4.9}\n", 4,
                        "release 7.4.9 does not belong to line 8.0"),
                Arguments.of("a date not yyyy-mm-dd", "lines:\n  - line: \"8.0\"\n    releases:\n      - {version: 8.0.4, date: 1/8/2026}\n",
                        4, "date '1/8/2026' of 8.0.4 must be yyyy-mm-dd"),
                Arguments.of("a release listed twice", "lines:\n  - line: \"8.0\"\n    releases:\n      - {version: 8.0.4}\n"
                        + "      - {version: 8.0.4, date: \"2026-08-01\"}\n", 5, "release 8.0.4 is listed twice in this file (also line 4)"),
                Arguments.of("a line listed twice", "lines:\n  - line: \"8.0\"\n    releases: []\n  - line: \"8.0\"\n", 4,
                        "line 8.0 is listed twice in this file (also line 2)"),
                Arguments.of("a step listed twice", "steps:\n  - {from: \"7.0\", to: \"7.1\", guide: https://example.org/a}\n"
                        + "  - {from: \"7.0\", to: \"7.1\", guide: https://example.org/b}\n", 3,
                        "step 7.0 -> 7.1 is listed twice in this file (also line 2)"),
                Arguments.of("a generation listed twice", "generations:\n  - {id: \"8.2\", description: a}\n  - {id: \"8.2\", description: b}\n",
                        3, "generation 8.2 is listed twice in this file (also line 2)"),
                Arguments.of("a new line without a generation", "lines:\n  - line: \"8.2\"\n    frameworks: [net10.0]\n", 2,
                        "line 8.2 needs 'generation'"),
                Arguments.of("a line with an unknown generation", "lines:\n  - line: \"8.0\"\n    generation: \"9.9\"\n", 2,
                        "line 8.0 names unknown generation '9.9'"),
                Arguments.of("a new line without frameworks", "lines:\n  - line: \"8.2\"\n    generation: \"8.0\"\n", 2,
                        "line 8.2 needs 'frameworks'"),
                Arguments.of("a framework that is no moniker", "lines:\n  - line: \"8.0\"\n    frameworks: [dotnet10]\n", 2,
                        "line 8.0: 'dotnet10' is not a target framework moniker"),
                Arguments.of("a release with an unknown generation", "lines:\n  - line: \"8.0\"\n    releases:\n"
                        + "      - {version: 8.0.4, generation: \"9.9\"}\n", 4, "release 8.0.4 names unknown generation '9.9'"),
                Arguments.of("a generation older than the line before", "lines:\n  - line: \"7.4\"\n    generation: \"6.3\"\n", 2,
                        "line 7.4 has generation 6.3, older than 7.3's 7.0"),
                Arguments.of("a line after the last without a step", "lines:\n  - line: \"8.2\"\n    generation: \"8.0\"\n"
                        + "    frameworks: [net10.0]\n", 2, "no step from line 8.1 to line 8.2"),
                Arguments.of("a line between without the step on to the next", "lines:\n  - line: \"7.5\"\n    generation: \"7.0\"\n"
                        + "    frameworks: [net8.0]\nsteps:\n  - {from: \"7.4\", to: \"7.5\", guide: https://example.org/a}\n", 2,
                        "no step from line 7.5 to line 8.0"),
                Arguments.of("a step from an unknown line", "steps:\n  - {from: \"9.0\", to: \"9.1\", guide: https://example.org/a}\n", 2,
                        "step 9.0 -> 9.1 names a line the catalog does not have"),
                Arguments.of("a step over a known line", "steps:\n  - {from: \"7.0\", to: \"7.2\", guide: https://example.org/a}\n", 2,
                        "step 7.0 -> 7.2 skips a line"),
                Arguments.of("flags the schema data contradicts", "steps:\n  - from: \"7.0\"\n    to: \"7.1\"\n    configuration: true\n"
                        + "    operational: false\n", 2, "but the schema data changes no store"),
                Arguments.of("a new generation without flags", "generations:\n  - {id: \"8.2\", description: new}\nlines:\n"
                        + "  - line: \"8.2\"\n    generation: \"8.2\"\n    frameworks: [net10.0]\nsteps:\n"
                        + "  - {from: \"8.1\", to: \"8.2\", guide: https://example.org/a}\n", 8,
                        "step 8.1 -> 8.2 must say 'configuration' and 'operational'"),
                Arguments.of("a built-in step into a line moved to a new generation", "generations:\n  - {id: \"8.2\", description: new}\n"
                        + "lines:\n  - line: \"8.1\"\n    generation: \"8.2\"\n", 4,
                        "step 8.0 -> 8.1 must say 'configuration' and 'operational' (true or false): add it under 'steps' here"),
                Arguments.of("a new generation whose step changes no store", "generations:\n  - {id: \"8.2\", description: new}\nlines:\n"
                        + "  - line: \"8.2\"\n    generation: \"8.2\"\n    frameworks: [net10.0]\nsteps:\n  - from: \"8.1\"\n    to: \"8.2\"\n"
                        + "    configuration: false\n    operational: false\n    guide: https://example.org/a\n", 8,
                        "step 8.1 -> 8.2 changes no store but moves from generation 8.0 to 8.2"),
                Arguments.of("a breaking change without a link", "steps:\n  - from: \"7.0\"\n    to: \"7.1\"\n    breaking:\n"
                        + "      - text: something\n", 2, "breaking change 'something' needs a 'link'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void namesTheUsersFileAndLine(String what, String text, int line, String problem) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertEquals(file, e.file(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("duende/"), "names a file of the plugin: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLine() throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.write(file, new byte[] {'l', 'i', 'n', 'e', 's', ':', '\n', ' ', ' ', '-', ' ', 'l', 'i', 'n', 'e', ':', ' ', '8', (byte) 0xE9, '\n'});
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertEquals(file + ":2: catalog file is not valid UTF-8 text", e.getMessage());
    }

    @Test
    void aProblemInThePluginsEntriesAloneIsStillReportedAgainstTheUsersFile() throws Exception {
        // not reachable with the shipped catalog (each break a user file causes involves one of its entries), but a
        // user can only act on their own file
        Path file = dir.resolve("catalog.yaml");
        CatalogMerger merger = new CatalogMerger();
        merger.add(CatalogDocument.read(Path.of("duende/catalog/releases.yaml"), "lines:\n  - line: \"8.5\"\n    generation: \"8.0\"\n"));
        merger.addUserFile(CatalogDocument.read(file, "generations:\n  - {id: \"8.0\", description: renamed}\n"));
        InputException e = assertThrows(InputException.class, merger::build);
        assertEquals(file + ": does not fit the plugin's built-in catalog: line 8.5 needs 'frameworks'", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.yaml");
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertEquals(file + ": catalog file not found", e.getMessage());
    }
}
