/**
 * The {@code migrate} goal's run without Maven ({@link io.github.duendetools.migrate.MigrationRun}): plans as
 * {@code check-upgrade} does, refuses before anything is written, then writes the Liquibase changelogs
 * ({@code changelog}) before the project files ({@code edit}), with the output folder's lock
 * ({@link io.github.duendetools.migrate.MigrateLock}) held for the whole run and the in-progress marker
 * ({@link io.github.duendetools.migrate.MoveInProgress}) set while project files move, so that an interrupted run is
 * finished by the next one.
 * A dry run writes only its patch. Refusals are {@link io.github.duendetools.migrate.MigrateRefusedException}, errors
 * {@link io.github.duendetools.migrate.MigrateFailedException}; the goal maps them to Maven's exceptions.
 */
package io.github.duendetools.migrate;
