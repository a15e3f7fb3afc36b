package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NuGetVersionTest {

    @ParameterizedTest
    @CsvSource({
            "7.0, 7.0.0",
            "7, 7.0.0",
            "7.0.0, 7.0.0",
            "7.0.0.0, 7.0.0",
            "7.0.0.1, 7.0.0.1",
            "' 6.1.0 ', 6.1.0",
            "7.4.0-preview.2, 7.4.0-preview.2",
            "7.4.0-rc.1+build.5, 7.4.0-rc.1",
            "1.2.3+abc, 1.2.3",
            "6.3.10, 6.3.10"})
    void normalizes(String text, String normalized) {
        assertEquals(normalized, NuGetVersion.parse(text).toNormalizedString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a.b", "1.2.3.4.5", "1..2", "-1.0", "1.0-", "1.0-beta..1", "1.0+", "1.0.0-be_ta", "v1.0", "1.0.*",
            "1.2.3-é"})
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> NuGetVersion.parse(text));
        assertTrue(NuGetVersion.tryParse(text).isEmpty());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> NuGetVersion.parse(null));
    }

    @Test
    void partsAndLine() {
        NuGetVersion v = NuGetVersion.parse("7.4.2.9-RC.1");
        assertEquals(7, v.major());
        assertEquals(4, v.minor());
        assertEquals(2, v.patch());
        assertEquals(9, v.revision());
        assertEquals("RC.1", v.release());
        assertTrue(v.isPrerelease());
        assertEquals("7.4", v.minorLine());
        assertFalse(NuGetVersion.parse("7.0").isPrerelease());
        assertEquals("", NuGetVersion.parse("7.0").release());
    }

    @Test
    void shortFormsAreEqual() {
        assertEquals(NuGetVersion.parse("7.0"), NuGetVersion.parse("7.0.0"));
        assertEquals(NuGetVersion.parse("7.0").hashCode(), NuGetVersion.parse("7.0.0.0").hashCode());
        assertEquals(0, NuGetVersion.parse("7").compareTo(NuGetVersion.parse("7.0.0")));
    }

    @Test
    void releaseLabelsCompareIgnoringCase() {
        NuGetVersion upper = NuGetVersion.parse("7.4.0-RC.1");
        NuGetVersion lower = NuGetVersion.parse("7.4.0-rc.1");
        assertEquals(upper, lower);
        assertEquals(upper.hashCode(), lower.hashCode());
    }

    @Test
    void buildMetadataIsIgnored() {
        assertEquals(NuGetVersion.parse("7.4.0+sha.1"), NuGetVersion.parse("7.4.0+sha.2"));
    }

    @Test
    void ordersLikeNuGet() {
        List<String> expected = List.of("1.0.0-1", "1.0.0-2", "1.0.0-10", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.2",
                "1.0.0-alpha.10", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
                "1.0.0.1", "1.0.1", "1.2.0", "1.10.0", "6.3.10", "7.0.0-alpha", "7.0.0-preview.1", "7.0.0-preview.2",
                "7.0.0-rc.1", "7.0.0");
        List<NuGetVersion> shuffled = new ArrayList<>(expected.stream().map(NuGetVersion::parse).toList());
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled.stream().map(NuGetVersion::toNormalizedString).toList());
    }

    @Test
    void prereleaseSortsBeforeItsStable() {
        assertTrue(NuGetVersion.parse("8.0.0-preview.6").compareTo(NuGetVersion.parse("8.0.0")) < 0);
        assertTrue(NuGetVersion.parse("8.0.0-preview.6").compareTo(NuGetVersion.parse("7.4.8")) > 0);
        assertNotEquals(NuGetVersion.parse("8.0.0-preview.6"), NuGetVersion.parse("8.0.0"));
    }

    @Test
    void numericIdentifiersCompareNumericallyEvenWhenHuge() {
        assertTrue(NuGetVersion.parse("1.0.0-99999999999999999999").compareTo(NuGetVersion.parse("1.0.0-100000000000000000000")) < 0);
        assertEquals(NuGetVersion.parse("1.0.0-01"), NuGetVersion.parse("1.0.0-1"));
        assertEquals(NuGetVersion.parse("1.0.0-01").hashCode(), NuGetVersion.parse("1.0.0-1").hashCode());
    }
}
