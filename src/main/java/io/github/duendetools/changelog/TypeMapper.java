package io.github.duendetools.changelog;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;

/**
 * Logical types, identity and defaults as each EF Core provider renders them (SqlServer, Npgsql, Pomelo, Sqlite,
 * Oracle's provider; H2, which has no EF provider, follows SQL Server's shape with H2's type names).
 *
 * <p>Where a provider has no mapping of its own for a CLR type, EF Core converts: {@code uint} goes to the first
 * wider signed type with a mapping ({@code long}), a {@code List<string>} to JSON text in the provider's unbounded
 * string type. Pomelo maps {@code uint} natively ({@code int unsigned}), Oracle's provider too ({@code NUMBER(10)}),
 * and Npgsql maps a list of strings to a native array ({@code text[]}).
 */
public final class TypeMapper {

    /** Longest string Pomelo keeps as varchar under utf8mb4 before falling back to longtext. */
    private static final int MYSQL_MAX_VARCHAR = 16383;
    /** Longest NVARCHAR2 under Oracle's standard MAX_STRING_SIZE; longer strings are NCLOB. */
    private static final int ORACLE_MAX_NVARCHAR2 = 2000;
    /** SQL Server keeps nvarchar(n) up to 4000, then nvarchar(max). */
    private static final int MSSQL_MAX_NVARCHAR = 4000;

    private final Dialect dialect;
    private final boolean postgresLegacyTimestamps;

    public TypeMapper(Dialect dialect, boolean postgresLegacyTimestamps) {
        this.dialect = dialect;
        this.postgresLegacyTimestamps = postgresLegacyTimestamps;
    }

    public String type(LogicalType type) {
        int n = type.length();
        return switch (dialect) {
            case MSSQL -> switch (type.kind()) {
                case STRING -> n > MSSQL_MAX_NVARCHAR ? "nvarchar(max)" : "nvarchar(" + n + ")";
                case STRING_MAX -> "nvarchar(max)";
                case STRING_KEY -> "nvarchar(450)";
                case BOOL -> "bit";
                case INT -> "int";
                case LONG -> "bigint";
                case DATETIME -> "datetime2";
                case TIMESPAN -> "time";
                case GUID -> "uniqueidentifier";
                case DOUBLE -> "float";
                case UINT -> "bigint";
                case STRING_LIST -> "nvarchar(max)";
            };
            case POSTGRESQL -> switch (type.kind()) {
                case STRING -> "character varying(" + n + ")";
                case STRING_MAX, STRING_KEY -> "text";
                case BOOL -> "boolean";
                case INT -> "integer";
                case LONG -> "bigint";
                case DATETIME -> postgresLegacyTimestamps ? "timestamp without time zone" : "timestamp with time zone";
                case TIMESPAN -> "interval";
                case GUID -> "uuid";
                case DOUBLE -> "double precision";
                case UINT -> "bigint";
                case STRING_LIST -> "text[]";
            };
            case MYSQL -> switch (type.kind()) {
                case STRING -> n > MYSQL_MAX_VARCHAR ? "longtext CHARACTER SET utf8mb4"
                        : "varchar(" + n + ") CHARACTER SET utf8mb4";
                case STRING_MAX -> "longtext CHARACTER SET utf8mb4";
                case STRING_KEY -> "varchar(255) CHARACTER SET utf8mb4";
                case BOOL -> "tinyint(1)";
                case INT -> "int";
                case LONG -> "bigint";
                case DATETIME -> "datetime(6)";
                case TIMESPAN -> "time(6)";
                case GUID -> "char(36) CHARACTER SET ascii";
                case DOUBLE -> "double";
                case UINT -> "int unsigned";
                case STRING_LIST -> "longtext CHARACTER SET utf8mb4";
            };
            case ORACLE -> switch (type.kind()) {
                case STRING -> n > ORACLE_MAX_NVARCHAR2 ? "NCLOB" : "NVARCHAR2(" + n + ")";
                case STRING_MAX -> "NCLOB";
                case STRING_KEY -> "NVARCHAR2(450)";
                case BOOL -> "NUMBER(1)";
                case INT -> "NUMBER(10)";
                case LONG -> "NUMBER(19)";
                case DATETIME -> "TIMESTAMP(7)";
                case TIMESPAN -> "INTERVAL DAY(8) TO SECOND(7)";
                case GUID -> "RAW(16)";
                case DOUBLE -> "BINARY_DOUBLE";
                case UINT -> "NUMBER(10)";
                case STRING_LIST -> "NCLOB";
            };
            case SQLITE -> switch (type.kind()) {
                case STRING, STRING_MAX, STRING_KEY, DATETIME, TIMESPAN, GUID, STRING_LIST -> "TEXT";
                case BOOL, INT, LONG, UINT -> "INTEGER";
                case DOUBLE -> "REAL";
            };
            // H2 has no EF provider; it takes SQL Server's shape with H2's type names (as the proof suite checks).
            case H2 -> switch (type.kind()) {
                case STRING -> n > MSSQL_MAX_NVARCHAR ? "CHARACTER VARYING" : "CHARACTER VARYING(" + n + ")";
                case STRING_MAX -> "CHARACTER VARYING";
                case STRING_KEY -> "CHARACTER VARYING(450)";
                case BOOL -> "BOOLEAN";
                case INT -> "INTEGER";
                case LONG -> "BIGINT";
                case DATETIME -> "TIMESTAMP(7)";
                case TIMESPAN -> "TIME(7)";
                case GUID -> "UUID";
                case DOUBLE -> "DOUBLE PRECISION";
                case UINT -> "BIGINT";
                case STRING_LIST -> "CHARACTER VARYING";
            };
        };
    }

    /** SQL literal for a logical default value of a column of the given type. */
    public String defaultLiteral(String value) {
        return switch (value) {
            case "false" -> switch (dialect) {
                case MSSQL -> "CAST(0 AS bit)";
                case POSTGRESQL, MYSQL, H2 -> "FALSE";
                case ORACLE, SQLITE -> "0";
            };
            case "0" -> "0";
            case "mindate" -> switch (dialect) {
                case MSSQL -> "'0001-01-01T00:00:00.0000000'";
                // A finite DateTime.MinValue: reads back as MinValue whether or not Npgsql converts infinities.
                case POSTGRESQL -> postgresLegacyTimestamps ? "TIMESTAMP '0001-01-01 00:00:00'"
                        : "TIMESTAMPTZ '0001-01-01 00:00:00+00'";
                case MYSQL, SQLITE -> "'0001-01-01 00:00:00'";
                case ORACLE -> "TIMESTAMP '0001-01-01 00:00:00'";
                case H2 -> "TIMESTAMP '0001-01-01 00:00:00'";
            };
            case "zerotime" -> switch (dialect) {
                case MSSQL, MYSQL, SQLITE -> "'00:00:00'";
                case POSTGRESQL -> "INTERVAL '00:00:00'";
                case ORACLE -> "INTERVAL '0 00:00:00' DAY TO SECOND";
                case H2 -> "TIME '00:00:00'";
            };
            default -> throw new IllegalArgumentException("unknown default " + value);
        };
    }

    /**
     * Full column definition as in CREATE TABLE / ADD COLUMN. SQLite's identity is written by the table
     * renderer, because there the key constraint has to sit inline on the column.
     */
    public String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(dialect.quote(c.name())).append(' ').append(type(c.type()));
        String dflt = c.defaultValue() == null ? "" : " DEFAULT " + defaultLiteral(c.defaultValue());
        String nullity = c.nullable() ? " NULL" : " NOT NULL";
        switch (dialect) {
            case MSSQL -> sb.append(nullity).append(c.identity() ? " IDENTITY" : "").append(dflt);
            case POSTGRESQL -> sb.append(c.identity() ? " GENERATED BY DEFAULT AS IDENTITY" : nullity).append(dflt);
            case MYSQL -> sb.append(nullity).append(c.identity() ? " AUTO_INCREMENT" : "").append(dflt);
            case ORACLE -> sb.append(c.identity() ? " GENERATED BY DEFAULT ON NULL AS IDENTITY" : "")
                    .append(dflt).append(nullity);
            case H2 -> sb.append(c.identity() ? " GENERATED BY DEFAULT AS IDENTITY" : "").append(dflt).append(nullity);
            case SQLITE -> sb.append(nullity).append(dflt);
        }
        return sb.toString();
    }
}
