package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.OracleColumnRebuild;
import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Oracle block that converts SamlLogoutSessions.Version from NUMBER(19) to NUMBER(10). No Oracle server runs in
 * the tests, so the block's text is walked by a small interpreter of the few PL/SQL forms it uses, over a model of
 * the table whose DDL commits on its own, as Oracle's does: a run killed after any statement, followed by reruns
 * while the changeset's precondition says so, must end with the column converted and its values kept.
 */
class OracleColumnRebuildTest {

    /** The released changeset's type of the column: NUMBER(19). */
    private static final SqlType RELEASED = Database.of(Dialect.ORACLE).type(LogicalType.parse("long"));

    private static final String BLOCK = new OracleColumnRebuild(new NameMapper(Map.of(), null)).block(
            "SamlLogoutSessions", "Version", RELEASED, "NUMBER(10)", false, Database::uintOutOfRange,
            Database.UINT_PROBLEM);

    @Test
    void everyKilledRunIsFinishedByTheNextWithTheValuesKept() {
        int statements = new Run(new Table()).execute(BLOCK, Integer.MAX_VALUE);
        assertEquals(6, statements, "range check, add, copy, drop, rename, not null");
        for (int killAfter = 0; killAfter <= statements; killAfter++) {
            Table table = new Table();
            new Run(table).execute(BLOCK, killAfter);
            int reruns = 0;
            while (pending(table)) {
                new Run(table).execute(BLOCK, Integer.MAX_VALUE);
                assertTrue(++reruns < 2, "one rerun finishes it");
            }
            assertEquals(Map.of("Version", new Column(10, false, true)), table.columns, "killed after " + killAfter);
        }
    }

    @Test
    void valuesOutsideTheNewRangeHaltBeforeAnyChange() {
        Table table = new Table();
        table.outOfRange = 2;
        RuntimeException e = assertThrows(RuntimeException.class, () -> new Run(table).execute(BLOCK, Integer.MAX_VALUE));
        assertEquals("SamlLogoutSessions.Version: 2 values outside 0 to 4294967295 (a uint); correct them first",
                e.getMessage());
        assertEquals(Map.of("Version", new Column(19, false, true)), table.columns);
    }

    @Test
    void aColumnEfCoreCreatedIsLeftAlone() {
        Table table = new Table();
        table.columns.put("Version", new Column(10, false, true));
        assertFalse(pending(table));
        assertEquals(0, new Run(table).execute(BLOCK, Integer.MAX_VALUE));
    }

    @Test
    void theConfiguredSchemaNamesTheOwnerAndTheTable() {
        String block = new OracleColumnRebuild(new NameMapper(Map.of(), "ids")).block("SamlLogoutSessions", "Version",
                RELEASED, "NUMBER(10)", false, Database::uintOutOfRange, Database.UINT_PROBLEM);
        assertEquals(3, block.split("OWNER = 'ids'", -1).length - 1, block);
        assertFalse(block.contains("CURRENT_SCHEMA"), block);
        assertEquals(6, block.split("\"ids\".\"SamlLogoutSessions\"", -1).length - 1, block);
    }

    @Test
    void thePreconditionRunsTheBlockInEveryUnfinishedState() {
        String pre = new PreconditionWriter(new NameMapper(Map.of(), null)).oracleRebuildPending("SamlLogoutSessions",
                "Version", RELEASED, "Version_new", false);
        // pending(Table) below reads the catalogue the way this query does.
        assertTrue(pre.contains("<sqlCheck expectedResult=\"1\">SELECT CASE WHEN COUNT(*) &gt; 0 THEN 1 ELSE 0 END FROM"
                + " ALL_TAB_COLUMNS WHERE OWNER = SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') AND TABLE_NAME ="
                + " 'SamlLogoutSessions' AND (COLUMN_NAME = 'Version' AND (DATA_TYPE = 'NUMBER' AND DATA_PRECISION = 19"
                + " OR NULLABLE = 'Y') OR COLUMN_NAME = 'Version_new')</sqlCheck>"), pre);
        assertTrue(pre.contains(PreconditionWriter.offlineRun("oracle")), "offline update-sql must not run it");
    }

    /** What the changeset's precondition finds. */
    private static boolean pending(Table t) {
        Column v = t.columns.get("Version");
        return v != null && (v.precision == 19 || v.nullable) || t.columns.containsKey("Version_new");
    }

    private record Column(int precision, boolean nullable, boolean values) {
    }

    /** SamlLogoutSessions as the first release created it, with rows. */
    private static final class Table {
        final Map<String, Column> columns = new LinkedHashMap<>(Map.of("Version", new Column(19, false, true)));
        int outOfRange;
    }

    /** One run of the block; DDL commits itself and what came before it, a kill loses an uncommitted UPDATE. */
    private static final class Run {
        private static final Pattern CATALOGUE = Pattern.compile(
                "SELECT COUNT\\(\\*\\) INTO (\\w+) FROM ALL_TAB_COLUMNS WHERE .* COLUMN_NAME = '(\\w+)'(.*);");
        private static final Pattern IF = Pattern.compile("IF (\\w+) (>|=) 0( OR (\\w+) > 0)? THEN");
        private static final Pattern DYNAMIC = Pattern.compile("EXECUTE IMMEDIATE '(.*)'( INTO (\\w+))?;");

        private final Table table;
        private final Map<String, Integer> vars = new LinkedHashMap<>();
        /** The columns before an UPDATE that no DDL has committed yet: a kill goes back to them. */
        private Map<String, Column> uncommitted;

        Run(Table table) {
            this.table = table;
        }

        /** Runs the block, killed after {@code killAfter} dynamic statements; returns how many ran. */
        int execute(String block, int killAfter) {
            Deque<Boolean> active = new ArrayDeque<>();
            active.push(true);
            int ran = 0;
            for (String raw : block.split("\n")) {
                String line = raw.trim();
                Matcher m;
                if (line.startsWith("END IF;")) {
                    active.pop();
                } else if ((m = IF.matcher(line)).matches()) {
                    boolean c = active.peek() && (((m.group(2).equals(">") ? vars.get(m.group(1)) > 0
                            : vars.get(m.group(1)) == 0) || m.group(3) != null && vars.get(m.group(4)) > 0));
                    active.push(c);
                } else if (!active.peek()) {
                    continue;
                } else if ((m = CATALOGUE.matcher(line)).matches()) {
                    Column c = table.columns.get(m.group(2));
                    String cond = m.group(3);
                    boolean hit = c != null && (!cond.contains("DATA_PRECISION = 19") || c.precision == 19)
                            && (!cond.contains("NULLABLE = 'Y'") || c.nullable);
                    vars.put(m.group(1), hit ? 1 : 0);
                } else if (line.startsWith("RAISE_APPLICATION_ERROR")) {
                    throw new IllegalStateException(line.replaceAll(".*-20000, '(.*)' \\|\\| n \\|\\| '(.*)'\\);", "$1")
                            + vars.get("n") + line.replaceAll(".*\\|\\| n \\|\\| '(.*)'\\);", "$1"));
                } else if ((m = DYNAMIC.matcher(line)).matches()) {
                    if (ran == killAfter) {
                        if (uncommitted != null) {
                            table.columns.clear();
                            table.columns.putAll(uncommitted);
                        }
                        return ran;
                    }
                    dynamic(m.group(1).replace("''", "'"), m.group(3));
                    ran++;
                } else if (!line.isEmpty() && !line.matches("DECLARE|BEGIN|END;|\\w+ NUMBER;")) {
                    throw new IllegalStateException("the test does not know " + line);
                }
            }
            uncommitted = null;
            return ran;
        }

        private void dynamic(String sql, String into) {
            Map<String, Column> cols = table.columns;
            Matcher m;
            if (sql.startsWith("SELECT COUNT(*) FROM \"SamlLogoutSessions\" WHERE \"Version\" < 0")) {
                require(cols.containsKey("Version"), sql);
                vars.put(into, table.outOfRange);
            } else if ((m = Pattern.compile("ALTER TABLE \"SamlLogoutSessions\" ADD \\(\"(\\w+)\" NUMBER\\((\\d+)\\)\\)")
                    .matcher(sql)).matches()) {
                require(!cols.containsKey(m.group(1)), sql);
                cols.put(m.group(1), new Column(Integer.parseInt(m.group(2)), true, false));
            } else if ((m = Pattern.compile("UPDATE \"SamlLogoutSessions\" SET \"(\\w+)\" = \"(\\w+)\"").matcher(sql))
                    .matches()) {
                require(cols.containsKey(m.group(1)) && cols.containsKey(m.group(2)), sql);
                uncommitted = new LinkedHashMap<>(cols);
                Column to = cols.get(m.group(1));
                cols.put(m.group(1), new Column(to.precision, to.nullable, cols.get(m.group(2)).values));
            } else if ((m = Pattern.compile("ALTER TABLE \"SamlLogoutSessions\" DROP COLUMN \"(\\w+)\"").matcher(sql))
                    .matches()) {
                require(cols.remove(m.group(1)) != null, sql);
            } else if ((m = Pattern.compile("ALTER TABLE \"SamlLogoutSessions\" RENAME COLUMN \"(\\w+)\" TO \"(\\w+)\"")
                    .matcher(sql)).matches()) {
                require(cols.containsKey(m.group(1)) && !cols.containsKey(m.group(2)), sql);
                cols.put(m.group(2), cols.remove(m.group(1)));
            } else if ((m = Pattern.compile("ALTER TABLE \"SamlLogoutSessions\" MODIFY \\(\"(\\w+)\" NOT NULL\\)")
                    .matcher(sql)).matches()) {
                Column c = cols.get(m.group(1));
                require(c != null && c.values, sql + " (NULL in every row)");
                cols.put(m.group(1), new Column(c.precision, false, c.values));
            } else {
                throw new IllegalStateException("the test does not know " + sql);
            }
            if (!sql.startsWith("SELECT") && !sql.startsWith("UPDATE")) {
                uncommitted = null;
            }
        }

        private void require(boolean ok, String sql) {
            if (!ok) {
                throw new IllegalStateException("Oracle would refuse: " + sql);
            }
        }
    }
}
