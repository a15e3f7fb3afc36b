package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import io.github.duendetools.database.Database;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.schema.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table names a hostile or careless configuration gives (quotes of every kind, semicolons, comment markers, the longest
 * name every engine keeps) reach every emitted identifier and literal safely: the whole path 6.0 to 8.0 is applied by
 * Liquibase on H2, SQLite, PostgreSQL and MariaDB, twice, and on the offline databases the plugin's SQL preview is
 * what Liquibase's offline SQL prints.
 */
@Slow
class HostileNamesTest {
    /** Every table of the path that a step changes, under a name no database takes unquoted. */
    static final Map<String, String> NAMES = Map.of(
            "PersistedGrants", "Per'sisted;Grants--x",
            "Clients", "Cl\"i`e]nts/*x*/#",
            "ServerSideSessions", "S" + "e".repeat(TableNameCheck.MAX_NAME_BYTES - 2) + "s",
            "Keys", "Ke''y\"\"s;");

    @TempDir
    Path dir;

    private ChangelogOptions write(List<String> preview) throws Exception {
        ChangelogOptions options = new ChangelogOptions(dir.resolve("changelog"), null, null, null, NAMES, false,
                preview, dir.resolve("sql"));
        new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator()).write(NuGetVersion.parse("6.0.0"),
                NuGetVersion.parse("8.0.3"), false, options);
        return options;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void thePathAppliesTwiceWithHostileNames(String db) throws Exception {
        ChangelogOptions options = write(List.of());
        String name = "duende_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = db.equals("postgresql") ? "postgres" : db.equals("mariadb") ? "root" : "sa";
        String admin = db.equals("postgresql") ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
        String url = switch (db) {
            case "h2" -> "jdbc:h2:" + dir.resolve("h2");
            case "sqlite" -> "jdbc:sqlite:" + dir.resolve("ids.db");
            default -> admin.replace("/test", "/" + name);
        };
        Connection server = db.equals("postgresql") || db.equals("mariadb") ? ServerConnections.adminOrSkip(db, admin, user) : null;
        try {
            if (server != null) {
                try (Statement s = server.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
            String password = db.equals("sqlite") ? null : "";
            LiquibaseRunner lb = new LiquibaseRunner(options.directory(), url, db.equals("sqlite") ? null : user, password);
            lb.update(ChangelogFolder.ROOT_MASTER);
            Dialect dialect = Dialect.forDbms(db).orElseThrow();
            String history = db.equals("postgresql") ? "databasechangelog" : "DATABASECHANGELOG";
            long ran;
            try (Connection c = DriverManager.getConnection(url, db.equals("sqlite") ? null : user, password);
                 Statement s = c.createStatement()) {
                for (String table : NAMES.values()) {
                    assertEquals(0, count(s, "SELECT COUNT(*) FROM " + Database.of(dialect).quote(table)), table);
                }
                ran = count(s, "SELECT COUNT(*) FROM " + history);
            }
            lb.update(ChangelogFolder.ROOT_MASTER);
            try (Connection c = DriverManager.getConnection(url, db.equals("sqlite") ? null : user, password);
                 Statement s = c.createStatement()) {
                assertEquals(ran, count(s, "SELECT COUNT(*) FROM " + history), "a second update changes nothing");
            }
        } finally {
            if (server != null) {
                try (Statement s = server.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                }
                server.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "mysql", "postgresql"})
    void theOfflineSqlOfEveryFileIsLiquibasesOwn(String db) throws Exception {
        ChangelogOptions options = write(List.of());
        List<String> files;
        try (Stream<Path> walk = Files.walk(options.directory())) {
            files = walk.filter(Files::isRegularFile).map(p -> options.directory().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        for (String file : files) {
            String liquibase = LiquibaseOfflineSql.render(options.directory(), file, db, dir.resolve("scratch"));
            assertEquals(liquibase, SqlPreviewWriter.render(options.directory(), file, db), file + " on " + db);
        }
    }
}
