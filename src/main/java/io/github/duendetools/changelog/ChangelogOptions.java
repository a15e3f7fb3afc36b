package io.github.duendetools.changelog;

import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where and how to write changelogs. Schemas and table names follow Duende's store options: a store's own
 * schema wins over {@code defaultSchema}; null means the connection's default schema. {@code tableNames} maps
 * Duende's default table names to the configured ones. {@code sqlPreview} lists Liquibase database short names
 * (mssql, postgresql, mysql, mariadb, oracle, sqlite, h2) whose offline SQL goes to {@code sqlPreviewDirectory}.
 * {@code postgresLowLock} adds PostgreSQL-only changesets that change populated tables without holding an exclusive
 * lock for long ({@link PostgresLowLock}); {@code lowLock} adds such changesets for every database that has them
 * (PostgreSQL's, and MySQL's and MariaDB's {@link MySqlLowLock}). {@code purge} adds, before the steps that rewrite
 * or index a populated {@code PersistedGrants} or {@code DeviceCodes}, changesets that delete what Duende's token
 * cleanup would delete ({@link PurgeChangeSets}); they run only when the update is given {@code duende.purge=true}.
 */
public record ChangelogOptions(Path directory, String defaultSchema, String configurationSchema,
                               String operationalSchema, Map<String, String> tableNames,
                               boolean postgresLegacyTimestamps, List<String> sqlPreview, Path sqlPreviewDirectory,
                               boolean postgresLowLock, boolean lowLock, PurgeOptions purge) {

    public ChangelogOptions {
        tableNames = tableNames == null ? Map.of() : Map.copyOf(tableNames);
        sqlPreview = sqlPreview == null ? List.of() : List.copyOf(sqlPreview);
        purge = purge == null ? PurgeOptions.NONE : purge;
    }

    /** Without the low-lock changesets of other databases than PostgreSQL, and without a purge. */
    public ChangelogOptions(Path directory, String defaultSchema, String configurationSchema, String operationalSchema,
                            Map<String, String> tableNames, boolean postgresLegacyTimestamps, List<String> sqlPreview,
                            Path sqlPreviewDirectory, boolean postgresLowLock) {
        this(directory, defaultSchema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                sqlPreview, sqlPreviewDirectory, postgresLowLock, false, PurgeOptions.NONE);
    }

    /** Without any low-lock changesets, and without a purge. */
    public ChangelogOptions(Path directory, String defaultSchema, String configurationSchema, String operationalSchema,
                            Map<String, String> tableNames, boolean postgresLegacyTimestamps, List<String> sqlPreview,
                            Path sqlPreviewDirectory) {
        this(directory, defaultSchema, configurationSchema, operationalSchema, tableNames, postgresLegacyTimestamps,
                sqlPreview, sqlPreviewDirectory, false);
    }

    /** Whether PostgreSQL gets its low-lock changesets: asked for alone or with every database's. */
    @Override
    public boolean postgresLowLock() {
        return postgresLowLock || lowLock;
    }

    /** The same options with the PostgreSQL low-lock changesets on or off. */
    public ChangelogOptions withPostgresLowLock(boolean on) {
        return new ChangelogOptions(directory, defaultSchema, configurationSchema, operationalSchema, tableNames,
                postgresLegacyTimestamps, sqlPreview, sqlPreviewDirectory, on, lowLock, purge);
    }

    /** The same options with the low-lock changesets of every database that has them on or off. */
    public ChangelogOptions withLowLock(boolean on) {
        return new ChangelogOptions(directory, defaultSchema, configurationSchema, operationalSchema, tableNames,
                postgresLegacyTimestamps, sqlPreview, sqlPreviewDirectory, postgresLowLock, on, purge);
    }

    /** The same options with {@code purge} (null: none). */
    public ChangelogOptions withPurge(PurgeOptions purge) {
        return new ChangelogOptions(directory, defaultSchema, configurationSchema, operationalSchema, tableNames,
                postgresLegacyTimestamps, sqlPreview, sqlPreviewDirectory, postgresLowLock, lowLock, purge);
    }

    /** The same options without the SQL preview, which is not part of the changelog set. */
    public ChangelogOptions withoutPreview() {
        return new ChangelogOptions(directory, defaultSchema, configurationSchema, operationalSchema, tableNames,
                postgresLegacyTimestamps, List.of(), null, postgresLowLock, lowLock, purge);
    }

    /** Defaults: no schema, Duende's table names, timestamps with time zone on PostgreSQL, no preview. */
    public static ChangelogOptions defaults(Path directory) {
        return new ChangelogOptions(directory, null, null, null, Map.of(), false, List.of(), null, false, false,
                PurgeOptions.NONE);
    }

    public String schema(Store store) {
        return store.schema(configurationSchema, operationalSchema, defaultSchema);
    }
}
