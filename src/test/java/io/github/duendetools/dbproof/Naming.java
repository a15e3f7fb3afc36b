package io.github.duendetools.dbproof;

import java.util.Map;

/**
 * How the model's names land in a database: per-store schema, per-table renames (Duende's TableConfiguration),
 * and the engine's identifier limit, which EF enforces by cutting to (max - 1) characters and appending '~'.
 */
record Naming(String configurationSchema, String operationalSchema, Map<String, String> tableNames, int maxIdentifier) {

    static Naming defaults(Engine engine) {
        return new Naming(null, null, Map.of(), engine.maxIdentifier());
    }

    String table(String logicalName) {
        return tableNames.getOrDefault(logicalName, logicalName);
    }

    /** Schema of a store, or null for the connection's default schema. */
    String schema(String store) {
        return "configuration".equals(store) ? configurationSchema : operationalSchema;
    }

    String identifier(String name) {
        return name.length() <= maxIdentifier ? name : name.substring(0, maxIdentifier - 1) + "~";
    }
}
