package io.github.duendetools.changelog;

import java.io.File;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Runs Liquibase commands in a JVM of its own, for {@link LiquibaseMatrixTest}: the class path holds one Liquibase
 * release, and this class calls only the API that every release from 4.9 on has (the {@code Liquibase} facade, the
 * scope, and the folder's resource accessor found by name), so it is compiled once, against 4.33, and runs on each.
 * <p>
 * Like the Maven plugin, the CLI and Spring Boot, it reads resources from the search path and from the class path,
 * where releases before 4.10 find the XML schema.
 * <p>
 * Arguments: the search path, the JDBC URL, the user ({@code -} for none), then commands, each one argument with its
 * parts separated by spaces: {@code update <changelog>}, {@code status <changelog>}, {@code updateSql <changelog>},
 * {@code rollback <changelog> <tag>}, {@code sync <changelog>}. System properties named {@code duende.*} are
 * passed to every command as changelog properties. Prints one line per command; a failure prints its
 * message and ends the process with exit code 1.
 */
public final class LiquibaseReleaseRun {

    private LiquibaseReleaseRun() {
    }

    public static void main(String[] args) throws Exception {
        String searchPath = args[0];
        String url = args[1];
        String user = args[2].equals("-") ? null : args[2];
        for (int i = 3; i < args.length; i++) {
            String[] command = args[i].split(" ");
            try {
                long start = System.nanoTime();
                String result = run(searchPath, url, user, command);
                System.err.println(args[i] + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
                System.out.println(args[i] + " => " + result);
            } catch (Exception e) {
                System.out.println(args[i] + " => FAILED " + messages(e));
                System.exit(1);
            }
        }
    }

    private static String run(String searchPath, String url, String user, String[] command) throws Exception {
        ResourceAccessor accessor = new CompositeResourceAccessor(folder(searchPath), new ClassLoaderResourceAccessor());
        String[] result = {"done"};
        // Some releases (4.24) resolve the changelog of a rollback through the scope, not through the facade.
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor), () -> {
            try (Connection connection = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "")) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(command[1], accessor, database);
                // The changelog properties a user passes to the update, such as duende.purge.
                System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("duende."))
                        .forEach(name -> liquibase.setChangeLogParameter(name, System.getProperty(name)));
                switch (command[0]) {
                    case "update" -> liquibase.update(new Contexts(), new LabelExpression());
                    case "status" -> {
                        List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
                        result[0] = unrun.size() + " unrun" + unrun.stream().map(cs -> " " + cs.getId()).collect(Collectors.joining());
                    }
                    case "updateSql" -> {
                        StringWriter sql = new StringWriter();
                        liquibase.update(new Contexts(), new LabelExpression(), sql);
                        result[0] = count(sql.toString(), "CREATE TABLE") + " CREATE TABLE";
                    }
                    case "rollback" -> liquibase.rollback(command[2], new Contexts(), new LabelExpression());
                    case "sync" -> liquibase.changeLogSync(new Contexts(), new LabelExpression());
                    default -> throw new IllegalArgumentException("unknown command " + command[0]);
                }
            }
        });
        return result[0];
    }

    /**
     * The folder as a resource accessor: {@code DirectoryResourceAccessor} from 4.14 on, {@code FileSystemResourceAccessor}
     * before (4.17 has only the first, 4.9 only the second), so found by name.
     */
    private static ResourceAccessor folder(String searchPath) throws Exception {
        try {
            return (ResourceAccessor) Class.forName("liquibase.resource.DirectoryResourceAccessor")
                    .getConstructor(File.class).newInstance(new File(searchPath));
        } catch (ClassNotFoundException e) {
            return (ResourceAccessor) Class.forName("liquibase.resource.FileSystemResourceAccessor")
                    .getConstructor(File[].class).newInstance((Object) new File[] {new File(searchPath)});
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static String messages(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            parts.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join(" / ", parts).replace('\n', ' ');
    }
}
