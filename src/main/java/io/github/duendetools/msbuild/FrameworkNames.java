package io.github.duendetools.msbuild;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short target framework monikers ({@code net8.0}, {@code net8.0-windows}, {@code netcoreapp3.1},
 * {@code netstandard2.0}, {@code net472}) and the MSBuild functions over them that project files use in
 * conditions. Unknown monikers give null, so a condition using them stays "cannot be evaluated".
 */
final class FrameworkNames {
    private static final Pattern MODERN = Pattern.compile("net(\\d+)\\.(\\d+)(?:-([a-z]+)[\\d.]*)?");
    private static final Pattern CORE = Pattern.compile("netcoreapp(\\d+)\\.(\\d+)");
    private static final Pattern STANDARD = Pattern.compile("netstandard(\\d+)\\.(\\d+)");
    private static final Pattern FRAMEWORK = Pattern.compile("net(\\d)(\\d)(\\d)?");

    static final String CORE_APP = ".NETCoreApp";
    static final String NET_STANDARD = ".NETStandard";
    static final String NET_FRAMEWORK = ".NETFramework";

    /** A parsed moniker; {@code version} is major*100 + minor*10 + patch, so that it compares as numbers. */
    record Framework(String identifier, int major, int minor, int patch, String platform) {
        String version() {
            return "v" + major + "." + minor + (patch > 0 ? "." + patch : "");
        }

        int rank() {
            return major * 100 + minor * 10 + patch;
        }
    }

    /** Monikers parsed so far; {@link #UNKNOWN} for those that are not a framework. */
    private static final Map<String, Framework> PARSED = new ConcurrentHashMap<>();
    private static final Framework UNKNOWN = new Framework("", 0, 0, 0, null);
    private static final int MAX_REMEMBERED = 256;

    private FrameworkNames() {
    }

    static Framework parse(String moniker) {
        if (moniker == null) {
            return null;
        }
        // Every evaluation parses its TargetFramework, and a repository uses a handful of monikers.
        Framework known = PARSED.get(moniker);
        if (known != null) {
            return known == UNKNOWN ? null : known;
        }
        Framework parsed = parseUncached(moniker);
        if (PARSED.size() < MAX_REMEMBERED) {
            PARSED.put(moniker, parsed == null ? UNKNOWN : parsed);
        }
        return parsed;
    }

    private static Framework parseUncached(String moniker) {
        String s = moniker.strip().toLowerCase(Locale.ROOT);
        Matcher m = MODERN.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(1)) >= 5) {
            return new Framework(CORE_APP, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, m.group(3));
        }
        m = CORE.matcher(s);
        if (m.matches()) {
            return new Framework(CORE_APP, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, null);
        }
        m = STANDARD.matcher(s);
        if (m.matches()) {
            return new Framework(NET_STANDARD, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, null);
        }
        m = FRAMEWORK.matcher(s);
        if (m.matches()) {
            return new Framework(NET_FRAMEWORK, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), null);
        }
        return null;
    }

    /**
     * NuGet's compatibility, for the cases project files test: same family and at least the version; a
     * platform-specific framework ({@code net8.0-windows}) runs what its platform-neutral one runs; .NET Core
     * and .NET Framework 4.6.1+ run .NET Standard 2.0 (.NET Core 3.0+ also 2.1). Null when either is unknown.
     */
    static Boolean compatible(String candidateMoniker, String targetMoniker) {
        Framework candidate = parse(candidateMoniker);
        Framework target = parse(targetMoniker);
        if (candidate == null || target == null) {
            return null;
        }
        if (target.platform() != null && !target.platform().equals(candidate.platform())) {
            return false;
        }
        if (candidate.identifier().equals(target.identifier())) {
            return candidate.rank() >= target.rank();
        }
        if (target.identifier().equals(NET_STANDARD)) {
            int standard = target.rank();
            if (candidate.identifier().equals(CORE_APP)) {
                return standard <= 200 || (standard <= 210 && candidate.rank() >= 300);
            }
            if (candidate.identifier().equals(NET_FRAMEWORK)) {
                return standard <= 200 && candidate.rank() >= 461;
            }
        }
        return false;
    }
}
