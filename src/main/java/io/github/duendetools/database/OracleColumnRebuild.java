package io.github.duendetools.database;

import io.github.duendetools.schema.Dialect;

/**
 * Converts an Oracle column to a type it cannot MODIFY to while it holds rows (a lower NUMBER precision): a new
 * column takes the values and then the old one's name. Oracle commits each DDL statement on its own, so the four
 * steps (add, copy, drop, rename) cannot share a transaction; they are one PL/SQL block instead that reads the
 * catalogue and does only the steps still missing. A run killed between any two steps is finished by the next run,
 * and the values are in the old column or the new one at every moment. Values the new type cannot hold stop the
 * block before anything changes.
 */
public final class OracleColumnRebuild {

    private static final Dialect D = Dialect.ORACLE;
    private static final Oracle ORACLE = Database.oracle();

    private final NameMapper names;

    public OracleColumnRebuild(NameMapper names) {
        this.names = names;
    }

    /** The column that holds the values between the copy and the rename. */
    public static String temporaryColumn(String column) {
        return ORACLE.truncate(column + "_new");
    }

    /**
     * The block. {@code releasedType} is the type the column has before the conversion (e.g. NUMBER(19));
     * {@code outOfRange}, if not null, the condition on the quoted column that the new type cannot hold, with
     * {@code problem} the text that follows the count in the error.
     */
    public String block(String table, String column, SqlType releasedType, String type, boolean nullable,
                 java.util.function.UnaryOperator<String> outOfRange, String problem) {
        String t = names.qualified(table, D);
        String q = ORACLE.quote(column);
        String temp = temporaryColumn(column);
        String tq = ORACLE.quote(temp);
        StringBuilder sb = new StringBuilder("DECLARE\n"
                + "    old_column NUMBER;\n"
                + "    new_column NUMBER;\n"
                + "    n NUMBER;\n"
                + "BEGIN\n"
                + "    " + columnCount(table, column, ORACLE.typeCondition(releasedType))
                .replaceFirst("^SELECT COUNT\\(\\*\\)", "SELECT COUNT(*) INTO old_column") + ";\n"
                + "    " + columnCount(table, temp, null)
                .replaceFirst("^SELECT COUNT\\(\\*\\)", "SELECT COUNT(*) INTO new_column") + ";\n"
                // The table's columns change under this block: it names them only in dynamic SQL.
                + "    IF old_column > 0 THEN\n");
        if (outOfRange != null) {
            sb.append("        EXECUTE IMMEDIATE '").append(Database.literal("SELECT COUNT(*) FROM " + t
                    + " WHERE " + outOfRange.apply(q))).append("' INTO n;\n")
                    .append("        IF n > 0 THEN\n")
                    .append("            RAISE_APPLICATION_ERROR(-20000, '")
                    .append(Database.literal(names.table(table) + "." + column + ": ")).append("' || n || '")
                    .append(Database.literal(problem)).append("');\n")
                    .append("        END IF;\n");
        }
        sb.append("        IF new_column = 0 THEN\n")
                .append("            ").append(dynamic("ALTER TABLE " + t + " ADD (" + tq + " " + type + ")"))
                .append("        END IF;\n")
                .append("        ").append(dynamic("UPDATE " + t + " SET " + tq + " = " + q))
                // DROP COLUMN commits the copy before it removes the old column.
                .append("        ").append(dynamic("ALTER TABLE " + t + " DROP COLUMN " + q))
                .append("    END IF;\n")
                .append("    IF old_column > 0 OR new_column > 0 THEN\n")
                .append("        ").append(dynamic("ALTER TABLE " + t + " RENAME COLUMN " + tq + " TO " + q))
                .append("    END IF;\n");
        if (!nullable) {
            sb.append("    ").append(columnCount(table, column, "NULLABLE = 'Y'")
                            .replaceFirst("^SELECT COUNT\\(\\*\\)", "SELECT COUNT(*) INTO n")).append(";\n")
                    .append("    IF n > 0 THEN\n")
                    .append("        ").append(dynamic("ALTER TABLE " + t + " MODIFY (" + q + " NOT NULL)"))
                    .append("    END IF;\n");
        }
        return sb.append("END;").toString();
    }

    private String columnCount(String table, String column, String condition) {
        return ORACLE.columnCount(names.schema(), names.table(table), column, condition);
    }

    private static String dynamic(String sql) {
        return "EXECUTE IMMEDIATE '" + Database.literal(sql) + "';\n";
    }
}
