package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the plugin knows of one database's SQL: how it quotes and shortens names, the type and default EF Core's
 * provider gives each model type there, how a query names the current schema and reads the system tables, how a
 * statement stops with an error that quotes a count of rows, and the statements that change a table there. The base
 * class holds what most databases share; each database has one subclass that says where it differs. MariaDB extends
 * MySQL, whose changelogs it shares.
 *
 * <p>{@link Dialect} names the families the changelogs are written for (Liquibase's {@code dbms}); {@link #of} gives a
 * family's first database and {@link #family} every database its changelogs run on.
 */
public abstract class Database {

    private static final List<Database> ALL = List.of(new SqlServer(), new Postgres(false), new MySql(), new MariaDb(),
            new Oracle(), new Sqlite(), new H2());

    /** The database a family's DDL is written for (MySQL for the MySQL family), with PostgreSQL's default timestamps. */
    public static Database of(Dialect dialect) {
        return family(dialect).get(0);
    }

    /** As {@link #of}; PostgreSQL's timestamps without time zone when {@code postgresLegacyTimestamps}. */
    public static Database of(Dialect dialect, boolean postgresLegacyTimestamps) {
        return dialect == Dialect.POSTGRESQL && postgresLegacyTimestamps ? new Postgres(true) : of(dialect);
    }

    /** PostgreSQL, for the checks of its own changesets. */
    public static Postgres postgres() {
        return (Postgres) of(Dialect.POSTGRESQL);
    }

    /** Oracle, for the checks of its own changesets. */
    public static Oracle oracle() {
        return (Oracle) of(Dialect.ORACLE);
    }

    /** MySQL, for its one-copy key move. */
    public static MySql mysql() {
        return (MySql) of(Dialect.MYSQL);
    }

    /** H2, for the checks of its own changesets. */
    public static H2 h2() {
        return (H2) of(Dialect.H2);
    }

    /** Every database the family's changelogs run on, in the order Liquibase's {@code dbms} lists them. */
    public static List<Database> family(Dialect dialect) {
        return ALL.stream().filter(d -> d.dialect() == dialect).toList();
    }

    private final Dialect dialect;
    private final String shortName;
    private final int maxIdentifier;
    private final DefaultLiterals defaults;

    /** {@code maxIdentifier}: the longest name EF's provider keeps before shortening it, 0 when unlimited. */
    Database(Dialect dialect, String shortName, int maxIdentifier, DefaultLiterals defaults) {
        this.dialect = dialect;
        this.shortName = shortName;
        this.maxIdentifier = maxIdentifier;
        this.defaults = defaults;
    }

    /** The family whose changelogs this database runs. */
    public Dialect dialect() {
        return dialect;
    }

    /** Liquibase's short name of the database, as in {@code dbms=}. */
    public String shortName() {
        return shortName;
    }

    /** {@code name} as a quoted identifier. */
    public String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Longest identifier EF's provider keeps before shortening it; 0 when unlimited. */
    public int maxIdentifier() {
        return maxIdentifier;
    }

    /** {@code name} shortened as EF's provider does: the first {@code max - 1} characters and {@code ~}. */
    public String truncate(String name) {
        int max = maxIdentifier();
        if (max == 0 || name.length() <= max) {
            return name;
        }
        return name.substring(0, max - 1) + "~";
    }

    /** The type EF Core's provider gives a model type here. */
    public abstract SqlType type(LogicalType type);

    /** SQL literal for a default value as the schema data names it: {@code false}, {@code 0}, {@code mindate}, {@code zerotime}. */
    public String defaultLiteral(String value) {
        return switch (value) {
            case "false" -> defaults.falseValue();
            case "0" -> "0";
            case "mindate" -> defaults.minDate();
            case "zerotime" -> defaults.zeroTime();
            default -> throw new IllegalArgumentException("unknown default " + value);
        };
    }

    /**
     * Full column definition as in CREATE TABLE / ADD COLUMN. SQLite's identity is written by the table renderer,
     * because there the key constraint has to sit inline on the column.
     */
    public abstract String columnDefinition(Column c);

    /** The quoted name and the type, which every column definition starts with. */
    protected String nameAndType(Column c) {
        return quote(c.name()) + " " + type(c.type()).text();
    }

    protected String defaultClause(Column c) {
        return c.defaultValue() == null ? "" : " DEFAULT " + defaultLiteral(c.defaultValue());
    }

    protected static String nullity(Column c) {
        return c.nullable() ? " NULL" : " NOT NULL";
    }

    /** Whether the two model types are the same type here, where converting one to the other changes nothing. */
    public boolean sameType(LogicalType a, LogicalType b) {
        return type(a).text().equals(type(b).text());
    }

    /** The text after the count of values a uint cannot hold. */
    public static final String UINT_PROBLEM = " values outside 0 to 4294967295 (a uint); correct them first";

    /** The condition on the quoted column {@code c} that its value is no uint. */
    public static String uintOutOfRange(String c) {
        return c + " < 0 OR " + c + " > 4294967295";
    }

    // How this database changes a table. Tables and columns come qualified and quoted where the text says "table";
    // a Column is quoted here.

    /** What follows CREATE TABLE's column list. */
    public String tableOptions() {
        return "";
    }

    /** Whether a one-column primary key is written on its column rather than after the columns. */
    public boolean keyOnItsColumn() {
        return false;
    }

    public String addColumn(String table, String definition) {
        return "ALTER TABLE " + table + " ADD " + definition;
    }

    public List<String> dropColumn(String table, String column) {
        return List.of("ALTER TABLE " + table + " DROP COLUMN " + quote(column));
    }

    /** Whether CREATE INDEX names the index with the table's schema. */
    public boolean qualifiesIndexNames() {
        return false;
    }

    /** Whether a unique index leaves out the rows with NULL in a nullable column (so that several NULLs are allowed). */
    public boolean filtersUniqueIndexes() {
        return false;
    }

    /** {@code name} is the index's quoted name, {@code qualifiedName} the same with the table's schema. */
    public String dropIndex(String table, String name, String qualifiedName) {
        return "DROP INDEX " + qualifiedName;
    }

    /**
     * Whether dropping an index that a foreign key's columns lead needs the key dropped first and added again after;
     * {@code anotherIndexServes} says whether another index of the table leads with the key's columns too.
     */
    public boolean foreignKeyHoldsIndex(boolean anotherIndexServes) {
        return false;
    }

    /** {@code name} is the key's unquoted name. */
    public String dropForeignKey(String table, String name) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + quote(name);
    }

    /** Changes a column to {@code column}'s type, keeping its values (a string's length, say). */
    public List<String> changeType(String table, Column column) {
        return List.of(retype(table, quote(column.name()), type(column.type()).text()));
    }

    /** Widens the identity column {@code column} under the primary key {@code key} (quoted) to {@code type}. */
    public List<String> widenIdentity(String table, String key, String column, LogicalType type) {
        return List.of(retype(table, quote(column), type(type).text()));
    }

    /** The statement that gives the quoted {@code column} the type spelled {@code type} in place. */
    protected abstract String retype(String table, String column, String type);

    /**
     * Moves the primary key {@code key} (quoted) from {@code oldKey} to the new identity column {@code id}, which
     * numbers the rows; {@code rebuild} copies the table into its new shape where that is the only way.
     */
    public abstract List<String> moveKey(String table, String key, Column oldKey, Column id,
                                         Supplier<List<String>> rebuild);

    /**
     * {@link #moveKey} where ALTER TABLE takes one change at a time: drop the key, let the old key column take NULL
     * ({@code oldKeyNullable}, what follows {@code ALTER TABLE <table> }), add the identity column, which numbers the
     * rows, and key it.
     */
    protected List<String> moveKeyInSteps(String table, String key, String oldKeyNullable, Column id) {
        return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + key,
                "ALTER TABLE " + table + " " + oldKeyNullable,
                addColumn(table, columnDefinition(id)),
                "ALTER TABLE " + table + " ADD CONSTRAINT " + key + " PRIMARY KEY (" + quote(id.name()) + ")");
    }

    /** {@link #restoreKey} one change at a time; {@code oldKeyNotNull} follows {@code ALTER TABLE <table> }. */
    protected List<String> restoreKeyInSteps(String table, String key, String oldKeyNotNull, Column oldKey, String id) {
        return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + key,
                "ALTER TABLE " + table + " DROP COLUMN " + quote(id),
                "ALTER TABLE " + table + " " + oldKeyNotNull,
                "ALTER TABLE " + table + " ADD CONSTRAINT " + key + " PRIMARY KEY (" + quote(oldKey.name()) + ")");
    }

    /** Undoes {@link #moveKey}: the key goes back to {@code oldKey} and the column {@code id} goes. */
    public abstract List<String> restoreKey(String table, String key, Column oldKey, String id,
                                            Supplier<List<String>> rebuild);

    /**
     * Converts {@code column} (of the table {@code logicalTable}, quoted as {@code table}) from {@code from} to
     * {@code to}, keeping every value, where the two types differ here.
     */
    public List<String> convertType(NameMapper names, String logicalTable, String table, Column column,
                                    LogicalType from, LogicalType to) {
        throw new IllegalStateException("no conversion of " + logicalTable + "." + column.name() + " from " + from
                + " to " + to + " on " + dialect());
    }

    /** Whether converting {@code from} to {@code to} takes a new column, whose changeset must also finish a stopped one. */
    public boolean convertsByNewColumn(LogicalType from, LogicalType to) {
        return false;
    }

    /**
     * What the changelogs' statements for {@code op} do to readers and writers here, with the low-lock changesets
     * ({@code duende.lowLock}) or without them. A database whose statements differ says so in its own class.
     */
    public Strategy strategy(Operation op, boolean lowLock) {
        return op instanceof Operation.AddColumn || op instanceof Operation.DropIndex
                || op instanceof Operation.CreateTable ? Strategy.ONLINE : Strategy.BLOCKING;
    }

    /**
     * How the changelogs' statements for {@code op} run here and what the plugin offers against their cost, for the
     * cost section of inspect's report. A database whose statements differ says so in its own class.
     */
    public String howItRuns(Operation op, boolean lowLock) {
        if (op instanceof Operation.AddColumn) {
            return "catalog change only; no rows are rewritten";
        } else if (op instanceof Operation.DropIndex) {
            return "catalog change only";
        } else if (op instanceof Operation.CreateTable) {
            return "creates an empty table";
        } else if (op instanceof Operation.CreateIndex) {
            return "blocks writes to the table while the index builds";
        } else if (op instanceof Operation.ShrinkColumn) {
            return "column rebuilt; " + COUNTS_TOO_LONG;
        } else if (op instanceof Operation.CorrectType) {
            return "table rewrite under an exclusive lock; each value is converted, none dropped";
        }
        return "table rewrite under an exclusive lock";
    }

    /**
     * Rows a purge deletes per committed batch where the database can loop: small enough that each transaction holds
     * its row locks briefly, large enough that the loop's overhead stays small (Duende's own cleanup takes 100).
     */
    public static final int PURGE_BATCH_ROWS = 10_000;

    /**
     * The current UTC time less {@code seconds}, as an expression comparable with a Duende datetime column here
     * (EF Core stores UTC in columns without a time zone): the cutoff of a {@code CleanupRule}.
     */
    public abstract String utcNowMinus(int seconds);

    /**
     * Deletes the rows of {@code table} (quoted, qualified) whose {@code column} (unquoted) is before {@code cutoff}
     * (an expression, evaluated once). Here one {@code DELETE}: a database without a loop in plain SQL. The databases
     * that have one delete {@link #PURGE_BATCH_ROWS} rows per transaction, so that no lock is held for long and an
     * interrupted purge keeps what it committed; they need the changeset outside a transaction.
     */
    public List<String> purge(String table, String column, String cutoff) {
        return List.of("DELETE FROM " + table + " WHERE " + quote(column) + " < " + cutoff);
    }

    /** What a shortening changeset does before it changes anything. */
    protected static final String COUNTS_TOO_LONG = "the changeset first counts rows too long to fit and stops if there"
            + " are any";

    /** The SQL expression for the schema the connection resolves unqualified names in (MySQL: the database). */
    public abstract String currentSchema();

    /** The query that reads {@link #currentSchema}. */
    public String currentSchemaQuery() {
        return "SELECT " + currentSchema();
    }

    /** A schema name as a string literal to compare with the system tables' names. */
    public String schemaLiteral(String schema) {
        return "'" + literal(schema) + "'";
    }

    /** {@code schema} as a literal, or the current schema when it is null: what a check compares the owner with. */
    protected String schemaExpression(String schema) {
        return schema != null ? schemaLiteral(schema) : currentSchema();
    }

    /** A query for how many tables of that name {@code schema} (null: the current one) has: 0 or 1. */
    public String tableCount(String schema, String table) {
        return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = " + schemaExpression(schema)
                + " AND TABLE_NAME = '" + literal(table) + "'";
    }

    /** A query for how many columns of that name the table has (0 or 1) that meet {@code condition} (may be null). */
    public String columnCount(String schema, String table, String column, String condition) {
        return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = " + schemaExpression(schema)
                + " AND TABLE_NAME = '" + literal(table) + "' AND COLUMN_NAME = '" + literal(column) + "'"
                + and(condition);
    }

    /** A query for how many indexes of that name the table has: 0 or 1. */
    public abstract String indexCount(String schema, String table, String index);

    /** The condition on a row of the system tables' column list that a string column holds {@code length} characters. */
    public String lengthIs(int length) {
        return "CHARACTER_MAXIMUM_LENGTH = " + length;
    }

    /** The condition on a row of the system tables' column list that the column is a 64-bit integer. */
    public String isBigint() {
        return "UPPER(DATA_TYPE) = 'BIGINT'";
    }

    /** The text of the string column {@code column} after its first {@code skip} characters. */
    public String textAfter(String column, int skip) {
        return "SUBSTR(" + column + ", " + (skip + 1) + ")";
    }

    /** The first {@code length} characters of the string column {@code column}. */
    public String textStart(String column, int length) {
        return "SUBSTR(" + column + ", 1, " + length + ")";
    }

    /** The function that counts a string's characters. */
    public String lengthFunction() {
        return "LENGTH";
    }

    protected static String and(String condition) {
        return condition == null ? "" : " AND " + condition;
    }

    /** The condition on a row of the system tables' column list that the column has {@code type}. */
    public String typeCondition(SqlType type) {
        throw new IllegalStateException("no type check on " + shortName());
    }

    /**
     * A query that answers {@code ok} when {@code count} is 0 and otherwise fails, where the database can with an
     * error whose text is {@code before}, the count and {@code after}. A failed check would mark a changeset ran;
     * an error halts, which is what these are for.
     */
    public String stopQuery(RowCount count, String before, String after) {
        return "SELECT CASE WHEN " + count.select() + " = 0 THEN 'ok' ELSE "
                + failWith(message(before, count.select(), after)) + " END" + count.from();
    }

    /** As {@link #stopQuery}, as a statement of its own (a rollback's first): it may be a block that returns nothing. */
    public abstract String stopStatement(RowCount count, String before, String after);

    /** The text {@code before}, the number {@code n} and {@code after}, concatenated in SQL. */
    protected String message(String before, String n, String after) {
        return "'" + literal(before) + "' || " + n + " || '" + literal(after) + "'";
    }

    /** An expression that fails with an error quoting {@code message}: here, a conversion of the text to a number. */
    protected String failWith(String message) {
        return "CAST(CAST(" + message + " AS INTEGER) AS VARCHAR(20))";
    }

    /** {@code s} as the inside of a SQL string literal. */
    public static String literal(String s) {
        return s.replace("'", "''");
    }

    @Override
    public String toString() {
        return shortName();
    }
}
