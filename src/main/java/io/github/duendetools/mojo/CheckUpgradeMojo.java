package io.github.duendetools.mojo;

import io.github.duendetools.InputException;
import io.github.duendetools.LogText;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.PendingSchemaCheck;
import io.github.duendetools.plan.UpgradeCheck;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Finds every Duende IdentityServer package reference under {@code projectRoot}, resolves its
 * effective version as NuGet restore would, plans the path to the target version and fails the
 * build on an unsupported jump. Writes only {@code upgrade-report.json} and {@code upgrade-report.md}
 * into {@code outputDirectory}.
 */
@Mojo(name = "check-upgrade", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckUpgradeMojo extends AbstractDuendeMojo {

    /**
     * When false, changelogs that lag behind the declared version only warn.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.failOnPendingSchema", defaultValue = "true")
    protected String failOnPendingSchema;

    @Override
    protected void validate(ParameterValidation validation) {
        super.validate(validation);
        validation.bool("duende.failOnPendingSchema", failOnPendingSchema);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Skipping Duende upgrade check.")) {
            return;
        }
        UpgradeCheck.Checked checked = check();
        Catalog catalog = checked.catalog();
        UpgradePlan plan = checked.plan();
        List<String> unsupported = logPlan(plan);
        if (!failOnUnsupported()) {
            unsupported.forEach(getLog()::warn);
            unsupported.clear();
        }
        List<String> violations = new ArrayList<>(unsupported);
        violations.addAll(pendingSchema(catalog, plan));

        Path out = outputDirectory();
        try {
            for (Path written : ReportWriter.write(plan, out)) {
                getLog().info("Wrote " + written);
            }
        } catch (IOException e) {
            throw MojoFailures.error("cannot write the upgrade report to " + out + ": " + e.getMessage(), e);
        }

        if (violations.isEmpty()) {
            return;
        }
        throw new MojoFailureException("Unsupported Duende IdentityServer upgrade (" + violations.size() + "):"
                + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ",
                violations.stream().map(LogText::escape).toList()));
    }

    /**
     * Schema steps the Liquibase changelogs in {@code changelogDirectory} do not cover yet, up to the
     * version the project files declare; each fails the build like an ERROR finding, or only warns
     * with {@code duende.failOnPendingSchema=false}. Nothing when the folder does not exist.
     */
    private List<String> pendingSchema(Catalog catalog, UpgradePlan plan) throws MojoExecutionException {
        if (plan.currentVersion().isEmpty() || changelogDirectory == null) {
            return List.of();
        }
        List<String> pending;
        try {
            pending = new PendingSchemaCheck(catalog).check(plan.currentVersion().get(),
                    changelogDirectory(), new PendingSchemaCheck.Context(root(),
                            plan.declarationOf(plan.currentVersion().get()).orElse(null), goalCommand("migrate")));
        } catch (InputException e) {
            throw MojoFailures.error(e);
        }
        if (ParameterValidation.flag(failOnPendingSchema, true)) {
            return pending;
        }
        pending.forEach(getLog()::warn);
        return List.of();
    }
}
