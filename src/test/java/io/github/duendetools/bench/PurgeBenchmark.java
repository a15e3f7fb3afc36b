package io.github.duendetools.bench;

import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.PurgeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The saving of the opt-in purge on PostgreSQL: the default 6.0 -> 6.1 changelog applied by Liquibase to grants of
 * which three in four are expired, without the purge and with it first (the changelog written with
 * {@code purgeExpiredGrants}, the update run with the system property {@code duende.purge=true}, as
 * {@code -Dduende.purge=true} gives it). Each run starts from a freshly loaded, analysed 6.0 database of its own
 * ({@value #DATABASE}, dropped at the end). Writes {@code purge.md} under the benchmark output folder.
 *
 * <pre>mvn -B test -Dtest=PurgeBenchmark -Dsurefire.excludedGroups=none -Dbench.grants.rows=1000000</pre>
 */
@Tag("benchmark")
class PurgeBenchmark {

    private static final String DATABASE = "duende_bench_purge";

    @Test
    void keyMoveWithAndWithoutThePurgeFirst() throws Exception {
        int rows = BenchConfig.grantRows();
        int runs = BenchConfig.grantRuns();
        Path work = Files.createDirectories(BenchConfig.outputDir().resolve("purge"));
        Path base = work.resolve("base");
        Path plain = work.resolve("plain");
        Path purge = work.resolve("purge");
        deleteTree(work);
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(base));
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(plain));
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(purge)
                .withPurge(new PurgeOptions(true, false, 0)));

        List<String> lines = new ArrayList<>();
        lines.add("| variant | run | rows before | expired before | rows after | wall s (update) |");
        lines.add("|---|---|---|---|---|---|");
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        try {
            for (int run = 1; run <= runs; run++) {
                for (boolean purged : new boolean[] {false, true}) {
                    long[] before = load(base, rows);
                    double seconds;
                    try (Connection c = connect(DATABASE)) {
                        if (purged) {
                            System.setProperty("duende.purge", "true");
                        }
                        long start = System.nanoTime();
                        try {
                            LiquibaseApply.update(c, purged ? purge : plain, "duende-changelog.xml");
                        } finally {
                            System.clearProperty("duende.purge");
                        }
                        seconds = (System.nanoTime() - start) / 1e9;
                    }
                    long after = count("SELECT COUNT(*) FROM \"PersistedGrants\" WHERE \"Id\" IS NOT NULL");
                    (purged ? with : without).add(seconds);
                    lines.add("| " + (purged ? "purge first, then key move" : "key move (default changelog)") + " | "
                            + run + " | " + before[0] + " | " + before[1] + " | " + after + " | "
                            + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " |");
                }
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        lines.add("");
        lines.add(String.format(java.util.Locale.ROOT, "Medians: without the purge %.2f s, with the purge first %.2f s.",
                Stats.median(without), Stats.median(with)));
        Files.write(BenchConfig.outputDir().resolve("purge.md"), lines);
        lines.forEach(System.out::println);
    }

    /** A fresh 6.0 database: the plugin's baseline, then the grants, three in four expired; rows and expired rows. */
    private long[] load(Path base, int rows) throws Exception {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        try (Connection c = connect(DATABASE)) {
            LiquibaseApply.update(c, base, "duende-changelog.xml");
        }
        try (Connection c = connect(DATABASE)) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\","
                    + " \"SubjectId\", \"SessionId\", \"ClientId\", \"CreationTime\", \"Expiration\", \"ConsumedTime\","
                    + " \"Data\") SELECT encode(sha256(convert_to('grant-' || g, 'UTF8')), 'hex'),"
                    + " (ARRAY['authorization_code','refresh_token','reference_token','user_consent'])[1 + g % 4],"
                    + " 'user-' || lpad(((g * 7919) % 10000)::text, 5, '0'), upper(substr(md5('session-' || (g % 250000)), 1, 32)),"
                    + " 'client-' || lpad((g % 50)::text, 2, '0'), now() - interval '60 days',"
                    // Three in four expired, between one second and thirty days ago; the rest expire in a month.
                    + " CASE WHEN g % 4 = 0 THEN now() + interval '30 days' ELSE now() - (1 + g % 2592000) * interval '1 second' END,"
                    + " CASE WHEN g % 10 = 0 THEN now() - interval '1 day' END,"
                    + " '{\"SubjectId\":\"' || g || '\",\"Claims\":\"' || substr(repeat(md5(g::text) || md5((g * 31)::text), 24), 1,"
                    + " 570 + ((g * 2654435761) % 901)::int) || '\"}'"
                    + " FROM generate_series(1::bigint, ?::bigint) AS g")) {
                insert.setLong(1, rows);
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE \"PersistedGrants\"");
                s.execute("CHECKPOINT");
            }
        }
        return new long[] {count("SELECT COUNT(*) FROM \"PersistedGrants\""),
            count("SELECT COUNT(*) FROM \"PersistedGrants\" WHERE \"Expiration\" < now()")};
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(BenchConfig.postgresUrl() + database, "postgres", "");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect("test"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
