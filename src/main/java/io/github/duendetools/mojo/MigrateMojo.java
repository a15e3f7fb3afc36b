package io.github.duendetools.mojo;

import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.PurgeOptions;
import io.github.duendetools.migrate.MigrateFailedException;
import io.github.duendetools.migrate.MigrateRefusedException;
import io.github.duendetools.migrate.MigrateSettings;
import io.github.duendetools.migrate.MigrationRun;
import io.github.duendetools.schema.CleanupRule;
import io.github.duendetools.schema.Dialect;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Moves a .NET repository to {@code duende.targetVersion}: rewrites the Duende version where it is
 * declared, byte-exact and all or nothing, then writes the Liquibase changelogs for the schema steps.
 * <p>Plans exactly as {@code check-upgrade} does. An unsupported jump is always refused and nothing is
 * written, even with {@code duende.failOnUnsupported=false}: that switch only softens the check, it
 * cannot make a migration the planner calls unsupported safe to write.
 * <p>The run itself is {@link MigrationRun}; the goal binds its parameters and maps its failures.
 */
@Mojo(name = "migrate", threadSafe = true, requiresProject = false)
public class MigrateMojo extends AbstractStoreNamingMojo {

    /**
     * Writes nothing: prints the unified diff and writes it to {@code <outputDirectory>/migrate.patch}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.dryRun", defaultValue = "false")
    protected String dryRun;

    /**
     * Writes the full schema of the target version for a new, empty database instead of the steps
     * from the current version (only into a changelog folder that has none yet).
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.baseline", defaultValue = "false")
    protected String baseline;

    /**
     * Adds, before the steps that rewrite or index a populated {@code PersistedGrants} (the 5.1 index, the 6.1 key
     * move), changesets that delete the expired grants and device codes as Duende's token cleanup does
     * ({@code Expiration} before now, UTC; NULL never expires), in committed batches, so that the step moves only what
     * is left. They run only when the Liquibase update is given the changelog parameter {@code duende.purge=true}
     * (for example {@code liquibase update -Dduende.purge=true}); otherwise they are skipped and stay pending. A purge
     * cannot be rolled back.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.purgeExpiredGrants", defaultValue = "false")
    protected String purgeExpiredGrants;

    /**
     * As {@code purgeExpiredGrants}, for the consumed grants Duende's cleanup deletes when {@code RemoveConsumedTokens}
     * is on: {@code ConsumedTime} more than {@code consumedGrantsDelay} seconds before now.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.purgeConsumedGrants", defaultValue = "false")
    protected String purgeConsumedGrants;

    /**
     * Seconds a consumed grant is kept before the consumed-grants purge deletes it: Duende's
     * {@code ConsumedTokenCleanupDelay}, whose default is 0. Use the value the application runs with. Only with
     * {@code purgeConsumedGrants=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.consumedGrantsDelay")
    protected String consumedGrantsDelay;

    /**
     * Databases to write review-ready SQL for, without a database, under {@code <outputDirectory>/sql}:
     * any of {@code mssql,postgresql,mysql,mariadb,oracle,sqlite,h2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.sqlPreview")
    protected String sqlPreview;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // Every parameter is checked before anything is read or written.
        if (skipped("Skipping Duende migrate.")) {
            return;
        }
        MigrateSettings settings = new MigrateSettings(root(), outputDirectory(), changelogOptions(), dryRun(), baseline(),
                targetVersion != null && !targetVersion.isBlank(), alignAll(), targetFramework);
        try {
            new MigrationRun(settings, new MigrationRun.Console() {
                @Override
                public void info(String line) {
                    getLog().info(line);
                }

                @Override
                public void warn(String line) {
                    getLog().warn(line);
                }
            }).run(this::check);
        } catch (MigrateRefusedException e) {
            throw MojoFailures.violation(e);
        } catch (MigrateFailedException e) {
            throw MojoFailures.error(e);
        }
    }

    @Override
    protected void validate(ParameterValidation validation) {
        super.validate(validation);
        validation.bool("duende.dryRun", dryRun).bool("duende.baseline", baseline)
                .oneOf("duende.sqlPreview", sqlPreviewDatabases(), Dialect.shortNames());
        validatePurge(validation);
    }

    private void validatePurge(ParameterValidation validation) {
        validation.bool("duende.purgeExpiredGrants", purgeExpiredGrants)
                .bool("duende.purgeConsumedGrants", purgeConsumedGrants)
                .seconds("duende.consumedGrantsDelay", consumedGrantsDelay);
        boolean consumed = "true".equalsIgnoreCase(purgeConsumedGrants == null ? "" : purgeConsumedGrants.strip());
        if (consumedGrantsDelay != null && !consumedGrantsDelay.isBlank() && !consumed) {
            validation.refuse("duende.consumedGrantsDelay=" + consumedGrantsDelay.strip() + " applies only to the"
                    + " consumed-grants purge: also set duende.purgeConsumedGrants=true, or leave the delay out");
        }
    }

    /** The purge asked for, checked by {@link #validate} before anything was read. */
    private PurgeOptions purge() {
        int delay = consumedGrantsDelay == null || consumedGrantsDelay.isBlank()
                ? CleanupRule.DEFAULT_CONSUMED_DELAY_SECONDS : Integer.parseInt(consumedGrantsDelay.strip());
        return new PurgeOptions(ParameterValidation.flag(purgeExpiredGrants, false),
                ParameterValidation.flag(purgeConsumedGrants, false), delay);
    }

    private List<String> sqlPreviewDatabases() {
        return ParameterLists.split(sqlPreview).stream().map(db -> db.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private boolean dryRun() {
        return ParameterValidation.flag(dryRun, false);
    }

    private boolean baseline() {
        return ParameterValidation.flag(baseline, false);
    }

    /** The changelog parameters, checked by {@link #validate} before anything was read. */
    private ChangelogOptions changelogOptions() {
        return new ChangelogOptions(changelogDirectory(), schema, configurationSchema, operationalSchema, tableNameMap(),
                postgresLegacyTimestamps(), sqlPreviewDatabases(), outputDirectory().resolve("sql"),
                postgresLowLock()).withLowLock(lowLock()).withPurge(purge());
    }
}
