package io.github.duendetools.inspect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/** The databases inspect reads, by JDBC URL scheme; each has one catalog class. */
public enum Engine {
    POSTGRESQL("postgresql", PostgresCatalog::new),
    MARIADB("mariadb", MysqlCatalog::new),
    MYSQL("mysql", MysqlCatalog::new),
    SQLSERVER("sqlserver", SqlServerCatalog::new),
    ORACLE("oracle", OracleCatalog::new),
    SQLITE("sqlite", SqliteCatalog::new),
    H2("h2", H2Catalog::new);

    private final String scheme;
    private final IntFunction<EngineCatalog> catalog;

    Engine(String scheme, IntFunction<EngineCatalog> catalog) {
        this.scheme = scheme;
        this.catalog = catalog;
    }

    /** The second part of {@code jdbc:<scheme>:...}, which also keys the default driver. */
    public String scheme() {
        return scheme;
    }

    public EngineCatalog catalog(int timeoutSeconds) {
        return catalog.apply(timeoutSeconds);
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
