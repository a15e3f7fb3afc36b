package io.github.duendetools.mojo;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.TargetFramework;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.LogReport;
import io.github.duendetools.plan.UpgradeCheck;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
abstract class AbstractDuendeMojo extends AbstractMojo {

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


    /**
     * Skips the goal. Booleans are bound as text and read strictly ({@link ParameterValidation}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.skip", defaultValue = "false")
    protected String skip;

    /**
     * Root folder of the .NET repository to scan. Defaults to the Maven basedir, or the current
     * folder when Maven runs without a POM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.projectRoot", defaultValue = "${basedir}")
    protected File projectRoot;

    /**
     * Comma-separated globs, relative to {@code projectRoot}, of files and folders to leave alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.excludes")
    protected String excludes;

    /**
     * Files larger than this many bytes are refused unread.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.maxFileSize", defaultValue = "10485760")
    protected long maxFileSize;

    /**
     * The Duende IdentityServer version to move to. Defaults to the newest stable release in the catalog.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.targetVersion")
    protected String targetVersion;

    /**
     * Allows a prerelease target version.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.allowPrerelease", defaultValue = "false")
    protected String allowPrerelease;

    /**
     * Treats projects that disagree on the Duende version as one, moving all of them to the target.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.alignAll", defaultValue = "false")
    protected String alignAll;

    /**
     * Looks only at this target framework's branch of multi-targeted projects ({@code net8.0}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.targetFramework")
    protected String targetFramework;

    /**
     * A YAML catalog of Duende releases newer than this plugin, merged over the built-in one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.catalogFile")
    protected File catalogFile;

    /**
     * When false, unsupported jumps are logged as warnings instead of failing the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.failOnUnsupported", defaultValue = "true")
    protected String failOnUnsupported;

    /**
     * Folder of the emitted Liquibase changelogs. {@code migrate} writes there; {@code check-upgrade}
     * reads which schema steps it already covers.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.changelogDirectory", defaultValue = "${basedir}/src/main/resources/db/changelog/duende")
    protected File changelogDirectory;

    /**
     * Where reports and previews go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.outputDirectory", defaultValue = "${project.build.directory}/duende")
    protected File outputDirectory;

    /**
     * This plugin, to name it in suggested commands.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = false)
    protected PluginDescriptor plugin;

    /**
     * The POM's project; Maven's stand-in project when there is no POM.
     *
     * @since 0.1.0
     */
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

    protected ScanOptions scanOptions() {
        return new ScanOptions(ParameterLists.split(excludes), maxFileSize);
    }

    /**
     * Checks every parameter of the goal before it reads or writes anything, and says whether to skip it:
     * {@code duende.skip} is read first, so a skipped goal is not failed for its other parameters.
     */
    protected final boolean skipped(String message) throws MojoExecutionException {
        new ParameterValidation().bool("duende.skip", skip).check();
        if (ParameterValidation.flag(skip, false)) {
            getLog().info(message);
            return true;
        }
        ParameterValidation validation = new ParameterValidation();
        validate(validation);
        validation.check();
        return false;
    }

    /** Adds this goal's parameters to the check; a goal with parameters of its own adds them and calls this. */
    protected void validate(ParameterValidation validation) {
        validation.bool("duende.allowPrerelease", allowPrerelease)
                .bool("duende.alignAll", alignAll)
                .bool("duende.failOnUnsupported", failOnUnsupported)
                .positive("duende.maxFileSize", maxFileSize, "bytes");
        if (targetVersion != null && !targetVersion.isBlank() && NuGetVersion.tryParse(targetVersion).isEmpty()) {
            validation.refuse("duende.targetVersion", targetVersion, "use a NuGet version such as 7.4.8");
        }
    }

    protected boolean allowPrerelease() {
        return ParameterValidation.flag(allowPrerelease, false);
    }

    protected boolean alignAll() {
        return ParameterValidation.flag(alignAll, false);
    }

    protected boolean failOnUnsupported() {
        return ParameterValidation.flag(failOnUnsupported, true);
    }

    /**
     * Logs the plan as both goals show it (projects, path, warnings, notes) and returns the ERROR
     * findings as log lines, for the caller to fail with or refuse on.
     */
    protected List<String> logPlan(UpgradePlan plan) {
        return new LogReport(plan).log(getLog()::info, getLog()::warn);
    }

    /**
     * Reads the catalog ({@code catalogFile} merged over the built-in one), scans {@link #root()} and
     * plans with the shared policy parameters: both goals plan alike.
     */
    protected UpgradeCheck.Checked check() throws MojoExecutionException {
        return check(alignAll());
    }

    /** As {@link #check()}, with {@code alignAll} decided by the caller. */
    protected UpgradeCheck.Checked check(boolean alignAll) throws MojoExecutionException {
        Path overlay = catalogFile == null ? null : catalogFile.toPath();
        UpgradeCheck.Checked checked;
        try {
            checked = new UpgradeCheck(scanOptions(), () -> Catalog.load(overlay))
                    .check(root(), new PlanPolicy(targetVersion, allowPrerelease(), alignAll, targetFramework));
        } catch (InputException e) {
            throw MojoFailures.error(e);
        }
        checkTargetFramework(checked.plan());
        return checked;
    }

    /**
     * A {@code targetFramework} no project declares would leave every project out of the edits while the plan
     * goes on: refused, with the frameworks the projects do declare. Only the scan can tell, so this is the one
     * parameter checked after reading, still before anything is written.
     */
    private void checkTargetFramework(UpgradePlan plan) throws MojoExecutionException {
        if (targetFramework == null || targetFramework.isBlank()) {
            return;
        }
        Set<String> declared = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        plan.references().forEach(r -> declared.addAll(r.ref().targetFrameworks()));
        if (declared.stream().noneMatch(f -> f.equalsIgnoreCase(targetFramework.strip()))) {
            new ParameterValidation().refuse("duende.targetFramework", targetFramework, "no Duende project under " + root()
                    + (declared.isEmpty() ? " declares a target framework" : " declares it; use " + String.join(", ", declared)),
                    meant(targetFramework.strip(), declared)).check();
        }
    }

    /**
     * The declared framework a refused one was probably meant to be: the same framework spelled otherwise
     * ({@code net8} for {@code net8.0}), or for a word that is no framework at all, a near miss ({@code nett8.0}).
     * Another real framework ({@code net9.0}) was meant as typed, and gets no suggestion.
     */
    private static Optional<String> meant(String typed, Set<String> declared) {
        Optional<TargetFramework> parsed = TargetFramework.parse(typed);
        if (parsed.isEmpty()) {
            return ParameterValidation.nearest(typed, declared);
        }
        TargetFramework t = parsed.get();
        return declared.stream().filter(d -> TargetFramework.parse(d).filter(f -> f.family() == t.family()
                && f.version().equals(t.version()) && Objects.equals(f.platform(), t.platform()) && f.platformVersion().equals(t.platformVersion())).isPresent()).findFirst();
    }
}
