package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads EF Core's and Liquibase's history tables in a namespace, when they are there. */
final class HistoryReader {

    static final String EF_HISTORY = "__EFMigrationsHistory";
    static final String LIQUIBASE_LOG = "databasechangelog";

    private final SystemTables systemTables;

    HistoryReader(SystemTables systemTables) {
        this.systemTables = systemTables;
    }

    /**
     * @param tables every table of the namespace
     * @param storeId configuration or operational: the plugin's changeset ids and tags name their store
     * @param folderIds changeset ids of a changelog folder, or null when none was read
     */
    History read(Connection connection, String namespace, Set<String> tables, String storeId, List<String> folderIds)
            throws SQLException {
        List<History.EfMigration> ef = new ArrayList<>();
        String efTable = find(tables, EF_HISTORY);
        if (efTable != null) {
            systemTables.query(connection, "SELECT " + q("MigrationId") + ", " + q("ProductVersion") + " FROM "
                    + qualified(namespace, efTable) + " ORDER BY " + q("MigrationId"), List.of(),
                    rs -> ef.add(new History.EfMigration(rs.getString(1), rs.getString(2))));
        }
        List<History.ChangeSetRun> runs = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        String log = find(tables, LIQUIBASE_LOG);
        if (log != null) {
            // Liquibase creates its columns unquoted, so unquoted names find them in whatever case the engine folds to.
            systemTables.query(connection, "SELECT ID, EXECTYPE, TAG, FILENAME FROM " + qualified(namespace, log)
                    + " WHERE AUTHOR = ? ORDER BY ORDEREXECUTED", List.of(ChangelogFolder.AUTHOR), rs -> {
                        String id = rs.getString(1);
                        if (id != null && id.matches("duende-[0-9.]+-" + storeId + "-.*")) {
                            runs.add(new History.ChangeSetRun(id, rs.getString(2), rs.getString(3), rs.getString(4)));
                            if (rs.getString(3) != null) {
                                tags.add(rs.getString(3));
                            }
                        }
                    });
        }
        List<String> pending = new ArrayList<>();
        if (folderIds != null) {
            Set<String> ran = new LinkedHashSet<>();
            runs.forEach(r -> ran.add(r.id()));
            for (String id : folderIds) {
                // A master's empty "after-tag" changeset runs only through that master and changes nothing, so a
                // database updated through the other master is not behind for lacking it.
                if (id.matches("duende-[0-9.]+-" + storeId + "-.*") && !id.endsWith("-after-tag") && !ran.contains(id)) {
                    pending.add(id);
                }
            }
        }
        return new History(ef, runs, List.copyOf(tags), pending, folderIds != null,
                RecordedPaths.problems(runs, systemTables.dialect()));
    }

    private static String find(Set<String> tables, String name) {
        return tables.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElse(null);
    }

    private String q(String name) {
        return Database.of(systemTables.dialect()).quote(name);
    }

    private String qualified(String namespace, String table) {
        return namespace == null ? q(table) : q(namespace) + "." + q(table);
    }
}
