package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionSpecTest {

    private static final List<NuGetVersion> FEED = List.of("6.0.0", "6.0.1", "6.1.0-preview.3", "6.1.0", "6.1.1", "6.2.0",
            "7.0.0-preview.2", "7.0.0", "7.0.8", "7.1.0", "7.1.2", "7.4.0-alpha.1", "7.4.0-preview.2", "7.4.0-rc.1", "7.4.0",
            "7.4.8", "8.0.0-preview.6", "8.0.0", "8.0.3").stream().map(NuGetVersion::parse).toList();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a bare version: lowest available at or above it
            "6.1.0|EXACT|6.1.0",
            "6.1|EXACT|6.1.0",
            "6.0.5|EXACT|6.1.0",
            "7.4.0-rc.1|EXACT|7.4.0-rc.1",
            "7.4.0-beta|EXACT|7.4.0-preview.2",
            // ranges: lowest inside
            "[6.1.0, 7.0.0)|RANGE|6.1.0",
            "(6.1.0, 7.0.0)|RANGE|6.1.1",
            "[7.0.8]|RANGE|7.0.8",
            "(,7.0)|RANGE|6.0.0",
            "[7.2, 7.4)|RANGE|",
            "[7.4.0-alpha.1, 8.0)|RANGE|7.4.0-alpha.1",
            // floating: highest match, stable unless the pattern floats the release label
            "6.*|FLOATING|6.2.0",
            "7.1.*|FLOATING|7.1.2",
            "*|FLOATING|8.0.3",
            "7.4.0-*|FLOATING|7.4.0",
            "8.0.0-preview.*|FLOATING|8.0.0",
            "9.*|FLOATING|"})
    void resolvesLikeRestore(String text, VersionSpec.Kind kind, String expected) {
        VersionSpec spec = VersionSpec.parse(text);
        assertEquals(kind, spec.kind());
        assertEquals(Optional.ofNullable(expected).map(NuGetVersion::parse), spec.resolve(FEED));
    }

    @Test
    void floatingPrereleasePicksHighestPrereleaseWhenNoStable() {
        List<NuGetVersion> feed = List.of("8.1.0-preview.1", "8.1.0-preview.2", "8.1.0-alpha.9").stream().map(NuGetVersion::parse).toList();
        assertEquals(Optional.of(NuGetVersion.parse("8.1.0-preview.2")), VersionSpec.parse("8.1.0-*").resolve(feed));
        assertEquals(Optional.of(NuGetVersion.parse("8.1.0-alpha.9")), VersionSpec.parse("8.1.0-alpha*").resolve(feed));
        assertEquals(Optional.empty(), VersionSpec.parse("8.*").resolve(feed));
        assertEquals(Optional.of(NuGetVersion.parse("8.1.0-preview.2")), VersionSpec.parse("8.*-*").resolve(feed));
        assertEquals(Optional.of(NuGetVersion.parse("8.1.0-preview.2")), VersionSpec.parse("*-*").resolve(feed));
    }

    @Test
    void floatingIsDecidedAtRestore() {
        assertEquals(VersionSpec.Kind.FLOATING, VersionSpec.parse("6.*").kind());
        assertNotEquals(VersionSpec.Kind.FLOATING, VersionSpec.parse("6.1.0").kind());
        assertNotEquals(VersionSpec.Kind.FLOATING, VersionSpec.parse("[6.1.0]").kind());
    }

    @Test
    void exposesVersionAndRange() {
        assertEquals(Optional.of(NuGetVersion.parse("7.0.0")), VersionSpec.parse(" 7.0 ").version());
        assertEquals(Optional.empty(), VersionSpec.parse("[7.0]").version());
        assertTrue(VersionSpec.parse("7.1.*").range().contains(NuGetVersion.parse("7.1.0")));
        assertEquals("7.1.*", VersionSpec.parse(" 7.1.* ").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "6.*.1", "*.1", "6.**", "6.1.0-*-*", "6.1.0-a*b", "6.*-beta*", "[6.0", "abc", "1.2.3.4.*"})
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> VersionSpec.parse(text));
        assertTrue(VersionSpec.tryParse(text).isEmpty());
    }
}
