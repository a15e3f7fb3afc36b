package io.github.duendetools.dbproof;

import io.github.duendetools.inspect.StepCost;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What inspect costs on a PostgreSQL database with a large PersistedGrants table (6.0, before the 6.1 key move):
 * the inspection alone in a warm JVM, and {@code mvn duende:inspect} without a POM against the same command with
 * {@code duende.skip} (Maven's start-up and plugin loading). Never run by the build; figures go to target/bench.
 * {@code -Dbench.inspect.rows} sets the size; {@code -Dbench.inspect.repo} a local repository the plugin is installed in.
 */
@Tag("benchmark")
@RequiresServer(Engine.POSTGRESQL)
class InspectBenchmark {

    @Test
    void inspectOnALargeGrantsTable() throws Exception {
        int rows = Integer.getInteger("bench.inspect.rows", 1_000_000);
        int runs = Integer.getInteger("bench.inspect.runs", 5);
        List<String> out = new ArrayList<>();
        try (TestDatabase db = TestDatabase.create(Engine.POSTGRESQL)) {
            Naming naming = InspectTesting.build(db, "6.0", ProofVariant.DEFAULTS, false);
            long load = System.nanoTime();
            db.execute("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"SubjectId\", \"SessionId\", \"ClientId\","
                    + " \"CreationTime\", \"Expiration\", \"Data\") SELECT md5(g::text) || g, 'refresh_token', 'user' || (g % 50000),"
                    + " md5((g % 90000)::text), 'client' || (g % 20), now(), now() + interval '30 days', repeat('x', 400)"
                    + " FROM generate_series(1, " + rows + ") g", "ANALYZE");
            out.add("rows=" + rows + " load+analyze_s=" + seconds(System.nanoTime() - load));
            var options = InspectTesting.options(naming, ProofVariant.DEFAULTS, false).withTarget("6.1");
            List<Long> inJvm = new ArrayList<>();
            Map<Store, StoreReport> last = null;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                last = InspectTesting.inspect(db, options);
                inJvm.add(System.nanoTime() - t);
            }
            StepCost move = last.get(Store.OPERATIONAL).costs().stream()
                    .filter(c -> c.change().startsWith("move the primary key")).findFirst().orElseThrow();
            out.add("in-JVM inspection ms (first, then warm): " + inJvm.stream().map(n -> String.valueOf(n / 1_000_000)).toList());
            out.add("PersistedGrants as inspect reports it: rows=" + move.stats().rows() + " bytes=" + move.stats().bytes());
            String repo = System.getProperty("bench.inspect.repo");
            if (repo != null) {
                for (int i = 0; i < 3; i++) {
                    out.add("mvn duende:inspect s=" + mvn(repo, db.url(), false) + "  with duende.skip s=" + mvn(repo, db.url(), true));
                }
            }
        }
        Path file = Path.of("target/bench/inspect.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
    }

    private static String mvn(String repo, String url, boolean skip) throws Exception {
        Path dir = Files.createTempDirectory("inspect-bench");
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Dmaven.repo.local=" + repo,
                "io.github.duendetools:duende-maven-plugin:0.1.0-SNAPSHOT:inspect", "-Dduende.url=" + url,
                "-Dduende.username=postgres", "-Dduende.targetVersion=6.1.8", "-Dduende.failOnBehind=false"));
        if (skip) {
            command.add("-Dduende.skip=true");
        }
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(new File(dir.toFile(), "log.txt")).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("mvn failed: " + Files.readString(dir.resolve("log.txt")));
        }
        return seconds(System.nanoTime() - t);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
