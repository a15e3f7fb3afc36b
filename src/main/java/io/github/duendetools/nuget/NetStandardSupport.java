package io.github.duendetools.nuget;

import io.github.duendetools.nuget.TargetFramework.Family;
import java.util.List;
import java.util.Optional;

/**
 * Which version of .NET Standard a framework implements, from the compatibility mappings of NuGet's
 * {@code NuGet.Frameworks/DefaultFrameworkMappings.cs} (NuGet/NuGet.Client): each row says "this framework
 * and every later version of it run .NET Standard up to that version". The 4.6.1 row is why net461 is the
 * documented floor for netstandard2.0 and net46 stops at netstandard1.3; no .NET Framework runs 2.1, and
 * .NET Core runs 2.1 from 3.0 on (netcoreapp2.1 does not).
 */
final class NetStandardSupport {

    private record Row(Family family, FrameworkVersion from, FrameworkVersion standard) {
    }

    /** Per family, lowest first, so the last row a framework reaches is its answer. */
    private static final List<Row> ROWS = List.of(
            row(Family.NET_CORE_APP, 1, 0, 0, 1, 6),
            row(Family.NET_CORE_APP, 1, 1, 0, 1, 7),
            row(Family.NET_CORE_APP, 2, 0, 0, 2, 0),
            row(Family.NET_CORE_APP, 3, 0, 0, 2, 1),
            row(Family.NET_FRAMEWORK, 4, 5, 0, 1, 1),
            row(Family.NET_FRAMEWORK, 4, 5, 1, 1, 2),
            row(Family.NET_FRAMEWORK, 4, 6, 0, 1, 3),
            row(Family.NET_FRAMEWORK, 4, 6, 1, 2, 0));

    private NetStandardSupport() {
    }

    private static Row row(Family family, int major, int minor, int build, int standardMajor, int standardMinor) {
        return new Row(family, new FrameworkVersion(major, minor, build, 0),
                new FrameworkVersion(standardMajor, standardMinor, 0, 0));
    }

    /** The highest .NET Standard {@code framework} runs; empty when it runs none (net40, or a .NET Standard itself). */
    static Optional<FrameworkVersion> highestFor(TargetFramework framework) {
        FrameworkVersion highest = null;
        for (Row r : ROWS) {
            if (r.family == framework.family() && r.from.atMost(framework.version())) {
                highest = r.standard;
            }
        }
        return Optional.ofNullable(highest);
    }
}
