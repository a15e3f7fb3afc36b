package io.github.duendetools.mojo;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.LogText;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogChanges;
import io.github.duendetools.changelog.ChangelogDryRun;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.ChangelogUpdate;
import io.github.duendetools.changelog.GeneratedSteps;
import io.github.duendetools.changelog.UnknownGenerationException;
import io.github.duendetools.edit.MigrateLock;
import io.github.duendetools.edit.Migration;
import io.github.duendetools.edit.MigrationOutcome;
import io.github.duendetools.edit.MigrationRefusedException;
import io.github.duendetools.edit.MoveInProgress;
import io.github.duendetools.edit.WriteRefusedException;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.plan.UpgradeCheck;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.schema.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
     * PostgreSQL: change populated tables without a long exclusive lock. Indexes on existing tables are built
     * {@code CONCURRENTLY}, and the 6.1 {@code PersistedGrants} key move numbers existing rows in committed batches
     * and swaps keys in a short final transaction instead of rewriting the table under an exclusive lock. Slower in
     * wall time; needs PostgreSQL 12 or later. Other databases run the same changesets either way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.postgresLowLock", defaultValue = "false")
    protected String postgresLowLock;

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
        ChangelogOptions options = changelogOptions();
        try (MigrateLock lock = dryRun() ? null : lock()) {
            migrate(options);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot release " + outputDirectory().resolve(MigrateLock.FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The output folder's lock for the whole run, planning included: a second run waits for nothing stale. Null when the
     * output folder is not one: the checks before writing refuse that.
     */
    private MigrateLock lock() throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory();
        if (AtomicFile.notAFolder(output) != null) {
            return null;
        }
        try {
            return MigrateLock.tryAcquire(output).orElseThrow(() -> new MojoFailureException("Another duende:migrate is"
                    + " running on " + output + " (it holds " + MigrateLock.FILE_NAME + "); nothing written: run again once"
                    + " it has finished"));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot lock " + output.resolve(MigrateLock.FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    private void migrate(ChangelogOptions options) throws MojoExecutionException, MojoFailureException {
        MoveInProgress inProgress = new MoveInProgress(outputDirectory());
        UpgradeCheck.Checked checked = checkCompletingAnInterruptedMove(inProgress);
        Catalog catalog = checked.catalog();
        UpgradePlan plan = checked.plan();
        refuseNothingToMigrate(plan);
        // Errors are not logged here: the refusal that follows lists them.
        logPlan(plan);
        // Every edit is computed and verified, every changelog rendered and every target checked (refusals
        // included) before the first byte is written, so a refused migration writes nothing at all.
        Migration.Prepared edits = prepareEdits(plan);
        if (dryRun()) {
            report(edits.outcome(true));
            getLog().info("Dry run: no changelog written; " + changelogDirectory() + " would be brought to Duende "
                    + plan.target() + ".");
            logChangelogsThatWouldBeWritten(catalog, plan, options);
            return;
        }
        ChangelogChanges changelogs = prepareChangelogs(catalog, plan, options);
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(edits.problems());
            problems.addAll(changelogs.writes().problems());
            // Even when no project moves: the end of every run removes the marker from that folder.
            String output = AtomicFile.notAFolder(outputDirectory());
            if (output != null) {
                problems.add("duende.outputDirectory: " + output);
            }
            String marker = output != null || edits.outcome(false).alreadyAtTarget() ? null : AtomicFile.problem(inProgress.file());
            if (marker != null) {
                problems.add(inProgress.file() + ": " + marker);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot check the files to write: " + e.getMessage() + "; nothing written", e);
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Migration refused, nothing written:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", problems.stream().map(LogText::escape).toList()));
        }
        // Changelogs first: should a project-file write fail, the repository never declares a version
        // whose schema steps were not emitted, and running migrate again completes it.
        writeChangelogs(changelogs, options, plan.target());
        MigrationOutcome outcome = edits.outcome(false);
        if (!outcome.alreadyAtTarget()) {
            writeProjectFiles(edits, outcome.target(), inProgress, changelogs);
        }
        endMove(inProgress);
        report(outcome);
    }

    /**
     * A root without any Duende package (run from the wrong folder, say) is no migration: writing a full changelog
     * set there and calling it done would hide the mistake. Changelogs for a database alone are written only when
     * asked for explicitly, with a baseline and the version it is for.
     */
    private void refuseNothingToMigrate(UpgradePlan plan) throws MojoFailureException {
        boolean explicitBaseline = baseline() && targetVersion != null && !targetVersion.isBlank();
        if (plan.references().isEmpty() && plan.unused().isEmpty() && !explicitBaseline) {
            throw new MojoFailureException("No Duende IdentityServer package found under " + root() + ": nothing written"
                    + " (for changelogs without a .NET tree, set duende.baseline=true and duende.targetVersion)");
        }
    }

    /**
     * Plans as {@code check-upgrade} does, except after a run that was stopped while moving the project files: with
     * the same target, projects already moved and projects not yet moved are planned together, to finish the move.
     */
    private UpgradeCheck.Checked checkCompletingAnInterruptedMove(MoveInProgress inProgress)
            throws MojoExecutionException {
        Optional<String> interrupted;
        try {
            interrupted = dryRun() || alignAll() ? Optional.empty() : inProgress.target();
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (interrupted.isPresent()) {
            UpgradeCheck.Checked checked = check(true);
            NuGetVersion target = checked.plan().target();
            if (target != null && target.toNormalizedString().equals(interrupted.get())) {
                getLog().info("Completing the move to " + interrupted.get() + " that an earlier run began ("
                        + inProgress.file() + ").");
                return checked;
            }
        }
        return check();
    }

    private Migration.Prepared prepareEdits(UpgradePlan plan) throws MojoExecutionException, MojoFailureException {
        try {
            return new Migration(root()).prepare(plan, targetFramework);
        } catch (MigrationRefusedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void writeProjectFiles(Migration.Prepared edits, String target, MoveInProgress inProgress,
                                   ChangelogChanges changelogs) throws MojoExecutionException, MojoFailureException {
        String written = changelogs.nothingToDo() ? "nothing else was written"
                : "the changelogs in " + changelogDirectory() + " were written; run migrate again to finish";
        try {
            Set<Path> folders = new LinkedHashSet<>();
            edits.files().forEach(f -> folders.add(f.getParent()));
            for (Path folder : folders) {
                AtomicFile.removeLeftovers(folder);
            }
            inProgress.begin(target);
            edits.write();
        } catch (WriteRefusedException e) {
            endMove(inProgress);
            throw new MojoFailureException("Project files not moved to " + target + " (" + written + "):"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", e.problems()), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage() + " (" + written + ")", e);
        }
    }

    /** The move is complete (or nothing was moved): a later run has nothing to finish. */
    private void endMove(MoveInProgress inProgress) throws MojoExecutionException {
        try {
            inProgress.end();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove " + inProgress.file() + ": " + e.getMessage(), e);
        }
    }

    private void report(MigrationOutcome outcome) throws MojoExecutionException {
        Path patch = null;
        if (outcome.dryRun()) {
            try {
                patch = outcome.writePatch(outputDirectory());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + outputDirectory().resolve(MigrationOutcome.PATCH_FILE)
                        + ": " + e.getMessage(), e);
            }
        }
        for (MigrationOutcome.LogLine line : outcome.logLines(patch)) {
            if (line.warning()) {
                getLog().warn(line.text());
            } else {
                getLog().info(line.text());
            }
        }
    }

    @Override
    protected void validate(ParameterValidation validation) {
        super.validate(validation);
        validation.bool("duende.dryRun", dryRun).bool("duende.baseline", baseline).bool("duende.postgresLowLock", postgresLowLock)
                .oneOf("duende.sqlPreview", sqlPreviewDatabases(), Dialect.shortNames());
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
                ParameterValidation.flag(postgresLowLock, false));
    }

    /**
     * The Liquibase half, rendered in memory: the changelogs for every schema step from what the changelog folder
     * already covers (or, for a new folder, from the schema the project runs today) to the target's.
     */
    private ChangelogChanges prepareChangelogs(Catalog catalog, UpgradePlan plan, ChangelogOptions options)
            throws MojoExecutionException, MojoFailureException {
        NuGetVersion target = plan.target();
        NuGetVersion current = plan.currentVersion().orElse(target);
        Path directory = options.directory();
        try {
            return new ChangelogUpdate(catalog, new ChangelogGenerator()).prepare(current, target, baseline(), options);
        } catch (UnknownGenerationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read changelogs in " + directory + ": " + e.getMessage(), e);
        }
    }

    private void logChangelogsThatWouldBeWritten(Catalog catalog, UpgradePlan plan, ChangelogOptions options)
            throws MojoExecutionException, MojoFailureException {
        NuGetVersion target = plan.target();
        NuGetVersion current = plan.currentVersion().orElse(target);
        try {
            for (String file : new ChangelogDryRun(catalog).wouldWrite(current, target, baseline(), options)) {
                getLog().info("Would write " + file);
            }
        } catch (UnknownGenerationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read changelogs in " + options.directory() + ": " + e.getMessage(), e);
        }
    }

    private void writeChangelogs(ChangelogChanges outcome, ChangelogOptions options, NuGetVersion target)
            throws MojoExecutionException {
        Path directory = changelogDirectory();
        try {
            outcome.writes().commit();
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write changelogs to " + directory + ": " + e.getMessage()
                    + " (no project file was changed; run migrate again to finish)", e);
        }
        outcome.notes().forEach(getLog()::info);
        outcome.warnings().forEach(getLog()::warn);
        if (outcome.nothingToDo()) {
            getLog().info("Liquibase changelogs in " + directory + " already cover Duende " + target + ".");
            return;
        }
        // A new folder's baseline and its steps both write the masters: each file is named once.
        Set<Path> written = new LinkedHashSet<>();
        for (GeneratedSteps result : outcome.results()) {
            result.stepsEmitted().forEach(step -> getLog().info("Changelog step " + step));
            result.stepsWithoutSchemaChange().forEach(step -> getLog().info("No schema change in " + step));
            written.addAll(result.filesWritten());
        }
        written.forEach(file -> getLog().info("Wrote " + file));
        if (!options.sqlPreview().isEmpty()) {
            getLog().info("SQL preview (" + String.join(", ", options.sqlPreview()) + ") written under " + options.sqlPreviewDirectory());
        }
    }
}
