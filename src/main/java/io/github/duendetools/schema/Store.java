package io.github.duendetools.schema;

import java.util.Locale;

/** The two EF Core contexts of Duende IdentityServer, which users often keep in different databases. */
public enum Store {
    CONFIGURATION, OPERATIONAL;

    /** Name used in file names, changeset ids and data files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The schema of this store's tables as Duende's store options choose it: the store's own schema, else the default
     * one; null (the connection's default schema) when neither is set. Blank counts as not set.
     */
    public String schema(String configurationSchema, String operationalSchema, String defaultSchema) {
        String own = this == CONFIGURATION ? configurationSchema : operationalSchema;
        if (own != null && !own.isBlank()) {
            return own;
        }
        return defaultSchema == null || defaultSchema.isBlank() ? null : defaultSchema;
    }
}
