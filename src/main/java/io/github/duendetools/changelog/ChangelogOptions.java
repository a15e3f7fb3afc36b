package io.github.duendetools.changelog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where and how to write changelogs. Schemas and table names follow Duende's store options: a store's own
 * schema wins over {@code defaultSchema}; null means the connection's default schema. {@code tableNames} maps
 * Duende's default table names to the configured ones. {@code sqlPreview} lists Liquibase database short names
 * (mssql, postgresql, mysql, mariadb, oracle, sqlite, h2) whose offline SQL goes to {@code sqlPreviewDirectory}.
 */
public record ChangelogOptions(Path directory, String defaultSchema, String configurationSchema,
                               String operationalSchema, Map<String, String> tableNames,
                               boolean postgresLegacyTimestamps, List<String> sqlPreview, Path sqlPreviewDirectory) {

    public ChangelogOptions {
        tableNames = tableNames == null ? Map.of() : Map.copyOf(tableNames);
        sqlPreview = sqlPreview == null ? List.of() : List.copyOf(sqlPreview);
    }

    /** Defaults: no schema, Duende's table names, timestamps with time zone on PostgreSQL, no preview. */
    public static ChangelogOptions defaults(Path directory) {
        return new ChangelogOptions(directory, null, null, null, Map.of(), false, List.of(), null);
    }

    public String schema(Store store) {
        String own = store == Store.CONFIGURATION ? configurationSchema : operationalSchema;
        return own != null && !own.isBlank() ? own : (defaultSchema == null || defaultSchema.isBlank() ? null : defaultSchema);
    }
}
