package io.github.duendetools.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.TargetFramework;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {

    private final Catalog catalog = Catalog.builtIn();

    private static NuGetVersion v(String s) {
        return NuGetVersion.parse(s);
    }

    @Test
    void knowsEveryStableReleaseFrom500To803() {
        List<String> stable = catalog.releases().stream().map(Release::version).filter(x -> !x.isPrerelease())
                .map(NuGetVersion::toNormalizedString).toList();
        assertEquals("5.0.0", stable.get(0));
        assertEquals("8.0.3", stable.get(stable.size() - 1));
        assertEquals(6 + 2 + 5 + 6 + 9 + 6 + 11 + 10 + 3 + 5 + 5 + 9 + 4, stable.size());
        assertTrue(stable.containsAll(List.of("6.3.10", "7.0.9", "7.3.4", "7.4.8", "6.0.5")));
    }

    @Test
    void knowsPrereleases() {
        for (String p : List.of("5.0.0-preview.0", "5.0.0-rc.1", "5.2.5-preview.1", "6.0.0-preview.7", "6.1.0-preview.4",
                "6.3.0-preview.1.1", "7.0.0-alpha", "7.1.0-rc.2", "7.4.0-alpha.1", "8.0.0-preview.6")) {
            assertTrue(catalog.find(v(p)).isPresent(), p);
        }
    }

    @Test
    void releasesAreSortedAndHaveDates() {
        List<NuGetVersion> versions = catalog.versions();
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i - 1).compareTo(versions.get(i)) < 0);
        }
        assertEquals("2024-01-24", catalog.find(v("7.0")).orElseThrow().date());
        assertEquals(null, catalog.find(v("7.0.0-rc.1")).orElseThrow().date());
        catalog.releases().stream().filter(r -> !r.version().isPrerelease())
                .forEach(r -> assertTrue(r.date() != null && r.date().matches("20\\d\\d-\\d\\d-\\d\\d"), r.toString()));
    }

    @Test
    void findTreatsShortFormsAsEqual() {
        assertEquals(v("7.0.0"), catalog.find(v("7.0")).orElseThrow().version());
        assertTrue(catalog.find(v("7.0.10")).isEmpty());
    }

    @Test
    void newestAndFirst() {
        assertEquals(v("8.0.3"), catalog.newestStable());
        assertEquals(v("5.0.0"), catalog.firstSupported());
        assertEquals(v("6.2.5"), catalog.newestStableOf("6.2").orElseThrow());
        assertTrue(catalog.newestStableOf("4.1").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "5.0.3, 5.0", "5.1.1, 5.1", "5.2.4, 5.2", "6.0.5, 6.0", "6.1.0, 6.1", "6.2.5, 6.1", "6.3.10, 6.3",
            "7.0.0, 7.0", "7.4.8, 7.0", "8.0.3, 8.0",
            "6.1.0-preview.1, 6.0", "6.1.0-preview.2, 6.1-preview.2", "6.1.0-preview.3, 6.1",
            "7.0.0-alpha, 6.3", "7.0.0-preview.1, 6.3", "7.0.0-preview.2, 7.0"})
    void generations(String version, String generation) {
        assertEquals(generation, catalog.generationOf(v(version)).orElseThrow());
    }

    @Test
    void oddPreviewGenerationIsUnsupported() {
        Generation g = catalog.generation("6.1-preview.2").orElseThrow();
        assertFalse(g.supported());
        assertTrue(g.unsupported().contains("6.1.0"));
        assertTrue(catalog.generation("6.1").orElseThrow().supported());
        assertThrows(IllegalArgumentException.class, () -> catalog.steps(v("6.1.0-preview.2"), v("7.0.0")));
    }

    @Test
    void frameworksPerLine() {
        assertEquals(List.of("net8.0"), catalog.find(v("7.0.5")).orElseThrow().frameworks());
        assertEquals(List.of("net10.0"), catalog.find(v("8.0.0")).orElseThrow().frameworks());
        assertEquals(List.of("net8.0", "net9.0", "net10.0"), catalog.find(v("7.4.0")).orElseThrow().frameworks());
        assertEquals(List.of("netcoreapp3.1", "net5.0"), catalog.find(v("5.2.0")).orElseThrow().frameworks());
    }

    /** The catalog's frameworks are minimums: a project on any of them, or on a later .NET, takes the release. */
    @Test
    void everyReleaseFrameworkIsOneNuGetKnowsAndTakesItsRelease() {
        TargetFramework later = TargetFramework.parse("net99.0").orElseThrow();
        for (Release r : catalog.releases()) {
            for (String moniker : r.frameworks()) {
                TargetFramework f = TargetFramework.parse(moniker).orElseThrow(() -> new AssertionError(moniker));
                assertEquals(TargetFramework.Family.NET_CORE_APP, f.family(), moniker);
                assertTrue(f.canConsume(f) && later.canConsume(f), r.version() + " " + moniker);
                if (f.version().major() >= 5) {
                    assertTrue(TargetFramework.parse(moniker + "-windows").orElseThrow().canConsume(f), moniker);
                }
            }
        }
        TargetFramework net6 = TargetFramework.parse("net6.0").orElseThrow();
        assertFalse(catalog.find(v("7.0.0")).orElseThrow().frameworks().stream()
                .map(m -> TargetFramework.parse(m).orElseThrow()).anyMatch(net6::canConsume));
        TargetFramework core31 = TargetFramework.parse("netcoreapp3.1").orElseThrow();
        assertTrue(catalog.find(v("5.2.0")).orElseThrow().frameworks().stream()
                .map(m -> TargetFramework.parse(m).orElseThrow()).anyMatch(core31::canConsume));
    }

    @Test
    void stepsWalkEveryMinorLine() {
        List<Step> steps = catalog.steps(v("6.0.0"), v("7.4.8"));
        assertEquals(List.of("6.0>6.1", "6.1>6.2", "6.2>6.3", "6.3>7.0", "7.0>7.1", "7.1>7.2", "7.2>7.3", "7.3>7.4"),
                steps.stream().map(s -> s.fromLine() + ">" + s.toLine()).toList());
        Set<String> withSchema = steps.stream().filter(Step::schemaChange).map(Step::toLine).collect(Collectors.toSet());
        assertEquals(Set.of("6.1", "6.3", "7.0"), withSchema);
        Step s63 = steps.get(2);
        assertTrue(s63.configuration());
        assertFalse(s63.operational());
        assertEquals("6.1", s63.fromGeneration());
        assertEquals("6.3", s63.toGeneration());
        assertTrue(s63.breakingChanges().size() >= 5);
        s63.breakingChanges().forEach(b -> assertTrue(b.link().startsWith("https://"), b.text()));
    }

    @Test
    void whichStoreEachStepChanges() {
        List<Step> all = catalog.allSteps();
        assertEquals("4.1", all.get(0).fromLine());
        String changes = all.stream().filter(Step::schemaChange)
                .map(s -> s.toLine() + ":" + (s.configuration() ? "c" : "") + (s.operational() ? "o" : ""))
                .collect(Collectors.joining(" "));
        assertEquals("5.0:co 5.1:o 5.2:c 6.0:c 6.1:co 6.3:c 7.0:co 8.0:co", changes);
    }

    @Test
    void noStepsWithinALineOrDownwards() {
        assertEquals(List.of(), catalog.steps(v("7.1.0"), v("7.1.2")));
        assertEquals(List.of(), catalog.steps(v("7.4.0"), v("6.0.0")));
        assertThrows(IllegalArgumentException.class, () -> catalog.steps(v("7.9.0"), v("8.0.0")));
    }

    @Test
    void eightOnePreviewsAreOnTheEightZeroSchema() {
        for (String p : List.of("8.1.0-preview.1", "8.1.0-preview.2")) {
            assertTrue(catalog.lists(v(p)), p);
            assertEquals("8.0", catalog.generationOf(v(p)).orElseThrow());
            assertEquals(List.of("net10.0"), catalog.find(v(p)).orElseThrow().frameworks());
        }
        assertEquals(List.of("8.0>8.1"), catalog.steps(v("8.0.3"), v("8.1.0-preview.2")).stream()
                .map(s -> s.fromLine() + ">" + s.toLine()).toList());
        assertFalse(catalog.steps(v("8.0.3"), v("8.1.0-preview.2")).get(0).schemaChange());
        assertEquals(v("8.0.3"), catalog.newestStable());
    }

    @ParameterizedTest
    @CsvSource({"8.0.4, 8.0", "7.4.9, 7.0", "7.0.10, 7.0", "6.2.6, 6.1", "8.0.4-preview.1, 8.0",
            // no schema change in 7.4, so a 7.4 pre-release the catalog does not list is still on 7.0
            "7.4.0-rc.2, 7.0"})
    void unlistedVersionOfAKnownLineTakesTheLinesGeneration(String version, String generation) {
        Release r = catalog.release(v(version)).orElseThrow();
        assertFalse(catalog.lists(v(version)));
        assertEquals(generation, r.generation());
        assertEquals(version.substring(0, 3), r.line());
        assertEquals(catalog.line(r.line()).orElseThrow().frameworks(), r.frameworks());
    }

    @ParameterizedTest
    @CsvSource({
            "9.0.0", "7.9.0",
            // 8.1 has pre-releases only: its first stable release may still change the schema
            "8.1.0", "8.1.0-preview.3",
            // 7.0 changed the schema, and its early previews did not have it yet
            "7.0.0-preview.9",
            "4.1.2"})
    void versionsTheCatalogCannotPlace(String version) {
        assertTrue(catalog.release(v(version)).isEmpty(), version);
        assertTrue(catalog.generationOf(v(version)).isEmpty(), version);
    }

    @Test
    void stepsFromAnUnlistedPatch() {
        assertEquals(List.of("7.4>8.0"), catalog.steps(v("7.4.9"), v("8.0.4")).stream()
                .map(s -> s.fromLine() + ">" + s.toLine()).toList());
    }

    @Test
    void previewOnAnOlderSchemaStillGetsItsStep() {
        List<Step> steps = catalog.steps(v("7.0.0-preview.1"), v("7.0.5"));
        assertEquals(1, steps.size());
        assertEquals("6.3", steps.get(0).fromLine());
        assertEquals("7.0", steps.get(0).toLine());
        assertEquals(List.of("6.0>6.1"), catalog.steps(v("6.1.0-preview.1"), v("6.1.0")).stream()
                .map(s -> s.fromLine() + ">" + s.toLine()).toList());
    }

    @Test
    void builtInIsShared() {
        assertSame(Catalog.builtIn(), Catalog.builtIn());
    }

    @Test
    void linesIncludeThePredecessor() {
        ReleaseLine is4 = catalog.line("4.1").orElseThrow();
        assertFalse(is4.duende());
        assertTrue(catalog.line("7.4").orElseThrow().duende());
    }
}
