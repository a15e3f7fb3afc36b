package io.github.duendetools.mojo;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.LogReport;
import io.github.duendetools.plan.UpgradeCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters every goal shares. Mojos stay thin: bind parameters, call the core, log, and map
 * failures to Maven's two exceptions (violations: {@link MojoFailureException}; errors:
 * {@link MojoExecutionException}).
 */
public abstract class AbstractDuendeMojo extends AbstractMojo {

    /** Maven's log, wrapped once per log Maven (or a test) sets. */
    private EscapingLog escapingLog;

    /** Every line this goal logs, with control characters escaped: a file name cannot split a line or forge one. */
    @Override
    public Log getLog() {
        Log log = super.getLog();
        if (escapingLog == null || escapingLog.delegate() != log) {
            escapingLog = new EscapingLog(log);
        }
        return escapingLog;
    }


    /** Skips the goal. */
    @Parameter(property = "duende.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Root folder of the .NET repository to scan. Defaults to the Maven basedir, or the current
     * folder when Maven runs without a POM.
     */
    @Parameter(property = "duende.projectRoot", defaultValue = "${basedir}")
    protected File projectRoot;

    /** Comma-separated globs, relative to {@code projectRoot}, of files and folders to leave alone. */
    @Parameter(property = "duende.excludes")
    protected String excludes;

    /** Files larger than this many bytes are refused unread. */
    @Parameter(property = "duende.maxFileSize", defaultValue = "10485760")
    protected long maxFileSize;

    /** The Duende IdentityServer version to move to. Defaults to the newest stable release in the catalog. */
    @Parameter(property = "duende.targetVersion")
    protected String targetVersion;

    /** Allows a prerelease target version. */
    @Parameter(property = "duende.allowPrerelease", defaultValue = "false")
    protected boolean allowPrerelease;

    /** Treats projects that disagree on the Duende version as one, moving all of them to the target. */
    @Parameter(property = "duende.alignAll", defaultValue = "false")
    protected boolean alignAll;

    /** Looks only at this target framework's branch of multi-targeted projects ({@code net8.0}). */
    @Parameter(property = "duende.targetFramework")
    protected String targetFramework;

    /** A YAML catalog of Duende releases newer than this plugin, merged over the built-in one. */
    @Parameter(property = "duende.catalogFile")
    protected File catalogFile;

    /** When false, unsupported jumps are logged as warnings instead of failing the build. */
    @Parameter(property = "duende.failOnUnsupported", defaultValue = "true")
    protected boolean failOnUnsupported;

    /**
     * Folder of the emitted Liquibase changelogs. {@code migrate} writes there; {@code check-upgrade}
     * reads which schema steps it already covers.
     */
    @Parameter(property = "duende.changelogDirectory", defaultValue = "${basedir}/src/main/resources/db/changelog/duende")
    protected File changelogDirectory;

    /** Where reports and previews go. */
    @Parameter(property = "duende.outputDirectory", defaultValue = "${project.build.directory}/duende")
    protected File outputDirectory;

    /** This plugin, to name it in suggested commands. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = false)
    protected PluginDescriptor plugin;

    /** The POM's project; Maven's stand-in project when there is no POM. */
    @Parameter(defaultValue = "${project}", readonly = true, required = false)
    protected MavenProject project;

    /**
     * A command line that runs {@code goal} here as written: the {@code duende:} prefix resolves only
     * through a POM that declares the plugin (or a pluginGroup in settings), so otherwise it names the
     * plugin by its full coordinates.
     */
    protected String goalCommand(String goal) {
        if (plugin == null) {
            return "mvn duende:" + goal;
        }
        boolean declared = project != null && project.getFile() != null && project.getBuildPlugins().stream()
                .anyMatch(p -> plugin.getPluginLookupKey().equals(p.getKey()));
        if (declared) {
            return "mvn " + plugin.getGoalPrefix() + ":" + goal;
        }
        return "mvn " + plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion() + ":" + goal
                + commandLineOptions();
    }

    /**
     * The options a bare command line must repeat to reach the same files: where no POM configures the plugin,
     * whatever this run was given differently from the defaults came from the command line.
     */
    private String commandLineOptions() {
        StringBuilder options = new StringBuilder();
        if (!root().equals(basedir().toPath().toAbsolutePath().normalize())) {
            option(options, "duende.projectRoot", root().toString());
        }
        if (changelogDirectory != null && !changelogDirectory().equals(root().resolve("db").resolve("changelog").resolve("duende"))) {
            option(options, "duende.changelogDirectory", changelogDirectory().toString());
        }
        if (catalogFile != null) {
            option(options, "duende.catalogFile", catalogFile.toPath().toAbsolutePath().normalize().toString());
        }
        if (excludes != null && !excludes.isBlank()) {
            option(options, "duende.excludes", excludes);
        }
        return options.toString();
    }

    private static void option(StringBuilder options, String property, String value) {
        String argument = "-D" + property + "=" + value;
        // Quoted for a POSIX shell when it holds anything a shell would split or expand.
        boolean plain = argument.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.=/:,+@%".indexOf(c) >= 0);
        options.append(' ').append(plain ? argument : "'" + argument.replace("'", "'\\''") + "'");
    }

    protected Path root() {
        return projectRoot.toPath().toAbsolutePath().normalize();
    }

    /**
     * Without a POM the Maven defaults name the current folder, which need not be the .NET repository:
     * output then goes to {@code <projectRoot>/target/duende}.
     */
    protected Path outputDirectory() {
        if (outputDirectory == null || outputDirectory.getPath().contains("${")
                || withoutPom() && sameFile(outputDirectory, new File(basedir(), "target/duende"))) {
            return root().resolve("target").resolve("duende");
        }
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    /**
     * Where the Liquibase changelogs live. Without a POM the default is {@code <projectRoot>/db/changelog/duende}:
     * a .NET repository has no {@code src/main/resources}, and the current folder need not be the repository.
     */
    protected Path changelogDirectory() {
        if (withoutPom() && sameFile(changelogDirectory, new File(basedir(), "src/main/resources/db/changelog/duende"))) {
            return root().resolve("db").resolve("changelog").resolve("duende");
        }
        return changelogDirectory.toPath().toAbsolutePath().normalize();
    }

    /** Maven runs a goal without a POM on a stand-in project that has no file. */
    private boolean withoutPom() {
        return project != null && project.getFile() == null;
    }

    private File basedir() {
        return project.getBasedir() != null ? project.getBasedir() : new File("").getAbsoluteFile();
    }

    private static boolean sameFile(File a, File b) {
        return a != null && a.toPath().toAbsolutePath().normalize().equals(b.toPath().toAbsolutePath().normalize());
    }

    protected ScanOptions scanOptions() throws MojoExecutionException {
        if (maxFileSize <= 0) {
            throw new MojoExecutionException("duende.maxFileSize must be a positive number of bytes, not " + maxFileSize);
        }
        return new ScanOptions(ParameterLists.split(excludes), maxFileSize);
    }

    /**
     * Logs the plan as both goals show it (projects, path, warnings, notes) and returns the ERROR
     * findings as log lines, for the caller to fail with or refuse on.
     */
    protected List<String> logPlan(UpgradePlan plan) {
        LogReport log = new LogReport(plan);
        log.references().forEach(getLog()::info);
        log.path().forEach(getLog()::info);
        List<String> errors = new ArrayList<>();
        for (Finding f : plan.findings()) {
            String line = log.finding(f);
            switch (f.severity()) {
                case ERROR -> errors.add(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        return errors;
    }

    /**
     * Reads the catalog ({@code catalogFile} merged over the built-in one), scans {@link #root()} and
     * plans with the shared policy parameters: both goals plan alike.
     */
    protected UpgradeCheck.Checked check() throws MojoExecutionException {
        return check(alignAll);
    }

    /** As {@link #check()}, with {@code alignAll} decided by the caller. */
    protected UpgradeCheck.Checked check(boolean alignAll) throws MojoExecutionException {
        Path overlay = catalogFile == null ? null : catalogFile.toPath();
        try {
            return new UpgradeCheck(scanOptions(), () -> Catalog.load(overlay))
                    .check(root(), new PlanPolicy(targetVersion, allowPrerelease, alignAll, targetFramework));
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }
}
