package io.github.duendetools.changelog;

/** One SQL statement for the databases Liquibase names in {@code dbms} (a comma-separated list). */
record DbmsStatement(String dbms, String sql) {
}
