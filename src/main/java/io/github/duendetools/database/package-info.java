/**
 * One class per database the changelogs run on (SQL Server, PostgreSQL, MySQL, MariaDB, which extends MySQL, Oracle,
 * SQLite, H2), each holding what the plugin knows of that database's SQL: how it quotes and shortens names, the type
 * ({@link io.github.duendetools.database.SqlType}, a value, never a string to parse back) and default EF Core's provider
 * gives each model type, the names EF derives ({@link io.github.duendetools.database.NameMapper}), the current-schema
 * query, the system-table checks, how a statement stops with an error that quotes a count of rows, the statements that
 * change a table there with the engine's workarounds (Oracle's column rebuild, PostgreSQL's low-lock statements,
 * MySQL's one-copy and H2's resumable key moves), and how those run, for inspect's cost section. {@code changelog}
 * writes its SQL from these and {@code inspect} compares a live database with them. It may use the {@code schema}
 * model and the root package, nothing else.
 */
package io.github.duendetools.database;
