package io.github.duendetools.changelog;

import java.nio.file.Path;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.ShowSummaryArgument;

/** Test helper: Liquibase commands against a JDBC URL, quietly. */
final class LiquibaseRunner {

    private final Path dir;
    private final String url;
    private final String user;
    private final String password;

    LiquibaseRunner(Path dir, String url, String user, String password) {
        this.dir = dir;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void update(String changelog) throws Exception {
        LiquibaseScope.run(dir, () -> scope("update", changelog)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF).execute());
    }

    void rollbackToTag(String changelog, String tag) throws Exception {
        LiquibaseScope.run(dir, () -> scope("rollback", changelog).addArgumentValue("tag", tag).execute());
    }

    /** What {@code rollbackSql} prints for a rollback to {@code tag}: the SQL, run against nothing. */
    String rollbackSql(String changelog, String tag) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        LiquibaseScope.run(dir, () -> scope("rollbackSql", changelog).addArgumentValue("tag", tag).setOutput(out).execute());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Rolls back the {@code count} changesets that ran last. */
    void rollbackCount(String changelog, int count) throws Exception {
        LiquibaseScope.run(dir, () -> scope("rollbackCount", changelog).addArgumentValue("count", count).execute());
    }

    void updateToTag(String changelog, String tag) throws Exception {
        LiquibaseScope.run(dir, () -> scope("updateToTag", changelog).addArgumentValue("tag", tag)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF).execute());
    }

    /** Liquibase's own {@code tag} command: a DBA's tag on the last history row. */
    void tag(String tag) throws Exception {
        LiquibaseScope.run(dir, () -> scope("tag", null).addArgumentValue("tag", tag).execute());
    }

    /** What {@code status --verbose} prints: the changesets {@code update} would still run. */
    String status(String changelog) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        LiquibaseScope.run(dir, () -> scope("status", changelog).addArgumentValue("verbose", true).setOutput(out).execute());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private CommandScope scope(String command, String changelog) throws Exception {
        CommandScope scope = new CommandScope(command).addArgumentValue("url", url);
        if (changelog != null) {
            scope.addArgumentValue("changelogFile", changelog);
        }
        if (user != null) {
            scope.addArgumentValue("username", user);
        }
        if (password != null) {
            scope.addArgumentValue("password", password);
        }
        return scope;
    }
}
