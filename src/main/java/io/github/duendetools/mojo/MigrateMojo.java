package io.github.duendetools.mojo;

import io.github.duendetools.InputException;
import io.github.duendetools.edit.Migration;
import io.github.duendetools.edit.MigrationOutcome;
import io.github.duendetools.edit.MigrationRefusedException;
import io.github.duendetools.edit.WriteRefusedException;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.Severity;
import io.github.duendetools.plan.UpgradeCheck;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.LogReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
public class MigrateMojo extends AbstractDuendeMojo {

    static final String PATCH_FILE = "migrate.patch";

    /** Writes nothing: prints the unified diff and writes it to {@code <outputDirectory>/migrate.patch}. */
    @Parameter(property = "duende.dryRun", defaultValue = "false")
    protected boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Duende migrate.");
            return;
        }
        UpgradePlan plan = plan();
        MigrationOutcome outcome = editProjectFiles(plan);
        report(outcome);
        writeChangelogs(plan);
    }

    private UpgradePlan plan() throws MojoExecutionException {
        UpgradePlan plan;
        try {
            plan = new UpgradeCheck(scanOptions(), catalogFile == null ? null : catalogFile.toPath())
                    .run(root(), new PlanPolicy(targetVersion, allowPrerelease, alignAll, targetFramework));
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        LogReport log = new LogReport(plan);
        log.references().forEach(getLog()::info);
        log.path().forEach(getLog()::info);
        for (Finding f : plan.findings()) {
            if (f.severity() == Severity.WARNING) {
                getLog().warn(log.finding(f));
            } else if (f.severity() == Severity.INFO) {
                getLog().info(log.finding(f));
            }
        }
        return plan;
    }

    private MigrationOutcome editProjectFiles(UpgradePlan plan) throws MojoExecutionException, MojoFailureException {
        try {
            return new Migration(root()).run(plan, targetFramework, dryRun);
        } catch (MigrationRefusedException | WriteRefusedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void report(MigrationOutcome outcome) throws MojoExecutionException {
        if (dryRun) {
            // Written even when empty, so a patch left by an earlier run is never mistaken for this one.
            Path patch = writePatch(outcome.patch());
            getLog().info("Dry run: nothing written.");
            if (!outcome.alreadyAtTarget()) {
                getLog().info("Moving to " + outcome.target() + " would change:");
                for (String line : outcome.patchText().split("\n")) {
                    getLog().info(line.replace("\r", ""));
                }
            }
            getLog().info("Patch written to " + patch);
        }
        if (outcome.alreadyAtTarget()) {
            getLog().info("Already at " + outcome.target() + ": nothing to change.");
            return;
        }
        if (!dryRun) {
            for (String file : outcome.changedFiles()) {
                getLog().info("Updated " + file);
            }
            getLog().info("Moved Duende IdentityServer to " + outcome.target() + " in " + outcome.changedFiles().size()
                    + (outcome.changedFiles().size() == 1 ? " file." : " files."));
        }
        for (String note : outcome.notes()) {
            getLog().warn(note);
        }
    }

    private Path writePatch(byte[] bytes) throws MojoExecutionException {
        Path patch = patchDirectory().resolve(PATCH_FILE);
        try {
            Files.createDirectories(patch.getParent());
            Files.write(patch, bytes);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + patch + ": " + e.getMessage(), e);
        }
        return patch;
    }

    /** Without a POM, {@code ${project.build.directory}} stays unresolved: the patch goes under the scanned root, as check-upgrade's report does. */
    Path patchDirectory() {
        if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
            return root().resolve("target").resolve("duende");
        }
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    /**
     * Extension point for the Liquibase half of {@code migrate}: runs after the project-file edits are
     * computed and (unless a dry run) written, with the same plan. It writes nothing yet; the changelog
     * emission lands here.
     */
    protected void writeChangelogs(UpgradePlan plan) throws MojoExecutionException {
        // Intentionally empty until the changelog step is wired in.
    }
}
