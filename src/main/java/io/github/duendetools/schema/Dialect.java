package io.github.duendetools.schema;

import java.util.Arrays;
import java.util.Optional;

/** A database family the changelogs target, named as Liquibase names it in {@code dbms=}. */
public enum Dialect {
    MSSQL("mssql"),
    POSTGRESQL("postgresql"),
    MYSQL("mysql,mariadb"),
    ORACLE("oracle"),
    SQLITE("sqlite"),
    H2("h2");

    private final String dbms;

    Dialect(String dbms) {
        this.dbms = dbms;
    }

    /** Value of Liquibase's {@code dbms} attribute. */
    public String dbms() {
        return dbms;
    }

    /** Every Liquibase database short name a dialect stands for, in declaration order. */
    public static java.util.List<String> shortNames() {
        return Arrays.stream(values()).flatMap(d -> Arrays.stream(d.dbms.split(","))).toList();
    }

    /** Dialect for a Liquibase database short name (mssql, postgresql, mysql, mariadb, oracle, sqlite, h2). */
    public static Optional<Dialect> forDbms(String shortName) {
        return Arrays.stream(values()).filter(d -> Arrays.asList(d.dbms.split(",")).contains(shortName)).findFirst();
    }
}
