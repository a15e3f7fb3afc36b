package io.github.duendetools.changelog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.ShowSummaryArgument;

/**
 * Test oracle for the SQL preview: what Liquibase's own offline {@code updateSql} prints for a changelog, with its
 * history-table SQL off and the header lines that name the run time, the file and the version removed.
 */
final class LiquibaseOfflineSql {

    /** Header lines that name the run time, the scratch file or the Liquibase version (MySQL indents by two). */
    private static final Pattern VOLATILE = Pattern.compile("--\\s+(Ran at:|Against:|Liquibase version:|Change Log:)");

    private LiquibaseOfflineSql() {
    }

    /** The offline state CSV lives in a fresh temp file under {@code scratch} so runs never interfere. */
    static String render(Path changelogDirectory, String changelogFile, String dbms, Path scratch) throws Exception {
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
        } finally {
            Files.deleteIfExists(csv);
        }
        return stripVolatileHeader(buffer.toString(StandardCharsets.UTF_8));
    }

    /**
     * What Liquibase's offline {@code rollbackSql} prints for a rollback to {@code tag} after an offline
     * {@code updateSql} of the whole changelog recorded every changeset as ran in the offline state CSV.
     */
    static String renderRollback(Path changelogDirectory, String changelogFile, String dbms, String tag, Path scratch)
            throws Exception {
        Files.createDirectories(scratch);
        Path csv = Files.createTempFile(scratch, "offline-", ".csv");
        Files.delete(csv);
        String url = "offline:" + dbms + "?outputLiquibaseSql=none&changeLogFile="
                + csv.toAbsolutePath().toString().replace('\\', '/');
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            LiquibaseScope.run(changelogDirectory, () -> new CommandScope("updateSql")
                    .addArgumentValue("url", url)
                    .addArgumentValue("changelogFile", changelogFile)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .setOutput(new ByteArrayOutputStream())
                    .execute());
            LiquibaseScope.run(changelogDirectory, () -> new CommandScope("rollbackSql")
                    .addArgumentValue("url", url)
                    .addArgumentValue("changelogFile", changelogFile)
                    .addArgumentValue("tag", tag)
                    .setOutput(buffer)
                    .execute());
        } finally {
            Files.deleteIfExists(csv);
        }
        return stripVolatileHeader(buffer.toString(StandardCharsets.UTF_8));
    }

    /**
     * Drops the volatile lines of the header (up to its first blank line, so a changeset comment that happens to
     * start with "Ran at:" stays), makes line ends LF and keeps one final newline.
     */
    static String stripVolatileHeader(String sql) {
        StringBuilder sb = new StringBuilder();
        boolean header = true;
        for (String line : sql.split("\r?\n", -1)) {
            header &= !line.isEmpty();
            if (header && VOLATILE.matcher(line).lookingAt()) {
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
