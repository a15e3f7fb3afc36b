package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.schema.CleanupRule;
import io.github.duendetools.schema.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Counts the rows Duende's token cleanup would delete, read only and only where that is cheap: a range count on an
 * index that leads with the rule's column (Duende creates IX_PersistedGrants_Expiration, IX_PersistedGrants_ConsumedTime
 * from 5.1, IX_DeviceCodes_Expiration) reads that range of the index, never the table. Without such an index a count
 * would read the whole table, and no engine keeps statistics of the values below "now" that inspect could trust
 * without a histogram the application never asked for, so the number is left unknown and the report says why. Each
 * count is bounded by inspect's statement timeout.
 */
final class PurgeableCounter {

    private final Database database;
    private final int timeoutSeconds;

    PurgeableCounter(Dialect dialect, boolean postgresLegacyTimestamps, int timeoutSeconds) {
        this.database = Database.of(dialect, postgresLegacyTimestamps);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** {@code mapped}: a logical table name to its name here; {@code live}: the store's tables as read. */
    List<PurgeableRows> count(Connection connection, String namespace, Map<String, TableShape> live,
                              UnaryOperator<String> mapped) {
        List<PurgeableRows> out = new ArrayList<>();
        for (CleanupRule rule : CleanupRule.values()) {
            String table = mapped.apply(rule.table());
            TableShape shape = live.get(table);
            if (shape == null) {
                continue;
            }
            String index = shape.indexes().stream().filter(i -> i.columns().get(0).equals(rule.column()))
                    .map(TableShape.Idx::name).findFirst().orElse(null);
            if (index == null) {
                out.add(new PurgeableRows(table, rule, -1, "not counted: no index on " + rule.column()
                        + ", so a count would read the whole table"));
                continue;
            }
            out.add(counted(connection, qualified(namespace, table), table, rule, index));
        }
        return out;
    }

    private PurgeableRows counted(Connection connection, String qualified, String table, CleanupRule rule,
                                  String index) {
        String sql = "SELECT COUNT(*) FROM " + qualified + " WHERE " + database.quote(rule.column()) + " < "
                + database.utcNowMinus(0);
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return new PurgeableRows(table, rule, rs.getLong(1), "exact count on index " + index);
            }
        } catch (SQLException e) {
            return new PurgeableRows(table, rule, -1, "not counted: the range count on index " + index
                    + " failed or passed the statement timeout (" + e.getSQLState() + ")");
        }
    }

    private String qualified(String namespace, String table) {
        return namespace == null || database.dialect() == Dialect.SQLITE ? database.quote(table)
                : database.quote(namespace) + "." + database.quote(table);
    }
}
