package io.github.duendetools.dbproof;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/**
 * A Liquibase update in a process of its own, to be killed: {@code url user changelogDirectory changelogFile id}.
 * Prints {@link #RUNNING} when the changeset {@code id} starts its first change, and goes on.
 */
public final class KillableUpdate {
    static final String RUNNING = "RUNNING";

    private KillableUpdate() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String id = args[4];
        Connection connection = DriverManager.getConnection(url, args[1], "");
        if (url.startsWith("jdbc:sqlite:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
        new LiquibaseRunner(Path.of(args[2]), args[3]).update(connection, new AbstractChangeExecListener() {
            private boolean said;

            @Override
            public void willRun(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
                if (!said && changeSet.getId().equals(id)) {
                    said = true;
                    System.out.println(RUNNING);
                    System.out.flush();
                }
            }
        });
        System.out.println("DONE");
    }
}
