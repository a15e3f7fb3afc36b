package io.github.duendetools.plan;

import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.nuget.NuGetVersion;
import java.util.Objects;

/**
 * A reference with the version NuGet restore would give it.
 *
 * @param ref        what the scan found
 * @param effective  the restored version, or {@code null} when it cannot be decided statically
 */
public record ResolvedReference(DuendeReference ref, NuGetVersion effective) {
    public ResolvedReference {
        Objects.requireNonNull(ref, "ref");
    }
}
