package io.github.duendetools.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-database classes agree with the families' Liquibase names and give types as values. */
class DatabaseTest {

    @Test
    void eachFamilyHasOneClassPerLiquibaseName() {
        for (Dialect d : Dialect.values()) {
            assertEquals(d.databaseNames(), Database.family(d).stream().map(Database::shortName).toList(), d.name());
            assertEquals(Database.family(d).get(0), Database.of(d), d.name());
        }
        assertTrue(Database.family(Dialect.MYSQL).get(1) instanceof MySql, "MariaDB extends MySQL");
    }

    @Test
    void typesComeAsValuesNotAsTextToParse() {
        assertEquals(new SqlType("int unsigned", "int", null, true, false),
                Database.of(Dialect.MYSQL).type(LogicalType.parse("uint")));
        assertEquals(new SqlType("text[]", "text", null, false, true),
                Database.of(Dialect.POSTGRESQL).type(LogicalType.parse("strings")));
        assertEquals(new SqlType("NUMBER(19)", "NUMBER", 19, false, false),
                Database.of(Dialect.ORACLE).type(LogicalType.parse("long")));
        assertEquals(new SqlType("varchar(200) CHARACTER SET utf8mb4", "varchar", 200, false, false),
                Database.of(Dialect.MYSQL).type(LogicalType.parse("string(200)")));
    }

    @Test
    void theTypeChecksReadTheValuesParts() {
        assertEquals("DATA_TYPE = 'int' AND COLUMN_TYPE LIKE '%unsigned'",
                Database.of(Dialect.MYSQL).typeCondition(Database.of(Dialect.MYSQL).type(LogicalType.parse("uint"))));
        assertEquals("DATA_TYPE = 'ARRAY'", Database.of(Dialect.POSTGRESQL)
                .typeCondition(Database.of(Dialect.POSTGRESQL).type(LogicalType.parse("strings"))));
        assertEquals("DATA_TYPE = 'NUMBER' AND DATA_PRECISION = 10",
                Database.of(Dialect.ORACLE).typeCondition(Database.of(Dialect.ORACLE).type(LogicalType.parse("uint"))));
    }

    /** The forward guard's form answers a row to compare; the rollback's form may be a block that answers nothing. */
    @Test
    void oneStopWithACountServesTheGuardsAndTheRollbackChecks() {
        RowCount count = new RowCount("COUNT(*)", " FROM t WHERE c IS NULL");
        Database mariadb = Database.family(Dialect.MYSQL).get(1);
        assertTrue(mariadb.stopQuery(count, "t.c: ", " rows").endsWith("SELECT 'ok'; END"));
        assertTrue(mariadb.stopStatement(count, "t.c: ", " rows").endsWith("END IF; END"));
        Database mysql = Database.of(Dialect.MYSQL);
        assertEquals("SELECT CASE WHEN COUNT(*) = 0 THEN 'ok' ELSE (SELECT 'halt' UNION ALL SELECT 'halt') END"
                + " FROM t WHERE c IS NULL", mysql.stopQuery(count, "a", "b"));
        assertEquals("SELECT CASE WHEN (SELECT COUNT(*) FROM t WHERE c IS NULL) = 0 THEN 'ok' ELSE (SELECT 'aNb'"
                + " UNION ALL SELECT 'halt') END", mysql.stopStatement(count, "a", "b"));
        assertEquals("SELECT CASE WHEN n = 0 THEN 'ok' ELSE CAST(CAST('it''s ' || n || ' rows' AS INTEGER) AS"
                        + " VARCHAR(20)) END FROM (SELECT (SELECT COUNT(*) FROM t WHERE c IS NULL) AS n) guard",
                Database.of(Dialect.H2).stopStatement(count, "it's ", " rows"));
    }

    @Test
    void theCurrentSchemaQueryIsTheOneTheChecksCompareWith() {
        for (Dialect d : List.of(Dialect.MSSQL, Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.H2)) {
            Database db = Database.of(d);
            assertEquals("SELECT " + db.currentSchema(), db.currentSchemaQuery());
            assertTrue(db.tableCount(null, "T").contains(db.currentSchema()), d.name());
            assertFalse(db.tableCount("s", "T").contains(db.currentSchema()), d.name());
        }
        assertEquals("SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL", Database.oracle().currentSchemaQuery());
    }
}
