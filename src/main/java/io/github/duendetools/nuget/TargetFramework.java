package io.github.duendetools.nuget;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target framework ({@code net8.0}, {@code net8.0-windows}, {@code netcoreapp3.1}, {@code net472},
 * {@code netstandard2.0}) as NuGet understands it, and NuGet's answer to "can a project targeting this use a
 * package built for that". The one place the plugin reads monikers: MSBuild conditions, the frameworks a
 * Duende release is built for and lock file sections all go through it.
 *
 * @param moniker          the text as written, without surrounding whitespace
 * @param family           which .NET it is; {@code net5.0} and later are {@link Family#NET_CORE_APP}
 * @param version          {@code 8.0} for net8.0, {@code 4.7.2} for net472
 * @param platform         lower case, {@code windows} for net8.0-windows7.0; empty when platform-neutral
 * @param platformVersion  {@code 7.0} for net8.0-windows7.0; {@link FrameworkVersion#EMPTY} when not written
 */
public record TargetFramework(String moniker, Family family, FrameworkVersion version, String platform,
                              FrameworkVersion platformVersion) {

    /** The framework identifiers NuGet and MSBuild use, with the short name a moniker starts with. */
    public enum Family {
        /** .NET Core and .NET 5 and later: {@code netcoreapp3.1}, {@code net8.0}. */
        NET_CORE_APP(".NETCoreApp", "netcoreapp"),
        /** .NET Framework: {@code net48}, {@code net472}. */
        NET_FRAMEWORK(".NETFramework", "net"),
        /** {@code netstandard2.0}: a library contract, never a host. */
        NET_STANDARD(".NETStandard", "netstandard");

        private final String identifier;
        private final String shortName;

        Family(String identifier, String shortName) {
            this.identifier = identifier;
            this.shortName = shortName;
        }

        /** What MSBuild's {@code TargetFrameworkIdentifier} says: {@code .NETCoreApp}. */
        public String identifier() {
            return identifier;
        }

        String shortName() {
            return shortName;
        }

        static Optional<Family> withIdentifier(String identifier) {
            return Arrays.stream(values()).filter(f -> f.identifier.equalsIgnoreCase(identifier)).findFirst();
        }

        static Optional<Family> withShortName(String shortName) {
            return Arrays.stream(values()).filter(f -> f.shortName.equalsIgnoreCase(shortName)).findFirst();
        }
    }

    /** Monikers parsed so far. Every project evaluation parses its frameworks, and a repository uses a handful. */
    private static final Map<String, Optional<TargetFramework>> PARSED = new ConcurrentHashMap<>();
    /** Bounds the cache, so that hostile or generated monikers cannot grow it without end. */
    private static final int MAX_REMEMBERED = 256;

    /** A long framework name, as older lock files key their sections: {@code .NETCoreApp,Version=v8.0}. */
    private static final class LongNames {
        static final Pattern NAME =
                Pattern.compile("\\.(NETCoreApp|NETFramework|NETStandard),Version=v([0-9.]+)", Pattern.CASE_INSENSITIVE);
    }

    /** The short moniker ({@code net8.0}), as NuGet reads it; empty when it is not one the plugin understands. */
    public static Optional<TargetFramework> parse(String moniker) {
        if (moniker == null) {
            return Optional.empty();
        }
        Optional<TargetFramework> known = PARSED.get(moniker);
        if (known != null) {
            return known;
        }
        Optional<TargetFramework> parsed = MonikerParser.parse(moniker);
        if (PARSED.size() < MAX_REMEMBERED) {
            PARSED.put(moniker, parsed);
        }
        return parsed;
    }

    /** A long framework name ({@code .NETFramework,Version=v4.7.2}); empty when it is not one. */
    public static Optional<TargetFramework> parseLongName(String name) {
        Matcher m = LongNames.NAME.matcher(name.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Family family = Family.withIdentifier("." + m.group(1)).orElseThrow();
        return FrameworkVersion.dotted(m.group(2)).map(v -> of(family, v));
    }

    /** The .NET Framework of an old-style project's {@code TargetFrameworkVersion} ({@code 4.7.2}, without the v). */
    public static Optional<TargetFramework> netFramework(String version) {
        return FrameworkVersion.dotted(version).map(v -> of(Family.NET_FRAMEWORK, v));
    }

    /** The platform-neutral framework of a family at a version, named by its short moniker. */
    static TargetFramework of(Family family, FrameworkVersion version) {
        return new TargetFramework(shortName(family, version, "", FrameworkVersion.EMPTY), family, version, "",
                FrameworkVersion.EMPTY);
    }

    /** MSBuild's {@code TargetFrameworkIdentifier}: {@code .NETCoreApp}, {@code .NETFramework}, {@code .NETStandard}. */
    public String identifier() {
        return family.identifier();
    }

    /**
     * NuGet's short folder name, lower case: {@code net8.0}, {@code netcoreapp3.1}, {@code net472},
     * {@code netstandard2.0}, {@code net8.0-windows7.0}. Aliases come out as one name ({@code net50} and
     * {@code netcoreapp5.0} as {@code net5.0}).
     */
    public String shortName() {
        return shortName(family, version, platform, platformVersion);
    }

    private static String shortName(Family family, FrameworkVersion version, String platform, FrameworkVersion platformVersion) {
        String name = switch (family) {
            case NET_CORE_APP -> (version.major() >= 5 ? "net" : "netcoreapp") + version.folderText(true);
            case NET_STANDARD -> "netstandard" + version.folderText(true);
            case NET_FRAMEWORK -> "net" + version.folderText(false);
        };
        if (platform.isEmpty()) {
            return name;
        }
        return name + "-" + platform + (platformVersion.equals(FrameworkVersion.EMPTY) ? "" : platformVersion.text());
    }

    /**
     * Whether a project targeting this framework can use a package built for {@code library}, by NuGet's
     * {@code CompatibilityProvider}: the same family at the same or a lower version; a platform-specific
     * library ({@code net8.0-windows}) only for the same platform at the same or a higher platform version,
     * while a platform-specific project uses platform-neutral packages; a {@code netstandard} package up to
     * the version of .NET Standard this framework implements ({@link NetStandardSupport}). .NET Framework
     * packages are never compatible with .NET (Core), nor the other way round.
     */
    public boolean canConsume(TargetFramework library) {
        if (!library.platform.isEmpty()) {
            return family == Family.NET_CORE_APP && platform.equals(library.platform)
                    && library.platformVersion.atMost(platformVersion) && library.version.atMost(version);
        }
        if (library.family == family) {
            return library.version.atMost(version);
        }
        if (library.family == Family.NET_STANDARD) {
            return NetStandardSupport.highestFor(this).map(library.version::atMost).orElse(false);
        }
        return false;
    }

    @Override
    public String toString() {
        return moniker;
    }
}
