package io.github.duendetools.dbproof;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Applies and rolls back a changelog folder with Liquibase's command API, the way a user's build would, but quietly. */
final class LiquibaseRunner {
    /** Held, because the logging framework keeps loggers weakly: once collected, the level set here would be lost. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        // Keep the build log readable: the per-update summary table goes to the (quiet) log, not the console.
        System.setProperty("liquibase.showSummary", "OFF");
        System.setProperty("liquibase.showSummaryOutput", "LOG");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final Path directory;
    private final String changelogFile;

    LiquibaseRunner(Path directory, String changelogFile) {
        this.directory = directory;
        this.changelogFile = changelogFile;
    }

    void update(TestDatabase db) throws Exception {
        run(db, new String[] {"update"}, Map.of());
    }

    /**
     * An update given changelog parameters, as {@code -Dname=value} gives them to Liquibase's command line, the Maven
     * plugin and an application (a system property is a changelog parameter) and Spring Boot's
     * {@code spring.liquibase.parameters.*} do.
     */
    void update(TestDatabase db, Map<String, String> parameters) throws Exception {
        run(db, new String[] {"update"}, Map.of(), parameters);
    }

    /** Frees the lock a killed update left in DATABASECHANGELOGLOCK, as {@code liquibase releaseLocks} does. */
    void releaseLocks(TestDatabase db) throws Exception {
        run(db, new String[] {"releaseLocks"}, Map.of());
    }

    /** An update on {@code connection} that reports each change to {@code listener} before and after it runs. */
    void update(Connection connection, ChangeExecListener listener) throws Exception {
        run(connection, new String[] {"update"}, Map.of(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG.getName(),
                listener));
    }

    void rollbackToTag(TestDatabase db, String tag) throws Exception {
        run(db, new String[] {"rollback"}, Map.of("tag", tag));
    }

    void rollbackCount(TestDatabase db, int count) throws Exception {
        run(db, new String[] {"rollbackCount"}, Map.of("count", count));
    }

    /** One row of DATABASECHANGELOG. */
    record Ran(String id, String execType, String description, String tag) {
    }

    static List<Ran> ran(TestDatabase db) throws SQLException {
        List<Ran> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID, EXECTYPE, DESCRIPTION, TAG FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                rows.add(new Ran(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException noTableYet) {
            if (!isMissingTable(noTableYet)) {
                throw noTableYet;
            }
        }
        return rows;
    }

    /** Changeset id to how it ran ({@code EXECUTED}, {@code MARK_RAN}, ...), sorted by id. */
    static Map<String, String> execTypes(TestDatabase db) throws SQLException {
        Map<String, String> types = new TreeMap<>();
        for (Ran r : ran(db)) {
            types.put(r.id(), r.execType());
        }
        return types;
    }

    private static boolean isMissingTable(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("databasechangelog") && (message.contains("not found") || message.contains("does not exist")
                || message.contains("doesn't exist") || message.contains("no such table"));
    }

    private void run(TestDatabase db, String[] command, Map<String, Object> arguments) throws Exception {
        run(db.connect(), command, arguments, Map.of());
    }

    private void run(TestDatabase db, String[] command, Map<String, Object> arguments, Map<String, String> parameters)
            throws Exception {
        run(db.connect(), command, arguments, parameters);
    }

    private void run(Connection connection, String[] command, Map<String, Object> arguments) throws Exception {
        run(connection, command, arguments, Map.of());
    }

    private void run(Connection connection, String[] command, Map<String, Object> arguments,
                     Map<String, String> parameters) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(directory),
                    Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                        CommandScope scope = new CommandScope(command)
                                .addArgumentValue("database", database)
                                .addArgumentValue("changelogFile", changelogFile);
                        arguments.forEach(scope::addArgumentValue);
                        if (!parameters.isEmpty()) {
                            ChangeLogParameters values = new ChangeLogParameters(database);
                            parameters.forEach(values::set);
                            scope.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, values);
                        }
                        scope.execute();
                    });
        } finally {
            database.close();
        }
    }
}
