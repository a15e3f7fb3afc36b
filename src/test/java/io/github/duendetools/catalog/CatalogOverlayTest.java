package io.github.duendetools.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Fifos;
import io.github.duendetools.InputException;
import io.github.duendetools.nuget.NuGetVersion;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogOverlayTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CatalogOverlayTest.class.getResource("/catalog/" + name).toURI());
    }

    @Test
    void overlayAddsReleasesLinesAndSteps() throws Exception {
        Catalog c = Catalog.load(fixture("overlay-newer.yaml"));
        assertEquals(NuGetVersion.parse("8.1.0"), c.newestStable());
        assertTrue(c.find(NuGetVersion.parse("8.0.4")).isPresent());
        assertEquals("8.0", c.generationOf(NuGetVersion.parse("8.0.4")).orElseThrow());
        List<Step> steps = c.steps(NuGetVersion.parse("7.4.0"), NuGetVersion.parse("8.1.0"));
        assertEquals(2, steps.size());
        assertTrue(steps.get(1).operational());
        assertEquals("https://example.org/v8_0-to-v8_1/", steps.get(1).breakingChanges().get(0).link());
        // the built-in catalog is untouched
        assertEquals(NuGetVersion.parse("8.0.3"), Catalog.builtIn().newestStable());
    }

    @Test
    void noOverlayIsTheBuiltIn() throws Exception {
        assertSame(Catalog.builtIn(), Catalog.load(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "overlay-missing-step.yaml|:2: no step from line 8.1 to line 8.2",
            "overlay-bad-store.yaml|:2: step 7.0 -> 7.1 changes a store but lines 7.0 and 7.1 share generation 7.0",
            "overlay-bad-version.yaml|:4: '8.0.x' is not a NuGet version",
            "overlay-typo.yaml|:3: unknown key 'releses'",
            "overlay-broken.yaml|: not valid YAML",
            "overlay-tagged.yaml|:4: not valid YAML: Global tag is not allowed",
            "overlay-wrong-line.yaml|:4: release 7.4.9 does not belong to line 8.0"})
    void badOverlayNamesFileAndLine(String name, String expected) throws Exception {
        Path file = fixture(name);
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aMergeErrorInAnEntryOfThePluginCitesTheUsersFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, "lines:\n  - line: \"7.4\"\n    generation: \"6.3\"\n");
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertTrue(e.getMessage().startsWith(file + ": does not fit the plugin's built-in catalog: "), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void aCatalogFileOverItsLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Catalog.MAX_CATALOG_FILE_SIZE + 1L);
        }
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertTrue(e.getMessage().contains("larger than the limit of " + Catalog.MAX_CATALOG_FILE_SIZE
                + " bytes (the catalog file's limit)"), e.getMessage());
    }

    @Test
    void aFifoAsTheCatalogFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Fifos.make(file);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InputException.class, () -> Catalog.load(file)));
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void missingOverlay() {
        Path missing = Path.of("does-not-exist.yaml");
        InputException e = assertThrows(InputException.class, () -> Catalog.load(missing));
        assertTrue(e.getMessage().contains("catalog file not found"));
    }
}
