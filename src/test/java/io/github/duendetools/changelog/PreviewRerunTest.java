package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped while it wrote the SQL preview leaves it incomplete: the rerun finishes it and removes leftovers. */
class PreviewRerunTest {
    @TempDir
    Path dir;

    private ChangelogChanges run(ChangelogOptions options) throws Exception {
        return new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator()).write(NuGetVersion.parse("6.0.0"),
                NuGetVersion.parse("6.3.4"), false, options);
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aRerunFinishesAnInterruptedPreviewAndRemovesItsTemporaryFiles() throws Exception {
        Path sql = dir.resolve("sql");
        ChangelogOptions options = new ChangelogOptions(dir.resolve("changelog"), null, null, null, Map.of(), false,
                List.of("postgresql", "mssql"), sql);
        run(options);
        Map<String, byte[]> complete = files(sql);
        assertTrue(complete.size() >= 8, complete.keySet().toString());

        // As a kill between two preview files leaves it: some files missing, one half-written temporary file.
        Files.delete(sql.resolve("postgresql/operational/6.0-to-6.1.sql"));
        Files.delete(sql.resolve("mssql/configuration/6.1-to-6.3.sql"));
        Files.writeString(sql.resolve("mssql/configuration/.6.1-to-6.3.sql.1.duende-tmp"), "CREATE TAB");

        assertTrue(run(options).nothingToDo(), "the changelogs themselves were complete");
        Map<String, byte[]> after = files(sql);
        assertEquals(complete.keySet(), after.keySet());
        complete.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertFalse(Files.exists(sql.resolve("mssql/configuration/.6.1-to-6.3.sql.1.duende-tmp")));
    }
}
