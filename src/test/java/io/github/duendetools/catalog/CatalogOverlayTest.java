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
    void aLineBetweenKnownLinesCanBeDescribed() throws Exception {
        Catalog c = Catalog.load(fixture("overlay-between.yaml"));
        List<Step> steps = c.steps(NuGetVersion.parse("7.4.8"), NuGetVersion.parse("8.0.3"));
        assertEquals(List.of("7.4 -> 7.5", "7.5 -> 8.0"), steps.stream().map(s -> s.fromLine() + " -> " + s.toLine()).toList());
        assertEquals("7.0", c.generationOf(NuGetVersion.parse("7.5.0")).orElseThrow());
        assertEquals("https://example.org/v7_5-to-v8_0/", steps.get(1).guide());
    }

    @Test
    void whichStoresAStepChangesComesFromTheSchemaData() throws Exception {
        // the built-in steps say nothing about stores: the schema data is the one owner of that fact
        Step toSeven = Catalog.builtIn().allSteps().stream().filter(s -> s.toLine().equals("7.0")).findFirst().orElseThrow();
        assertTrue(toSeven.configuration() && toSeven.operational());
        Step toFiveOne = Catalog.builtIn().allSteps().stream().filter(s -> s.toLine().equals("5.1")).findFirst().orElseThrow();
        assertTrue(!toFiveOne.configuration() && toFiveOne.operational());
        // nor does a catalogFile step between generations the schema data describes (overlay-between.yaml gives none)
        Step toEight = Catalog.load(fixture("overlay-between.yaml")).allSteps().stream().filter(s -> s.toLine().equals("8.0"))
                .findFirst().orElseThrow();
        assertTrue(toEight.configuration() && toEight.operational());
    }

    @Test
    void noOverlayIsTheBuiltIn() throws Exception {
        assertSame(Catalog.builtIn(), Catalog.load(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "overlay-missing-step.yaml|:2: no step from line 8.1 to line 8.2",
            "overlay-bad-store.yaml|:2: step 7.0 -> 7.1 says configuration: true, operational: false, but the schema data changes no store",
            "overlay-bad-version.yaml|:4: '8.0.x' is not a NuGet version",
            "overlay-typo.yaml|:3: unknown key 'releses'",
            "overlay-broken.yaml|: not valid YAML",
            "overlay-tagged.yaml|:4: not valid YAML: Global tag is not allowed",
            "overlay-wrong-line.yaml|:4: release 7.4.9 does not belong to line 8.0",
            "overlay-between-skipping.yaml|:17: step 7.4 -> 8.0 skips a line"})
    void badOverlayNamesFileAndLine(String name, String expected) throws Exception {
        Path file = fixture(name);
        InputException e = assertThrows(InputException.class, () -> Catalog.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
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
