package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL a reviewer can read before anything runs: each step file, for each requested database, rendered into
 * {@code <sqlPreviewDirectory>/<db>/<store>/<step>.sql} exactly as Liquibase's offline {@code updateSql} would print
 * it, without a database and without loading Liquibase (the plugin does not depend on it at run time).
 */
public final class SqlPreviewWriter {

    private SqlPreviewWriter() {
    }

    static void write(ChangelogOptions options, List<Path> written, List<Path> kept)
            throws IOException, InputException {
        if (options.sqlPreview().isEmpty() || options.sqlPreviewDirectory() == null) {
            return;
        }
        List<Path> steps = new ArrayList<>();
        for (Path p : concat(written, kept)) {
            Path rel = options.directory().relativize(p);
            if (rel.getNameCount() == 2 && ChangelogCoverage.reached(rel.toString().replace('\\', '/')).isPresent()) {
                steps.add(rel);
            }
        }
        steps.sort(null);
        for (String db : options.sqlPreview()) {
            String dbms = db.trim().toLowerCase(Locale.ROOT);
            if (Dialect.forDbms(dbms).isEmpty()) {
                throw new IllegalArgumentException("unknown database '" + db
                        + "' for SQL preview; use mssql, postgresql, mysql, mariadb, oracle, sqlite or h2");
            }
            for (Path step : steps) {
                String sql = render(options.directory(), step.toString().replace('\\', '/'), dbms);
                Path target = options.sqlPreviewDirectory().resolve(dbms).resolve(
                        step.toString().replaceAll("\\.xml$", ".sql"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, sql, StandardCharsets.UTF_8);
            }
        }
    }

    /** Offline SQL of one changelog (and the files it includes), a path inside {@code changelogDirectory}. */
    public static String render(Path changelogDirectory, String changelogFile, String dbms) throws InputException {
        return OfflineSqlRenderer.render(PreviewChangelogReader.read(changelogDirectory, changelogFile), dbms);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
