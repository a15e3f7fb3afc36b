package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.VfatMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample migrated on a FAT file system ({@link VfatMount}: no POSIX modes, no owners, as a Windows drive)
 * ends byte for byte as on the usual one: the project files, every changelog, no temporary file left; a second run
 * there changes nothing.
 */
class MigrateOnFatTest {
    private static final String TARGET = "6.1.8";

    @TempDir
    Path work;

    @Test
    void theSampleMigratesOnFatAsOnTheUsualFileSystem() throws Exception {
        try (VfatMount fat = VfatMount.mount(work)) {
            Path usual = work.resolve("usual");
            migrate(usual);
            migrate(fat.root());

            Map<String, byte[]> project = snapshot(fat.root().resolve("repo"));
            Map<String, byte[]> changelogs = snapshot(fat.root().resolve("changelog"));
            assertSameFiles(snapshot(usual.resolve("repo")), project);
            assertSameFiles(snapshot(usual.resolve("changelog")), changelogs);
            assertTrue(new String(project.get("Directory.Build.props")).contains("<DuendeIdentityServerVersion>" + TARGET + "<"));
            assertTrue(changelogs.size() > 3, changelogs.keySet().toString());
            assertEquals(List.of(), temporaryFiles(fat.root()));

            runMigrate(fat.root());
            assertSameFiles(project, snapshot(fat.root().resolve("repo")));
            assertSameFiles(changelogs, snapshot(fat.root().resolve("changelog")));
        }
    }

    /** A fresh copy of the sample under {@code base}, migrated. */
    private static void migrate(Path base) throws Exception {
        Path sample = Path.of("samples/identity-host");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = base.resolve("repo").resolve(sample.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        runMigrate(base);
    }

    private static void runMigrate(Path base) throws Exception {
        MigrateRun.runQuietly(base.resolve("repo"), base.resolve("changelog"), base.resolve("out"), TARGET);
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".duende-tmp")).toList();
        }
    }
}
