package io.github.duendetools.changelog;

import io.github.duendetools.nuget.NuGetVersion;

/**
 * A Duende version whose schema generation the catalog cannot tell: not bad input in a file, but a version this plugin
 * (or the user's catalog overlay) does not describe.
 */
public final class UnknownGenerationException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownGenerationException(NuGetVersion version) {
        super("Duende " + version + " is not in the catalog; no schema generation is known for it (update the plugin "
                + "or describe the version's line in duende.catalogFile)");
    }
}
