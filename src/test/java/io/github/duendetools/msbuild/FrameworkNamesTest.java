package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkNamesTest {

    @ParameterizedTest
    @CsvSource({
        "net8.0, .NETCoreApp, v8.0",
        "NET10.0, .NETCoreApp, v10.0",
        "net8.0-windows, .NETCoreApp, v8.0",
        "netcoreapp3.1, .NETCoreApp, v3.1",
        "netstandard2.0, .NETStandard, v2.0",
        "net472, .NETFramework, v4.7.2",
        "net48, .NETFramework, v4.8",
    })
    void parses(String moniker, String identifier, String version) {
        FrameworkNames.Framework f = FrameworkNames.parse(moniker);
        assertEquals(identifier, f.identifier());
        assertEquals(version, f.version());
    }

    @ParameterizedTest
    @CsvSource({"uap10.0", "net", "foo", "''"})
    void unknownMonikers(String moniker) {
        assertNull(FrameworkNames.parse(moniker));
    }

    @ParameterizedTest
    @CsvSource({
        "net8.0, net6.0, true",
        "net6.0, net8.0, false",
        "net8.0-windows, net8.0, true",
        "net8.0, net8.0-windows, false",
        "net8.0, netstandard2.1, true",
        "netcoreapp2.1, netstandard2.1, false",
        "net472, netstandard2.0, true",
        "net48, net472, true",
        "net8.0, net472, false",
    })
    void compatibility(String candidate, String target, boolean expected) {
        assertEquals(expected, FrameworkNames.compatible(candidate, target));
    }

    @ParameterizedTest
    @CsvSource({"net8.0, uap10.0", "tizen, net6.0"})
    void compatibilityOfUnknownIsUnknown(String candidate, String target) {
        assertNull(FrameworkNames.compatible(candidate, target));
    }
}
