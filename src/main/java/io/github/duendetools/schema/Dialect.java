package io.github.duendetools.schema;

import java.util.Arrays;
import java.util.List;
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

    /** The Liquibase short names of the databases this family's changelogs run on (MySQL's: mysql, mariadb). */
    public List<String> databaseNames() {
        return List.of(dbms.split(","));
    }

    /** Every Liquibase database short name a dialect stands for, in declaration order. */
    public static List<String> shortNames() {
        return Arrays.stream(values()).flatMap(d -> d.databaseNames().stream()).toList();
    }

    /** Dialect for a Liquibase database short name (mssql, postgresql, mysql, mariadb, oracle, sqlite, h2). */
    public static Optional<Dialect> forDbms(String shortName) {
        return Arrays.stream(values()).filter(d -> d.databaseNames().contains(shortName)).findFirst();
    }
}
