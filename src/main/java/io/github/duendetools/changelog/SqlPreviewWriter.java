package io.github.duendetools.changelog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.ShowSummaryArgument;

/**
 * SQL a reviewer can read before anything runs: Liquibase's offline mode renders each step file for each
 * requested database into {@code <sqlPreviewDirectory>/<db>/<store>/<step>.sql}, without a database.
 */
public final class SqlPreviewWriter {

    /** Header lines that name the run time, the scratch file or the Liquibase version (MySQL indents by two). */
    private static final java.util.regex.Pattern VOLATILE =
            java.util.regex.Pattern.compile("--\\s+(Ran at:|Against:|Liquibase version:|Change Log:)");

    private SqlPreviewWriter() {
    }

    static void write(ChangelogOptions options, List<Path> written, List<Path> kept) throws IOException {
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
                String sql = render(options.directory(), step.toString().replace('\\', '/'), dbms,
                        options.sqlPreviewDirectory());
                Path target = options.sqlPreviewDirectory().resolve(dbms).resolve(
                        step.toString().replaceAll("\\.xml$", ".sql"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, sql, StandardCharsets.UTF_8);
            }
        }
    }

    /** Offline SQL of one changelog; the offline state CSV lives in a fresh temp file so runs never interfere. */
    public static String render(Path changelogDirectory, String changelogFile, String dbms, Path scratch)
            throws IOException {
        Files.createDirectories(scratch);
        Path csv = Files.createTempFile(scratch, "offline-", ".csv");
        Files.delete(csv);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            LiquibaseScope.run(changelogDirectory, () -> new CommandScope("updateSql")
                    .addArgumentValue("url", "offline:" + dbms + "?outputLiquibaseSql=none&changeLogFile="
                            + csv.toAbsolutePath().toString().replace('\\', '/'))
                    .addArgumentValue("changelogFile", changelogFile)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .setOutput(buffer)
                    .execute());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("offline SQL for " + changelogFile + " on " + dbms + " failed: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(csv);
        }
        return stripVolatileHeader(buffer.toString(StandardCharsets.UTF_8));
    }

    /** Liquibase prints a header with the run time and version; drop it so the preview is deterministic. */
    static String stripVolatileHeader(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\r?\n", -1)) {
            if (VOLATILE.matcher(line).lookingAt()) {
                continue;
            }
            sb.append(line).append('\n');
        }
        String out = sb.toString().stripTrailing();
        return out + "\n";
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
