package io.github.duendetools.changelog.preview;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.schema.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL a reviewer can read before anything runs: each step file, for each requested database, rendered into
 * {@code <sqlPreviewDirectory>/<db>/<store>/<step>.sql} exactly as Liquibase's offline {@code updateSql} would print
 * it, without a database and without loading Liquibase (the plugin does not depend on it at run time).
 */
public final class SqlPreviewWriter {

    private SqlPreviewWriter() {
    }

    /**
     * Renders each step file ({@code <store>/<step>.xml}, relative to {@code changelogDirectory}) for each database
     * short name into {@code previewDirectory/<db>/<store>/<step>.sql}.
     */
    public static void write(Path changelogDirectory, List<String> steps, List<String> databases, Path previewDirectory)
            throws IOException, InputException {
        List<String> sorted = new ArrayList<>(steps);
        sorted.sort(null);
        for (String db : databases) {
            String dbms = db.trim().toLowerCase(Locale.ROOT);
            if (Dialect.forDbms(dbms).isEmpty()) {
                throw new IllegalArgumentException("unknown database '" + db
                        + "' for SQL preview; use mssql, postgresql, mysql, mariadb, oracle, sqlite or h2");
            }
            Set<Path> cleaned = new HashSet<>();
            for (String step : sorted) {
                Path target = previewDirectory.resolve(dbms).resolve(step.replaceAll("\\.xml$", ".sql"));
                if (cleaned.add(target.getParent()) && Files.isDirectory(target.getParent())) {
                    // What a run stopped while writing the preview left there.
                    AtomicFile.removeLeftovers(target.getParent());
                }
                AtomicFile.write(target, render(changelogDirectory, step, dbms).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Offline SQL of one changelog (and the files it includes), a path inside {@code changelogDirectory}. */
    public static String render(Path changelogDirectory, String changelogFile, String dbms) throws InputException {
        return OfflineSqlRenderer.render(PreviewChangelogReader.read(changelogDirectory, changelogFile), dbms);
    }
}
