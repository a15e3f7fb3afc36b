/**
 * The Liquibase changelogs of {@code migrate}: one step file per schema step, store and database family, rendered from
 * the {@code schema} model with each database's names, types and SQL forms from {@code database}; the masters, the
 * preconditions that recognise a database EF Core already migrated, the rollback checks, which changelogs an upgrade
 * needs, the folder's coverage and the pending-schema gate. It may use {@code schema}, {@code database},
 * {@code liquibase}, {@code changelog.preview} (the offline SQL written next to the changelogs), the release
 * {@code catalog}, {@code nuget} and {@code msbuild} (for the gate's versions) and the root package.
 */
package io.github.duendetools.changelog;
