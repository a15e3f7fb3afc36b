package io.github.duendetools.database;

import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.ForeignKey;
import java.util.List;
import java.util.Map;

/**
 * Table and constraint names as Duende's store options and EF Core derive them: the mapped table name
 * ({@code TableConfiguration}), the store's schema, and PK_/FK_/IX_ names built from the mapped names,
 * truncated to the provider's identifier limit as {@code first (max-1) chars + "~"}.
 */
public final class NameMapper {

    private final Map<String, String> tableNames;
    private final String schema;

    public NameMapper(Map<String, String> tableNames, String schema) {
        this.tableNames = Map.copyOf(tableNames);
        this.schema = schema;
    }

    public String schema() {
        return schema;
    }

    public String table(String logical) {
        return tableNames.getOrDefault(logical, logical);
    }

    public String primaryKey(String logicalTable, Dialect d) {
        return truncate("PK_" + table(logicalTable), d);
    }

    public String foreignKey(String logicalTable, ForeignKey fk, Dialect d) {
        return truncate("FK_" + table(logicalTable) + "_" + table(fk.references()) + "_"
                + String.join("_", fk.columns()), d);
    }

    public String index(String logicalTable, List<String> columns, Dialect d) {
        return truncate("IX_" + table(logicalTable) + "_" + String.join("_", columns), d);
    }

    /** Untruncated EF index name, for dialect-neutral preconditions. */
    public String index(String logicalTable, List<String> columns) {
        return "IX_" + table(logicalTable) + "_" + String.join("_", columns);
    }

    /** Schema-qualified, quoted table name; SQLite has no schemas. */
    public String qualified(String logicalTable, Dialect d) {
        return qualifiedName(table(logicalTable), d);
    }

    public String qualifiedName(String name, Dialect d) {
        Database db = Database.of(d);
        if (schema == null || d == Dialect.SQLITE) {
            return db.quote(name);
        }
        return db.quote(schema) + "." + db.quote(name);
    }

    private static String truncate(String name, Dialect d) {
        return Database.of(d).truncate(name);
    }
}
