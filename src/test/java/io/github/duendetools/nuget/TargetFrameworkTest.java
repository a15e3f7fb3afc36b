package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetFrameworkTest {

    /**
     * Project framework, package framework, whether NuGet lets the project use the package. Rows come from
     * NuGet/NuGet.Client, test/NuGet.Core.Tests/NuGet.Frameworks.Test/CompatibilityTests.cs, and follow from
     * src/NuGet.Core/NuGet.Frameworks/DefaultFrameworkMappings.cs (which .NET Standard each framework runs)
     * and CompatibilityProvider.cs (platforms). Rows marked "was" are where the plugin's two former models
     * disagreed with each other and with NuGet.
     */
    @ParameterizedTest(name = "{0} uses {1}: {2}")
    @CsvSource({
            // same family, same or lower version
            "net8.0, net8.0, true",
            "net9.0, net8.0, true",
            "net10.0, net8.0, true",
            "net6.0, net8.0, false",
            "net8.0, net10.0, false",
            "net48, net472, true",
            "net472, net48, false",
            "net471, net472, false", // was true on the plan side: it ignored the third digit
            "netstandard2.0, netstandard1.6, true",
            "netstandard1.6, netstandard2.0, false",
            // .NET 5 and later is .NET Core: net5.0 = netcoreapp5.0 = net50
            "net5.0, netcoreapp3.1, true",
            "net6.0, netcoreapp3.1, true",
            "netcoreapp3.1, net5.0, false",
            "netcoreapp5.0, netcoreapp5.0, true",
            "net5.0, netcoreapp5.0, true",
            "netcoreapp6.0, netcoreapp5.0, true",
            "net50, net5.0, true", // was .NET Framework 5.0 in both
            "net5.0, net50, true",
            "NET8.0, net8.0, true",
            "net8.0, Net8.0, true",
            // .NET (Core) and .NET Framework never mix
            "net5.0, net452, false",
            "net8.0, net472, false",
            "net48, net8.0, false",
            "net4.9, netcoreapp3.1, false",
            "netstandard2.0, net8.0, false",
            "netstandard2.0, net461, false",
            // platforms: a platform project uses neutral packages, never the reverse
            "net8.0-windows, net8.0, true",
            "net8.0, net8.0-windows, false", // was true on the plan side
            "net8.0-windows, net8.0-windows, true",
            "net9.0-windows, net8.0-windows, true",
            "net8.0-windows, net9.0-windows, false",
            "net5.0-windows, net5.0, true",
            "net5.0, net5.0-windows, false",
            "net5.0-windows10.5, net5.0, true",
            "net5.0, net5.0-windows10, false",
            "net5.0-android, netcoreapp3.1, true",
            "net5.0-windows, net5.0-android, false",
            "net5.0-android9.0, net5.0-android8.0, true",
            "net5.0-ios14.0, net5.0-ios15.0, false",
            "net8.0-windows10.0.19041, net8.0-windows7.0, true",
            "net8.0-windows7.0, net8.0-windows10.0.19041, false",
            "net8.0-WINDOWS, net8.0-windows, true",
            "net8.0-windows, netstandard2.1, true",
            // .NET Standard on .NET Core: 2.1 from netcoreapp3.0 on, 2.0 from 2.0, 1.7 from 1.1, 1.6 from 1.0
            "netcoreapp2.1, netstandard2.1, false", // was true on the plan side
            "netcoreapp2.1, netstandard2.0, true",
            "netcoreapp2.0, netstandard2.1, false",
            "netcoreapp3.0, netstandard2.1, true",
            "netcoreapp3.1, netstandard2.1, true",
            "net5.0, netstandard2.1, true",
            "net5.0, netstandard2.2, false",
            "net5.0, netstandard1.0, true",
            "net8.0, netstandard2.0, true",
            "netcoreapp9.0, netstandard2.1, true",
            "netcoreapp1.1, netstandard1.8, false",
            "netcoreapp1.1, netstandard1.7, true",
            "netcoreapp1.0, netstandard1.7, false",
            "netcoreapp1.0, netstandard1.6, true",
            "netcoreapp1.0, netstandard2.0, false", // was true in the msbuild model
            "netcoreapp1.0, netstandard0.9, true",
            // .NET Standard on .NET Framework: 2.0 from 4.6.1, 1.3 from 4.6, 1.2 from 4.5.1, 1.1 from 4.5, never 2.1
            "net48, netstandard2.0, true",
            "net48, netstandard2.1, false", // was true on the plan side
            "net472, netstandard2.0, true",
            "net463, netstandard2.0, true",
            "net462, netstandard2.1, false",
            "net461, netstandard2.0, true",
            "net461, netstandard2.1, false",
            "net46, netstandard2.0, false", // was true on the plan side
            "net46, netstandard1.3, true", // was false in the msbuild model
            "net46, netstandard1.4, false",
            "net452, netstandard1.2, true",
            "net452, netstandard1.3, false",
            "net451, netstandard1.2, true",
            "net45, netstandard1.1, true", // was false in the msbuild model
            "net45, netstandard1.2, false",
            "net45, netstandard1.1.1, false",
            "net45, netstandard1.1.0, true",
            "net40, netstandard1.0, false",
            // .NET Standard itself runs nothing else
            "netstandard2.1, netcoreapp3.0, false",
            "netstandard1.3, net46, false"})
    void consumesAsNuGetDoes(String project, String library, boolean expected) {
        assertEquals(expected, parse(project).canConsume(parse(library)));
    }

    /** Spellings NuGet reads as the same framework (NuGetFrameworkParseTests.cs), by their short folder name. */
    @ParameterizedTest
    @CsvSource({
            "net5.0, net5.0",
            "net50, net5.0",
            "netcoreapp5.0, net5.0",
            "netcoreapp50, net5.0",
            "net60, net6.0",
            "NET8.0, net8.0",
            "' net8.0 ', net8.0",
            "netcoreapp21, netcoreapp2.1",
            "netcoreapp3.1, netcoreapp3.1",
            "netstandard20, netstandard2.0",
            "netstandard2.0, netstandard2.0",
            "net472, net472",
            "net4.7.2, net472",
            "net4.8, net48",
            "net10, net10", // .NET Framework 1.0, not .NET 10
            "net8, net8.0",
            "netcoreapp5.0-windows, net5.0-windows",
            "net5.0-windows10, net5.0-windows10.0",
            "net5.0-Android10.0, net5.0-android10.0",
            "net10.0, net10.0"})
    void aliasesAreOneFramework(String moniker, String shortName) {
        assertEquals(shortName, parse(moniker).shortName());
    }

    /** MSBuild's GetTargetFrameworkIdentifier and GetTargetFrameworkVersion, which also go through NuGet. */
    @ParameterizedTest
    @CsvSource({
            "net8.0, .NETCoreApp, 8.0",
            "NET10.0, .NETCoreApp, 10.0",
            "net8.0-windows, .NETCoreApp, 8.0",
            "net8.0-windows7.0, .NETCoreApp, 8.0",
            "netcoreapp3.1, .NETCoreApp, 3.1",
            "netstandard2.0, .NETStandard, 2.0",
            "net472, .NETFramework, 4.7.2",
            "net48, .NETFramework, 4.8",
            "net4.8, .NETFramework, 4.8",
            "net50, .NETCoreApp, 5.0"})
    void identifierAndVersion(String moniker, String identifier, String version) {
        TargetFramework f = parse(moniker);
        assertEquals(identifier, f.identifier());
        assertEquals(version, f.version().text());
    }

    @Test
    void platformAndItsVersion() {
        TargetFramework f = parse("net8.0-windows10.0.19041");
        assertEquals("windows", f.platform());
        assertEquals(new FrameworkVersion(10, 0, 19041, 0), f.platformVersion());
        assertEquals("", parse("net8.0").platform());
        assertEquals(FrameworkVersion.EMPTY, parse("net8.0-windows").platformVersion());
    }

    /** What the plugin does not understand stays unknown, so a condition on it is reported, not guessed. */
    @ParameterizedTest
    @CsvSource({"uap10.0", "net", "netstandard", "foo", "''", "$(Frameworks)", "net40-client", "netcoreapp3.1-windows",
            "net5.0-macos-14", "net5.0-madeupname1.1.3.4.5.6", "net8.0-", "net8.0-10", "net8..0", "net8.0.", "tizen",
            "net8.0;net9.0", "net99999999999.0"})
    void unknownMonikers(String moniker) {
        assertTrue(TargetFramework.parse(moniker).isEmpty(), moniker);
    }

    @Test
    void nullIsUnknown() {
        assertTrue(TargetFramework.parse(null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ".NETCoreApp,Version=v8.0 | net8.0",
            ".NETCoreApp,Version=v3.1 | netcoreapp3.1",
            ".NETFramework,Version=v4.7.2 | net472",
            ".NETFramework,Version=v4.8 | net48",
            ".netstandard,Version=v2.0 | netstandard2.0"})
    void longNames(String name, String shortName) {
        assertEquals(shortName, TargetFramework.parseLongName(name).orElseThrow().shortName());
    }

    @Test
    void oldStyleFrameworkVersion() {
        assertEquals("net472", TargetFramework.netFramework("4.7.2").orElseThrow().shortName());
        assertEquals("net40", TargetFramework.netFramework("4.0").orElseThrow().shortName());
        assertTrue(TargetFramework.netFramework("4").isEmpty());
    }

    @Test
    void parsedMonikersAreRemembered() {
        assertSame(TargetFramework.parse("net8.0").orElseThrow(), TargetFramework.parse("net8.0").orElseThrow());
    }

    /** The cache answers as the parser does, for ordinary and odd input alike. */
    @Test
    void rememberedAnswersAreTheParsersAnswers() {
        List<String> monikers = new ArrayList<>(List.of("net8.0", "NET8.0", " net8.0-windows ", "netstandard2.0", "net472",
                "foo", "", "net8.0-windows10.0.19041", "netcoreapp3.1", "net5.0-macos-14"));
        Random random = new Random(42);
        String alphabet = "netcorapsd0123458.-wi\u017F\u212A";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            monikers.add(s.toString());
        }
        for (String moniker : monikers) {
            Optional<TargetFramework> expected = MonikerParser.parse(moniker);
            assertEquals(expected, TargetFramework.parse(moniker), moniker);
            assertEquals(expected, TargetFramework.parse(moniker), moniker);
        }
    }

    private static TargetFramework parse(String moniker) {
        return TargetFramework.parse(moniker).orElseThrow(() -> new AssertionError(moniker + " did not parse"));
    }
}
