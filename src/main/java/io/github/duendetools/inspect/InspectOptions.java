package io.github.duendetools.inspect;

import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.Map;

/**
 * Naming as migrate applies it (a store's own schema wins over {@code schema}; null means the connection's default),
 * the target generation for the cost section (null: none), and the changelog folder to compare with (null: none).
 */
public record InspectOptions(String schema, String configurationSchema, String operationalSchema,
                             Map<String, String> tableNames, boolean postgresLegacyTimestamps,
                             String targetGeneration, Path changelogDirectory) {

    public InspectOptions {
        tableNames = tableNames == null ? Map.of() : Map.copyOf(tableNames);
    }

    public static InspectOptions defaults() {
        return new InspectOptions(null, null, null, Map.of(), false, null, null);
    }

    public InspectOptions withTarget(String generation) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                generation, changelogDirectory);
    }

    public InspectOptions withSchemas(String defaultSchema, String configuration, String operational) {
        return new InspectOptions(defaultSchema, configuration, operational, tableNames, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory);
    }

    public InspectOptions withTableNames(Map<String, String> names) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, names, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory);
    }

    public InspectOptions withPostgresLegacyTimestamps(boolean legacy) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, legacy,
                targetGeneration, changelogDirectory);
    }

    public InspectOptions withChangelogDirectory(Path directory) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                targetGeneration, directory);
    }

    /** The store's schema, or null for the connection's default. */
    String schema(Store store) {
        return new ChangelogOptions(null, schema, configurationSchema, operationalSchema, tableNames,
                postgresLegacyTimestamps, null, null).schema(store);
    }
}
