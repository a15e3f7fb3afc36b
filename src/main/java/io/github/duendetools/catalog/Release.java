package io.github.duendetools.catalog;

import io.github.duendetools.nuget.NuGetVersion;
import java.util.List;

/**
 * One published Duende.IdentityServer version.
 *
 * @param version     the version
 * @param date        ISO date of the release, or {@code null} when unknown (pre-releases)
 * @param line        the minor line ({@code 7.0})
 * @param generation  the schema generation id it ships
 * @param frameworks  the target frameworks the package is built for
 */
public record Release(NuGetVersion version, String date, String line, String generation, List<String> frameworks) {
    public Release {
        frameworks = List.copyOf(frameworks);
    }
}
