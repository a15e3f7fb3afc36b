package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.schema.CleanupRule;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The changelogs on every Liquibase release a team may run: one per Spring Boot line (2.7 manages 4.9, 3.0 to 3.5
 * manage 4.17 to 4.31), and 4.33. Each release, in a JVM of its own, takes a database through the whole 5.0 to 8.0
 * path with the commands a DBA uses: {@code update}, {@code status}, {@code rollback} to a tag through the combined
 * master, {@code update-sql} for the step ahead, {@code update} again, a rollback through a store's master, and
 * {@code changelog-sync} on a second database. Then this build's Liquibase (4.33), reaching the folder through its
 * parent as a class path does, finds nothing to run and adds no history row: the checksums an older release stored
 * (version 8 before 4.22) and the path it recorded do not make anything run again.
 */
@Slow
class LiquibaseMatrixTest {

    /**
     * The release each Spring Boot line manages (2.7: 4.9.1, 3.0: 4.17.2, 3.1: 4.20.0, 3.2: 4.24.0, 3.3: 4.27.0,
     * 3.4: 4.29.2, 3.5: 4.31.1; the IT liquibase-apply-anywhere shows 3.5.7's), and the 4.33.0 the build compiles against.
     */
    private static final List<String> RELEASES = List.of("4.9.1", "4.17.2", "4.20.0", "4.24.0", "4.27.0", "4.29.2",
            "4.31.1", "4.33.0");
    private static final String ROOT = "duende-changelog.xml";
    private static final String OPERATIONAL = "duende-operational.xml";

    @TempDir
    static Path parent;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeFolder() throws Exception {
        ChangelogGenerator generator = new ChangelogGenerator();
        Path folder = parent.resolve("duende");
        generator.baseline("5.0", ChangelogOptions.defaults(folder));
        generator.generate("5.0", "8.0", ChangelogOptions.defaults(folder));
        Path optIn = parent.resolve("opt-in");
        generator.baseline("5.0", ChangelogOptions.defaults(optIn));
        generator.generate("5.0", "8.0", ChangelogOptions.defaults(optIn).withLowLock(true)
                .withPurge(new PurgeOptions(true, true, CleanupRule.DEFAULT_CONSUMED_DELAY_SECONDS)));
    }

    /** Every cell; {@code -Dliquibase.matrix.releases=4.9.1,4.33.0} runs those releases alone. */
    static Stream<Arguments> cells() {
        return RELEASES.stream().filter(LiquibaseMatrixTest::selected).flatMap(r -> Stream.of("h2", "postgresql", "mariadb").map(e -> Arguments.of(r, e)));
    }

    /** Whether {@code -Dliquibase.matrix.releases} (a comma-separated list; all when unset) names the release. */
    private static boolean selected(String release) {
        String only = System.getProperty("liquibase.matrix.releases", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(release);
    }

    @ParameterizedTest(name = "Liquibase {0} on {1}")
    @MethodSource("cells")
    void theWholePathRunsOnTheReleaseAnd433RunsNothingAfterIt(String release, String engine) throws Exception {
        Path folder = parent.resolve("duende");
        try (TestEngines db = TestEngines.createOnDisk(engine, dir)) {
            List<String> out = run(release, folder, db,
                    "update " + ROOT,
                    "status " + ROOT,
                    "rollback " + ROOT + " duende-7.0",
                    "status " + ROOT,
                    "updateSql " + ROOT,
                    "status " + ROOT,
                    "update " + ROOT,
                    "rollback " + OPERATIONAL + " duende-7.0-operational",
                    "status " + OPERATIONAL,
                    "update " + OPERATIONAL,
                    "status " + ROOT);
            assertEquals("0 unrun", result(out.get(1)), "status after update");
            assertOnly80(result(out.get(3)), "after the rollback to duende-7.0");
            // update-sql prints the 8.0 step's statements for this database, without running them
            assertEquals(createTables(folder, engine) + " CREATE TABLE", result(out.get(4)), "update-sql at 7.0");
            assertEquals(result(out.get(3)), result(out.get(5)), "update-sql ran nothing");
            assertOnly80(result(out.get(8)), "after the rollback to duende-7.0-operational");
            assertEquals("0 unrun", result(out.get(10)), "status at the end");

            long rows = db.count("SELECT COUNT(*) FROM " + db.history());
            long tags = db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE TAG IS NOT NULL");
            LiquibaseRunner current = db.liquibase(parent);
            String status = current.status("duende/" + ROOT);
            assertTrue(status.contains("is up to date"), "Liquibase 4.33 through the folder's parent:\n" + status);
            current.update("duende/" + ROOT);
            assertEquals(rows, db.count("SELECT COUNT(*) FROM " + db.history()), "history rows after 4.33's update");
            assertEquals(tags, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE TAG IS NOT NULL"), "tags");
        }
        try (TestEngines db = TestEngines.createOnDisk(engine, dir)) {
            List<String> out = run(release, folder, db, "sync " + ROOT, "status " + ROOT);
            assertEquals("0 unrun", result(out.get(1)), "status after changelog-sync");
            assertTrue(!db.hasColumn("Clients", "Id"), "changelog-sync created a table");
            assertTrue(db.count("SELECT COUNT(*) FROM " + db.history()) > 0);
        }
    }

    /**
     * The opt-in changesets (each server's low-lock ones, and the purge, which runs only with {@code duende.purge=true})
     * on the oldest release and on the first that sums checksums as 4.33 does: cheapest proof that what those releases
     * parse and run (stored procedures, triggers, {@code runInTransaction="false"}, the property precondition) works.
     */
    static Stream<Arguments> optInCells() {
        return Stream.of("4.9.1", "4.24.0").filter(LiquibaseMatrixTest::selected)
                .flatMap(r -> Stream.of("postgresql", "mariadb").map(e -> Arguments.of(r, e)));
    }

    @ParameterizedTest(name = "Liquibase {0} on {1}, low lock and purge")
    @MethodSource("optInCells")
    void theOptInChangesetsRunOnOlderReleases(String release, String engine) throws Exception {
        Path folder = parent.resolve("opt-in");
        try (TestEngines db = TestEngines.createOnDisk(engine, dir)) {
            List<String> out = run(release, folder, db, List.of("-Dduende.purge=true"),
                    "update " + ROOT,
                    "status " + ROOT,
                    "rollback " + ROOT + " duende-6.0",
                    "update " + ROOT,
                    "status " + ROOT);
            assertEquals("0 unrun", result(out.get(1)), "status after update");
            assertEquals("0 unrun", result(out.get(4)), "status after the rollback to 6.0 and a second update");
            String executed = "SELECT COUNT(*) FROM " + db.history() + " WHERE EXECTYPE = 'EXECUTED' AND ID LIKE ";
            assertTrue(db.count(executed + (engine.equals("mariadb") ? "'%-mysql-low-lock%'" : "'%-online%'")) > 0,
                    "low-lock changesets ran");
            assertTrue(db.count(executed + "'%-purge-%'") > 0, "the purge ran");
            assertTrue(db.liquibase(parent).status("opt-in/" + ROOT).contains("is up to date"),
                    "Liquibase 4.33 through the folder's parent");
        }
    }

    private static void assertOnly80(String status, String when) {
        List<String> ids = Arrays.asList(status.split(" "));
        assertTrue(Integer.parseInt(ids.get(0)) > 0, when + ": nothing to run again: " + status);
        for (String id : ids.subList(2, ids.size())) {
            // The rollback also takes back the tag it returned to and the empty changeset after it (README); a store
            // master's own empty changesets never ran on a database updated through the combined master.
            boolean tagOf70 = id.startsWith("duende-7.0-") && id.endsWith("tag");
            boolean storeMastersOwn = id.endsWith("-after-tag");
            assertTrue(id.startsWith("duende-8.0-") || tagOf70 || storeMastersOwn,
                    when + ": " + id + " is not an 8.0 changeset: " + status);
        }
    }

    /** How many CREATE TABLE the 7.0 to 8.0 step files hold for {@code engine}: what update-sql must print at 7.0. */
    private static long createTables(Path folder, String engine) throws IOException {
        Pattern sql = Pattern.compile("<sql dbms=\"([^\"]*)\"[^>]*>([^<]*)</sql>");
        long n = 0;
        for (String store : List.of("configuration", "operational")) {
            Matcher m = sql.matcher(Files.readString(folder.resolve(store + "/7.0-to-8.0.xml")));
            while (m.find()) {
                if (Arrays.asList(m.group(1).split(",")).contains(engine)) {
                    n += m.group(2).split("CREATE TABLE", -1).length - 1;
                }
            }
        }
        return n;
    }

    private static String result(String line) {
        return line.substring(line.indexOf(" => ") + 4);
    }

    /** Runs the commands on {@code release} in a JVM of its own; its output lines, one per command. */
    private static List<String> run(String release, Path searchPath, TestEngines db, String... commands)
            throws IOException, InterruptedException {
        return run(release, searchPath, db, List.of(), commands);
    }

    /** As above, with {@code jvmOptions} ({@code -Dduende.x=y} becomes the changelog property {@code duende.x}). */
    private static List<String> run(String release, Path searchPath, TestEngines db, List<String> jvmOptions,
                                    String... commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dliquibase.analytics.enabled=false"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(release), LiquibaseReleaseRun.class.getName(),
                searchPath.toString(), db.url, db.user == null ? "-" : db.user));
        command.addAll(List.of(commands));
        Path log = Files.createTempFile("liquibase-" + release, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Liquibase " + release + " did not finish; its output is in " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        List<String> lines = output.lines().filter(l -> l.contains(" => ")).collect(Collectors.toList());
        assertTrue(process.exitValue() == 0 && lines.size() == commands.length,
                "Liquibase " + release + " on " + db.engine + ":\n" + output);
        return lines;
    }

    /** The test class path with {@code release}'s liquibase-core in place of the one the build compiles against. */
    private static String classPath(String release) {
        List<String> entries = new ArrayList<>();
        boolean replaced = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().matches("liquibase-core-.*\\.jar")) {
                Path jar = release.equals(currentRelease()) ? Path.of(entry)
                        : Path.of(System.getProperty("liquibase.matrix.directory", "target/liquibase-matrix"),
                                "liquibase-core-" + release + ".jar");
                assertTrue(Files.isRegularFile(jar), jar + " is missing: the build copies it (maven-dependency-plugin)");
                entries.add(jar.toString());
                replaced = true;
            } else {
                entries.add(entry);
            }
        }
        assertTrue(replaced, "no liquibase-core on the test class path");
        return String.join(File.pathSeparator, entries);
    }

    private static String currentRelease() {
        return liquibase.util.LiquibaseUtil.getBuildVersion();
    }
}
