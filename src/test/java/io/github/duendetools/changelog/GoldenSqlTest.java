package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.Regeneration;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import io.github.duendetools.schema.Store;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No SQL Server or Oracle here: their offline SQL is compared line by line with reviewed files under
 * {@code changelog/golden/<db>/}, for every step of both stores and for the 8.0 baseline. With
 * {@code -Dduende.regenerate=true} ({@link Regeneration}) the files are written instead, to be reviewed as a diff.
 */
class GoldenSqlTest {

    @TempDir
    Path dir;

    @Test
    void offlineSqlMatchesReviewedFiles() throws Exception {
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir));
        generator.baseline("8.0", ChangelogOptions.defaults(dir));
        List<String> files = new ArrayList<>();
        for (Store store : Store.values()) {
            files.addAll(ChangelogCoverage.read(dir).includes(store));
        }
        int compared = 0;
        for (String db : List.of("mssql", "oracle")) {
            for (String file : files) {
                String actual = SqlPreviewWriter.render(dir, file, db);
                String golden = "/changelog/golden/" + db + "/" + file.replaceAll("\\.xml$", ".sql");
                if (Regeneration.requested()) {
                    Path source = Regeneration.projectFile("src/test/resources" + golden);
                    Files.createDirectories(source.getParent());
                    Files.writeString(source, actual, StandardCharsets.UTF_8);
                } else {
                    compareLines(golden, read(golden), actual);
                }
                compared++;
            }
        }
        assertEquals(2 * 18, compared);
    }

    private static void compareLines(String name, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                fail(name + ":" + (i + 1) + ": expected\n  " + el + "\nbut the generator wrote\n  " + al);
            }
        }
    }

    private String read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, "missing golden file " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
