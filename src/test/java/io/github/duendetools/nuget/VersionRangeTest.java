package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[6.1.0, 7.0.0)|6.1.0|true",
            "[6.1.0, 7.0.0)|6.9.9|true",
            "[6.1.0, 7.0.0)|7.0.0|false",
            "[6.1.0, 7.0.0)|7.0|false",
            "[6.1.0, 7.0.0)|6.0.9|false",
            "(6.1.0, 7.0.0]|6.1.0|false",
            "(6.1.0, 7.0.0]|7.0.0|true",
            "[7.0.8]|7.0.8|true",
            "[7.0.8]|7.0.9|false",
            "[ 7.0.8 ]|7.0.8.0|true",
            "(,7.0)|6.3.10|true",
            "(,7.0)|7.0.0|false",
            "(,7.0]|7.0.0|true",
            "[6.0,)|99.0|true",
            "[6.0,)|5.2.4|false",
            "[6.0,7.0)|7.0.0-preview.1|true",
            " [ 6.0 , 7.0 ) |6.5|true"})
    void contains(String range, String version, boolean expected) {
        assertEquals(expected, VersionRange.parse(range).contains(NuGetVersion.parse(version)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6.0", "[6.0", "6.0)", "(6.0)", "[,]", "[7.0, 6.0)", "(6.0, 6.0)", "[6.0, 6.0)", "[a, b)",
            "[1.0, 2.0, 3.0]", "{1.0,2.0}"})
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(text));
        assertTrue(VersionRange.tryParse(text).isEmpty());
    }

    @Test
    void bounds() {
        VersionRange r = VersionRange.parse("(,7.0)");
        assertNull(r.min());
        assertEquals(NuGetVersion.parse("7.0.0"), r.max());
        assertFalse(r.maxInclusive());
        assertFalse(r.allowsPrerelease());
        assertTrue(VersionRange.parse("[7.4.0-rc.1, 8.0)").allowsPrerelease());
        assertEquals("[6.1.0, 7.0.0)", VersionRange.parse("[6.1,7.0)").toString());
        assertEquals("[7.0.8]", VersionRange.parse("[7.0.8]").toString());
    }

    @Test
    void atLeastIsWhatABareVersionMeans() {
        VersionRange r = VersionRange.atLeast(NuGetVersion.parse("6.1.0"));
        assertTrue(r.contains(NuGetVersion.parse("6.1.0")));
        assertTrue(r.contains(NuGetVersion.parse("8.0.3")));
        assertFalse(r.contains(NuGetVersion.parse("6.0.5")));
    }
}
