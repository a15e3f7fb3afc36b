package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetFrameworkTest {

    @ParameterizedTest
    @CsvSource({
            "net8.0, net8.0, true",
            "net9.0, net8.0, true",
            "net10.0, net8.0, true",
            "net8.0-windows, net8.0, true",
            "NET8.0, net8.0, true",
            "net6.0, net8.0, false",
            "net8.0, net10.0, false",
            "net7.0, net6.0, true",
            "net5.0, netcoreapp3.1, true",
            "netcoreapp3.1, net5.0, false",
            "netcoreapp3.1, net6.0, false",
            "net48, net8.0, false",
            "net48, netstandard2.0, true",
            "net8.0, netstandard2.0, true",
            "netstandard2.0, net8.0, false"})
    void consumes(String project, String library, boolean expected) {
        assertEquals(expected, TargetFramework.parse(project).orElseThrow().canConsume(TargetFramework.parse(library).orElseThrow()));
    }

    @Test
    void parses() {
        assertEquals(TargetFramework.Family.NET_FRAMEWORK, TargetFramework.parse("net472").orElseThrow().family());
        assertEquals(10, TargetFramework.parse("net10.0").orElseThrow().major());
        assertEquals(TargetFramework.Family.NET, TargetFramework.parse("netcoreapp3.1").orElseThrow().family());
        assertTrue(TargetFramework.parse("$(Frameworks)").isEmpty());
        assertTrue(TargetFramework.parse("uap10").isEmpty());
        assertTrue(TargetFramework.parse(null).isEmpty());
    }
}
