package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From each generation to each later one on H2: baseline of the source, update, roll back to the source's tags,
 * update again, and a second update that runs nothing.
 */
@Slow
class H2MatrixTest {

    @TempDir
    Path dir;

    static Stream<Arguments> pairs() {
        List<String> g = DuendeSchema.load().generations();
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = i + 1; j < g.size(); j++) {
                out.add(Arguments.of(g.get(i), g.get(j)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("pairs")
    void appliesRollsBackAndReapplies(String from, String to) throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            ChangelogGenerator generator = new ChangelogGenerator();
            generator.baseline(from, ChangelogOptions.defaults(dir.resolve("base")));
            generator.generate(from, to, ChangelogOptions.defaults(dir.resolve("steps")));
            new LiquibaseRunner(dir.resolve("base"), url, null, null).update(ChangelogFolder.ROOT_MASTER);
            long tables = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            LiquibaseRunner lb = new LiquibaseRunner(dir.resolve("steps"), url, null, null);
            lb.update(ChangelogFolder.ROOT_MASTER);
            long after = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            long expected = generator.schema().stateAt(Store.CONFIGURATION, to).tables().size()
                    + generator.schema().stateAt(Store.OPERATIONAL, to).tables().size() + 2;
            assertEquals(expected, after, "tables at " + to);
            lb.rollbackToTag(ChangelogFolder.ROOT_MASTER, ChangelogGenerator.tag(from, Store.CONFIGURATION));
            assertEquals(tables, count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"));
            lb.update(ChangelogFolder.ROOT_MASTER);
            long ran = count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG");
            lb.update(ChangelogFolder.ROOT_MASTER);
            assertEquals(ran, count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG"), "second update runs nothing");
        }
    }
}
