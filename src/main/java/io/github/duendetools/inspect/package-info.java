/**
 * The {@code inspect} goal's core: reads a live database read only through its system tables (one class per engine,
 * {@code *SystemTables}), says which schema generation each store matches and how it drifts, reads the EF Core and
 * Liquibase histories, costs the steps still to run from the engine's statistics, and writes the verdict and
 * {@code inspect-report.*}. It knows types and names through {@code database} and the changelog folder through
 * {@code liquibase}, never through {@code changelog}; it may use those, {@code schema}, {@code report} and the root
 * package. JDBC drivers are found or loaded for this goal alone.
 */
package io.github.duendetools.inspect;
