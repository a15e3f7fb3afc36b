package io.github.duendetools.catalog;

import java.util.List;

/**
 * A minor line of releases ({@code 6.2}) with what all of them share.
 *
 * @param line        {@code 6.2}
 * @param product     {@code Duende.IdentityServer}, or {@code IdentityServer4} for the predecessor
 * @param generation  the schema generation of the line's stable releases
 * @param frameworks  the target frameworks the line's packages are built for
 * @param releases    the line's releases, ascending
 */
public record ReleaseLine(String line, String product, String generation, List<String> frameworks, List<Release> releases) {
    public static final String DUENDE = "Duende.IdentityServer";

    public ReleaseLine {
        frameworks = List.copyOf(frameworks);
        releases = List.copyOf(releases);
    }

    public boolean duende() {
        return DUENDE.equals(product);
    }
}
