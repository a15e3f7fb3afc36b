package io.github.duendetools.dbproof;

import java.util.Map;

/**
 * How the stores are mapped in the database under test: default names, or a custom default schema with renamed
 * tables (Duende's {@code DefaultSchema} and {@code TableConfiguration}); and whether the changelogs carry the
 * low-lock changesets of every database that has them.
 */
record ProofVariant(String label, String schema, Map<String, String> tableNames, boolean lowLock) {

    static final ProofVariant DEFAULTS = new ProofVariant("default names", null, Map.of());

    static final ProofVariant LOW_LOCK = new ProofVariant("default names, low lock", null, Map.of(), true);

    ProofVariant(String label, String schema, Map<String, String> tableNames) {
        this(label, schema, tableNames, false);
    }

    /** Renames a parent and a child of each store so that derived key and index names move too. */
    static final ProofVariant CUSTOM = new ProofVariant("schema idsrv, renamed tables", "idsrv",
            Map.of("Clients", "OidcClients", "ClientScopes", "OidcClientScopes", "PersistedGrants", "Grants",
                    "ServerSideSessions", "UserSessions"));

    static final ProofVariant CUSTOM_LOW_LOCK = new ProofVariant("schema idsrv, renamed tables, low lock", "idsrv",
            CUSTOM.tableNames(), true);

    Naming naming(Engine engine, TestDatabase db) {
        String namespace = schema == null ? null : db.namespaceFor(schema);
        return new Naming(namespace, namespace, tableNames, engine.maxIdentifier());
    }

    boolean isDefault() {
        return schema == null && tableNames.isEmpty() && !lowLock;
    }
}
