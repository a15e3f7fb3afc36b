package io.github.duendetools.inspect;

import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.Map;

/**
 * Naming as migrate applies it (a store's own schema wins over {@code schema}; null means the connection's default),
 * the target generation for the cost section (null: none), the changelog folder to compare with (null: none), and the
 * generation the project declares (null: none), which names a store whose schema several generations share, and
 * whether the changelogs carry the low-lock changesets ({@code duende.lowLock}), which changes the cost section.
 */
public record InspectOptions(String schema, String configurationSchema, String operationalSchema,
                             Map<String, String> tableNames, boolean postgresLegacyTimestamps,
                             String targetGeneration, Path changelogDirectory, String declaredGeneration,
                             boolean lowLock) {

    public InspectOptions {
        tableNames = tableNames == null ? Map.of() : Map.copyOf(tableNames);
    }

    public static InspectOptions defaults() {
        return new InspectOptions(null, null, null, Map.of(), false, null, null, null, false);
    }

    /** Seven-component form, without a declared generation. */
    public InspectOptions(String schema, String configurationSchema, String operationalSchema, Map<String, String> tableNames,
                          boolean postgresLegacyTimestamps, String targetGeneration, Path changelogDirectory) {
        this(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps, targetGeneration,
                changelogDirectory, null, false);
    }

    /** The generation the project declares: named first when a store matches it and others equally. */
    public InspectOptions withDeclared(String generation) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory, generation, lowLock);
    }

    public InspectOptions withTarget(String generation) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                generation, changelogDirectory, declaredGeneration, lowLock);
    }

    public InspectOptions withSchemas(String defaultSchema, String configuration, String operational) {
        return new InspectOptions(defaultSchema, configuration, operational, tableNames, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory, declaredGeneration, lowLock);
    }

    public InspectOptions withTableNames(Map<String, String> names) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, names, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory, declaredGeneration, lowLock);
    }

    public InspectOptions withPostgresLegacyTimestamps(boolean legacy) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, legacy,
                targetGeneration, changelogDirectory, declaredGeneration, lowLock);
    }

    public InspectOptions withChangelogDirectory(Path directory) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                targetGeneration, directory, declaredGeneration, lowLock);
    }

    /** The costs as the changelogs with ({@code true}) or without the low-lock changesets would run. */
    public InspectOptions withLowLock(boolean on) {
        return new InspectOptions(schema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                targetGeneration, changelogDirectory, declaredGeneration, on);
    }

    /** The store's schema, or null for the connection's default. */
    String schema(Store store) {
        return store.schema(configurationSchema, operationalSchema, schema);
    }
}
