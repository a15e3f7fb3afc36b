package io.github.duendetools.nuget;

import io.github.duendetools.nuget.TargetFramework.Family;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a short target framework moniker as NuGet's {@code NuGetFrameworkFactory.ParseFolder} does, for the
 * three families a Duende project can target: letters, then a version, then an optional {@code -} and
 * platform. {@code net} with a version of 5 or more is .NET (Core), so {@code net50} is {@code net5.0} and
 * {@code netcoreapp5.0} is {@code net5.0} too. A pre-5 framework with a profile ({@code net40-client}) and a
 * moniker without a version are not understood: empty, never a guess.
 */
final class MonikerParser {

    private MonikerParser() {
    }

    static Optional<TargetFramework> parse(String text) {
        String moniker = text.strip();
        int versionStart = 0;
        while (versionStart < moniker.length() && isLetterOrDot(moniker.charAt(versionStart))) {
            versionStart++;
        }
        int versionEnd = versionStart;
        while (versionEnd < moniker.length() && isDigitOrDot(moniker.charAt(versionEnd))) {
            versionEnd++;
        }
        Optional<Family> named = Family.withShortName(moniker.substring(0, versionStart));
        if (named.isEmpty() || versionEnd == versionStart) {
            return Optional.empty();
        }
        String versionText = moniker.substring(versionStart, versionEnd);
        Optional<FrameworkVersion> parsed = versionText.indexOf('.') >= 0
                ? FrameworkVersion.dotted(versionText) : FrameworkVersion.compact(versionText);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrameworkVersion version = parsed.get();
        Family family = named.get();
        if (family != Family.NET_STANDARD && version.major() >= 5) {
            family = Family.NET_CORE_APP;
        }
        if (versionEnd == moniker.length()) {
            return Optional.of(new TargetFramework(moniker, family, version, "", FrameworkVersion.EMPTY));
        }
        if (moniker.charAt(versionEnd) != '-' || family != Family.NET_CORE_APP || version.major() < 5) {
            return Optional.empty();
        }
        return withPlatform(moniker, family, version, moniker.substring(versionEnd + 1));
    }

    /** {@code windows10.0.19041}: the platform name, then its version (one number means {@code .0}). */
    private static Optional<TargetFramework> withPlatform(String moniker, Family family, FrameworkVersion version,
                                                          String platformText) {
        int nameEnd = 0;
        while (nameEnd < platformText.length() && isLetterOrDot(platformText.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == 0) {
            return Optional.empty();
        }
        String platform = platformText.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        String platformVersionText = platformText.substring(nameEnd);
        if (platformVersionText.isEmpty()) {
            return Optional.of(new TargetFramework(moniker, family, version, platform, FrameworkVersion.EMPTY));
        }
        String dotted = platformVersionText.indexOf('.') < 0 ? platformVersionText + ".0" : platformVersionText;
        return FrameworkVersion.dotted(dotted)
                .map(platformVersion -> new TargetFramework(moniker, family, version, platform, platformVersion));
    }

    private static boolean isLetterOrDot(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.';
    }

    private static boolean isDigitOrDot(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }
}
