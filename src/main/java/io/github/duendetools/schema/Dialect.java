package io.github.duendetools.schema;

import java.util.Arrays;
import java.util.Optional;

/** A database family the changelogs target, named as Liquibase names it in {@code dbms=}. */
public enum Dialect {
    MSSQL("mssql", 128),
    POSTGRESQL("postgresql", 63),
    MYSQL("mysql,mariadb", 64),
    ORACLE("oracle", 128),
    SQLITE("sqlite", 0),
    H2("h2", 0);

    private final String dbms;
    private final int maxIdentifier;

    Dialect(String dbms, int maxIdentifier) {
        this.dbms = dbms;
        this.maxIdentifier = maxIdentifier;
    }

    /** Value of Liquibase's {@code dbms} attribute. */
    public String dbms() {
        return dbms;
    }

    /** Longest identifier EF's provider keeps before truncating with {@code ~}; 0 when unlimited. */
    public int maxIdentifier() {
        return maxIdentifier;
    }

    /** Every Liquibase database short name a dialect stands for, in declaration order. */
    public static java.util.List<String> shortNames() {
        return Arrays.stream(values()).flatMap(d -> Arrays.stream(d.dbms.split(","))).toList();
    }

    /** Dialect for a Liquibase database short name (mssql, postgresql, mysql, mariadb, oracle, sqlite, h2). */
    public static Optional<Dialect> forDbms(String shortName) {
        return Arrays.stream(values()).filter(d -> Arrays.asList(d.dbms.split(",")).contains(shortName)).findFirst();
    }

    public String quote(String name) {
        return switch (this) {
            case MSSQL -> "[" + name.replace("]", "]]") + "]";
            case MYSQL -> "`" + name.replace("`", "``") + "`";
            default -> "\"" + name.replace("\"", "\"\"") + "\"";
        };
    }
}
