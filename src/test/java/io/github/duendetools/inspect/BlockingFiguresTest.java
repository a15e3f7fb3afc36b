package io.github.duendetools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.duendetools.database.Strategy;
import io.github.duendetools.schema.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * inspect's blocking estimates quote the benchmark: each figure of {@code writers-blocked.csv} must be the one
 * BENCHMARKS.md's key-move table gives (variant "changelog" for blocking, "changelog-low-lock" for low-lock), so a
 * re-measured benchmark that is not copied into the data fails here instead of leaving inspect quoting old numbers.
 */
class BlockingFiguresTest {

    private static final TableStats MILLION = new TableStats(1_000_000, 1L << 30);

    @Test
    void everyFigureIsTheBenchmarksOwn() throws Exception {
        List<String> benchmarks = Files.readAllLines(Path.of("BENCHMARKS.md"));
        BlockingFigures figures = BlockingFigures.builtIn();
        List<String> checked = new ArrayList<>();
        for (Object[] row : new Object[][] {
                {Dialect.POSTGRESQL, "PostgreSQL", Strategy.BLOCKING, "changelog"},
                {Dialect.POSTGRESQL, "PostgreSQL", Strategy.LOW_LOCK, "changelog-low-lock"},
                {Dialect.MYSQL, "MariaDB", Strategy.BLOCKING, "changelog"},
                {Dialect.MYSQL, "MariaDB", Strategy.LOW_LOCK, "changelog-low-lock"}}) {
            BlockingFigures.Figure figure = figures.figure((Dialect) row[0], "move-key", (Strategy) row[2]);
            assertNotNull(figure, row[0] + " " + row[2]);
            assertEquals(writersBlocked(benchmarks, (String) row[1], (String) row[3]), figure.seconds(), 1e-9,
                    row[1] + " " + row[3]);
            assertEquals(true, figure.measuredOn().startsWith((String) row[1]), figure.measuredOn());
            checked.add(row[1] + " " + row[3]);
        }
        assertEquals(4, checked.size());
    }

    @Test
    void estimatesScaleWithRowsOrStayPerChange() {
        BlockingFigures figures = BlockingFigures.builtIn();
        BlockingEstimate blocking = figures.estimate(Dialect.POSTGRESQL, "move-key", Strategy.BLOCKING,
                new TableStats(2_500_000, -1));
        assertEquals(2.5 * figures.figure(Dialect.POSTGRESQL, "move-key", Strategy.BLOCKING).seconds(),
                blocking.seconds(), 1e-9);
        BlockingEstimate swap = figures.estimate(Dialect.POSTGRESQL, "move-key", Strategy.LOW_LOCK,
                new TableStats(2_500_000, -1));
        assertEquals(figures.figure(Dialect.POSTGRESQL, "move-key", Strategy.LOW_LOCK).seconds(), swap.seconds(), 1e-9);
        assertEquals(BlockingEstimate.NONE, figures.estimate(Dialect.MSSQL, "create-index", Strategy.ONLINE, MILLION));
        BlockingEstimate unmeasured = figures.estimate(Dialect.ORACLE, "move-key", Strategy.BLOCKING, MILLION);
        assertNull(unmeasured.seconds());
        assertEquals("not estimated: no benchmark figure for this change on this database", unmeasured.text());
        BlockingEstimate noCount = figures.estimate(Dialect.POSTGRESQL, "move-key", Strategy.BLOCKING, TableStats.UNKNOWN);
        assertNull(noCount.seconds());
        assertEquals("not estimated: the database keeps no row count for the table", noCount.text());
    }

    /** The "writers blocked s" cell of the variant's row in the engine's table of BENCHMARKS.md section 1. */
    private static double writersBlocked(List<String> lines, String engine, String variant) {
        boolean inEngine = false;
        int column = -1;
        for (String line : lines) {
            if (line.startsWith("**")) {
                inEngine = line.startsWith("**" + engine);
                column = -1;
            } else if (inEngine && line.startsWith("| variant |")) {
                column = cells(line).indexOf("writers blocked s");
            } else if (inEngine && column >= 0 && line.startsWith("| " + variant + " |")) {
                return Double.parseDouble(cells(line).get(column));
            }
        }
        throw new AssertionError("BENCHMARKS.md has no " + engine + " row for " + variant);
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String cell : row.substring(1, row.length() - 1).split("\\|")) {
            out.add(cell.trim());
        }
        return out;
    }
}
