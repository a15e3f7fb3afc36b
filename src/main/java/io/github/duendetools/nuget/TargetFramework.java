package io.github.duendetools.nuget;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target framework moniker ({@code net8.0}, {@code netcoreapp3.1}, {@code net8.0-windows},
 * {@code net48}, {@code netstandard2.0}) reduced to what decides package compatibility.
 *
 * @param moniker  the text as written
 * @param family   which .NET it is
 * @param major    version major ({@code 8} for net8.0, {@code 4} for net48)
 * @param minor    version minor ({@code 0} for net8.0, {@code 8} for net48)
 */
public record TargetFramework(String moniker, Family family, int major, int minor) implements Comparable<TargetFramework> {

    public enum Family {
        /** .NET Core and .NET 5 and later: {@code netcoreapp3.1}, {@code net8.0}. */
        NET,
        /** .NET Framework: {@code net48}, {@code net472}. */
        NET_FRAMEWORK,
        /** {@code netstandard2.0}: a library contract, never a host. */
        NET_STANDARD
    }

    private static final Pattern DOTTED = Pattern.compile("(netcoreapp|netstandard|net)(\\d+)\\.(\\d+)(?:-[a-z0-9.]+)?");
    private static final Pattern FRAMEWORK = Pattern.compile("net(\\d)(\\d)(\\d?)");

    public static Optional<TargetFramework> parse(String moniker) {
        if (moniker == null) {
            return Optional.empty();
        }
        String m = moniker.strip().toLowerCase(Locale.ROOT);
        Matcher d = DOTTED.matcher(m);
        if (d.matches()) {
            int major = Integer.parseInt(d.group(2));
            int minor = Integer.parseInt(d.group(3));
            Family family = switch (d.group(1)) {
                case "netstandard" -> Family.NET_STANDARD;
                case "netcoreapp" -> Family.NET;
                // "net4.8" style is .NET Framework; net5.0 and later are .NET
                default -> major >= 5 ? Family.NET : Family.NET_FRAMEWORK;
            };
            return Optional.of(new TargetFramework(moniker.strip(), family, major, minor));
        }
        Matcher f = FRAMEWORK.matcher(m);
        if (f.matches()) {
            return Optional.of(new TargetFramework(moniker.strip(), Family.NET_FRAMEWORK,
                    Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2))));
        }
        return Optional.empty();
    }

    /**
     * Whether a project targeting this framework can consume a package built for {@code library}:
     * the same family at the same or a lower version (every .NET 5+ runs .NET Core builds too).
     */
    public boolean canConsume(TargetFramework library) {
        if (library.family == Family.NET_STANDARD) {
            return family == Family.NET || family == Family.NET_STANDARD && compareVersion(library) >= 0
                    || family == Family.NET_FRAMEWORK && (major > 4 || major == 4 && minor >= 6);
        }
        return family == library.family && compareVersion(library) >= 0;
    }

    private int compareVersion(TargetFramework o) {
        int c = Integer.compare(major, o.major);
        return c != 0 ? c : Integer.compare(minor, o.minor);
    }

    @Override
    public int compareTo(TargetFramework o) {
        int c = family.compareTo(o.family);
        return c != 0 ? c : compareVersion(o);
    }

    @Override
    public String toString() {
        return moniker;
    }
}
