package io.github.duendetools.dbproof;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Columns a step adds to a table that already had rows: a NOT NULL column must hold its documented add-time default
 * on every old row, a nullable one must be NULL, and a new identity column must give every old row its own value.
 */
final class NewColumnCheck {
    private NewColumnCheck() {
    }

    static List<String> check(Schema source, Schema target, RowSnapshot before, RowSnapshot after) {
        List<String> problems = new ArrayList<>();
        for (Table table : target.tables()) {
            Table old = source.table(table.logicalName()).orElse(null);
            if (old == null) {
                continue;
            }
            Map<String, Map<String, String>> oldRows = before.table(old.name());
            Map<String, Map<String, String>> newRows = after.table(table.name());
            for (Column column : table.columns()) {
                if (old.column(column.name()).isPresent()) {
                    continue;
                }
                String where = "table " + table.name() + " column " + column.name() + ": ";
                Set<String> seen = new HashSet<>();
                for (String key : oldRows.keySet()) {
                    Map<String, String> row = newRows.get(key);
                    if (row == null) {
                        continue; // reported by the row comparison
                    }
                    String value = row.get(column.name());
                    String problem = null;
                    if (column.identity()) {
                        if (value == null || !seen.add(value)) {
                            problem = "row " + key + " got " + (value == null ? "no value" : "duplicate value " + value);
                        }
                    } else if (column.addDefault() != null) {
                        String expected = normalise(column, column.addDefault());
                        if (!Objects.equals(expected, value)) {
                            problem = "row " + key + " holds " + value + ", documented default is " + expected;
                        }
                    } else if (!column.nullable()) {
                        problem = "NOT NULL column added without a documented default (reference model incomplete)";
                    } else if (value != null) {
                        problem = "row " + key + " holds " + value + ", expected NULL";
                    }
                    if (problem != null) {
                        problems.add(where + problem);
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static String normalise(Column column, String value) {
        return switch (column.baseType()) {
            case "datetime" -> LocalDateTime.parse(value).toString();
            case "timespan" -> ColumnValues.normaliseTimespan(value);
            default -> value;
        };
    }
}
