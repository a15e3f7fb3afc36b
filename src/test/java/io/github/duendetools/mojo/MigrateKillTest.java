package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.AtomicFileProbe;
import io.github.duendetools.ChildProcess;
import io.github.duendetools.Slow;
import io.github.duendetools.migrate.MigrateLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real migrate process is killed ({@code SIGKILL}) at steps spread over its whole write phase (changelogs, the
 * in-progress marker, twenty project files; inside a temporary file, before and after each rename), then a plain
 * migrate runs: every time, every project file ends at the target, no temporary file is left, and the changelogs
 * are byte for byte those of an uninterrupted run.
 */
@Slow
class MigrateKillTest {
    private static final String FROM = "6.0.0";
    private static final String TARGET = "6.3.0";
    /**
     * Every step of a write is a kill point, but each kill costs a JVM start: kill at every fourth. Each file has three
     * steps, so the points move through all three kinds (partial temporary file, complete one, renamed).
     */
    private static final int STRIDE = 4;

    @TempDir
    Path work;

    @Test
    void killedAnywhereInTheWritePhaseAPlainRerunFinishesTheJob() throws Exception {
        Path reference = work.resolve("reference");
        tree(reference.resolve("repo"));
        AtomicInteger steps = new AtomicInteger();
        AtomicFileProbe.install(steps, 0, () -> { });
        try {
            migrate(reference);
        } finally {
            AtomicFileProbe.remove();
        }
        Map<String, byte[]> expectedRepo = snapshot(reference.resolve("repo"));
        Map<String, byte[]> expectedChangelogs = snapshot(reference.resolve("changelog"));
        assertTrue(steps.get() >= 3 * (9 + 1 + 19), "steps counted: " + steps.get());

        List<Integer> points = new ArrayList<>();
        for (int k = 1; k <= steps.get(); k += STRIDE) {
            points.add(k);
        }
        // After the last rename, before the in-progress marker is removed.
        points.add(steps.get());
        for (int k : points) {
            Path run = work.resolve("killed-at-" + k);
            tree(run.resolve("repo"));
            killAt(run, k);

            migrate(run);

            String at = "killed at step " + k + " of " + steps.get();
            assertSameFiles(at, expectedRepo, snapshot(run.resolve("repo")));
            assertSameFiles(at, expectedChangelogs, snapshot(run.resolve("changelog")));
            assertEquals(List.of(), temporaryFiles(run), at);
            // Only the lock file stays: it means nothing once no process holds its lock.
            assertEquals(List.of(), filesIn(run.resolve("out")).stream()
                    .filter(p -> !p.getFileName().toString().equals(MigrateLock.FILE_NAME)).toList(), at);
        }
    }

    /** Twenty projects: eighteen declare the version themselves, two read it from Directory.Build.props. */
    private static void tree(Path repo) throws IOException {
        for (int i = 1; i <= 18; i++) {
            String name = String.format("App%02d", i);
            write(repo.resolve("src/" + name + "/" + name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                    + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
                    + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"" + FROM + "\" /></ItemGroup>\n"
                    + "</Project>\n");
        }
        write(repo.resolve("Directory.Build.props"),
                "<Project>\n  <PropertyGroup><DuendeVersion>" + FROM + "</DuendeVersion></PropertyGroup>\n</Project>\n");
        for (String name : List.of("Data1", "Data2")) {
            write(repo.resolve("src/" + name + "/" + name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                    + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
                    + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer.EntityFramework\" Version=\"$(DuendeVersion)\" /></ItemGroup>\n"
                    + "</Project>\n");
        }
    }

    private static void migrate(Path run) throws Exception {
        MigrateRun.runQuietly(run.resolve("repo"), run.resolve("changelog"), run.resolve("out"), TARGET);
    }

    private static void killAt(Path run, int step) throws Exception {
        try (ChildProcess child = ChildProcess.start(StoppableMigrate.class, run.resolve("repo").toString(),
                run.resolve("changelog").toString(), run.resolve("out").toString(), TARGET, Integer.toString(step))) {
            if (!child.awaitLine(StoppableMigrate.STOPPED)) {
                child.awaitExit();
                fail("the process ended before step " + step + ": " + child.stderr());
            }
            child.kill();
        }
    }

    private static List<Path> temporaryFiles(Path run) throws IOException {
        try (Stream<Path> all = Files.walk(run)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".duende-tmp")
                    || p.getFileName().toString().matches("\\.duende-[0-9]+\\.tmp")).toList();
        }
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path p : filesIn(dir)) {
            files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static void assertSameFiles(String at, Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), at);
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), at + ": " + name));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
