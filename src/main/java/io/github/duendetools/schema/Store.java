package io.github.duendetools.schema;

import java.util.Locale;

/** The two EF Core contexts of Duende IdentityServer, which users often keep in different databases. */
public enum Store {
    CONFIGURATION, OPERATIONAL;

    /** Name used in file names, changeset ids and data files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
