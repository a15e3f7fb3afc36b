package io.github.duendetools.inspect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/** The databases inspect reads, by JDBC URL scheme; each has one class that reads its system tables. */
public enum Engine {
    POSTGRESQL("postgresql", PostgresSystemTables::new),
    MARIADB("mariadb", MysqlSystemTables::new),
    MYSQL("mysql", MysqlSystemTables::new),
    SQLSERVER("sqlserver", SqlServerSystemTables::new),
    ORACLE("oracle", OracleSystemTables::new),
    SQLITE("sqlite", SqliteSystemTables::new),
    H2("h2", H2SystemTables::new);

    private final String scheme;
    private final IntFunction<SystemTables> systemTables;

    Engine(String scheme, IntFunction<SystemTables> systemTables) {
        this.scheme = scheme;
        this.systemTables = systemTables;
    }

    /** The second part of {@code jdbc:<scheme>:...}, which also keys the default driver. */
    public String scheme() {
        return scheme;
    }

    public SystemTables systemTables(int timeoutSeconds) {
        return systemTables.apply(timeoutSeconds);
    }

    public static Optional<Engine> forUrl(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> lower.startsWith("jdbc:" + e.scheme + ":")).findFirst();
    }

    /** The scheme part of a URL, for messages: {@code jdbc:foo} of {@code jdbc:foo://host}. */
    public static String schemeOf(String url) {
        String text = url == null ? "" : url.trim();
        int second = text.indexOf(':', text.indexOf(':') + 1);
        return second < 0 ? text : text.substring(0, second);
    }
}
