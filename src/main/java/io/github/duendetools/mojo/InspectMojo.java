package io.github.duendetools.mojo;

import io.github.duendetools.inspect.Engine;
import io.github.duendetools.inspect.SystemTables;
import io.github.duendetools.inspect.InspectException;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.InspectReport;
import io.github.duendetools.inspect.Inspector;
import io.github.duendetools.inspect.JdbcDrivers;
import io.github.duendetools.inspect.JdbcUrls;
import io.github.duendetools.inspect.ReadOnlyConnection;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.inspect.Verdict;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.plan.UpgradeCheck;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Reads one database read only and says which Duende schema generation each store holds, how it drifts, who
 * manages it and what the steps up to the target cost; fails the build on a store that matches no generation or
 * does not match the version the project declares. Writes only {@code inspect-report.json} and {@code .md}.
 */
@Mojo(name = "inspect", threadSafe = true, requiresProject = false)
public class InspectMojo extends AbstractStoreNamingMojo {

    /**
     * JDBC URL of the database to inspect. It may hold a password: read unevaluated ({@link SecretParameter}) so that
     * {@code mvn -X} does not print it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.url")
    protected PlexusConfiguration url;

    /**
     * Database user; defaults to the {@code duende.server} entry's username.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.username")
    protected String username;

    /**
     * Database password. Prefer {@code duende.server} or an environment variable: a POM or command line is visible.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.password")
    protected PlexusConfiguration password;

    /**
     * Id of a {@code settings.xml} {@code <server>} whose username and (encrypted) password to use.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.server")
    protected String server;

    /**
     * Environment variable the password is read from when neither {@code duende.password} nor a server gives one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.passwordEnv", defaultValue = "DUENDE_DB_PASSWORD")
    protected String passwordEnv;

    /**
     * JDBC driver to resolve instead of the default for the URL's scheme: {@code groupId:artifactId:version}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.driver")
    protected String driver;

    /**
     * Seconds to wait for the connection and for each catalog query.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.timeout", defaultValue = "30")
    protected int timeout;


    /**
     * When false, a store that matches no generation exactly only warns.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.failOnDrift", defaultValue = "true")
    protected String failOnDrift;

    /**
     * When false, a store behind the declared version only warns (inspect before the update that brings it up).
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.failOnBehind", defaultValue = "true")
    protected String failOnBehind;

    /**
     * Maven's settings, where {@code duende.server} names a {@code <server>} entry.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    /**
     * The Maven session, whose repository system resolves the JDBC driver.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /**
     * This goal's execution, to read {@code url} and {@code password} unevaluated.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /**
     * The repositories the JDBC driver may be resolved from.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    protected List<RemoteRepository> remoteRepositories;

    @Component
    protected SettingsDecrypter decrypter;

    @Component
    protected RepositorySystem repositorySystem;

    /** duende.url as evaluated by {@link #validate}, which runs before anything else. */
    private String evaluatedUrl;

    /** Where environment variables come from; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** Adds the connection parameters, so that a bad URL, driver or timeout is refused before the tree is scanned. */
    @Override
    protected void validate(ParameterValidation validation) {
        super.validate(validation);
        validation.bool("duende.failOnDrift", failOnDrift).bool("duende.failOnBehind", failOnBehind)
                .positive("duende.timeout", timeout, "seconds");
        String url;
        try {
            url = secret(this.url, "duende.url");
        } catch (MojoExecutionException e) {
            validation.refuse(e.getMessage());
            return;
        }
        evaluatedUrl = url;
        if (url == null || url.isBlank()) {
            validation.refuse("duende.url is required: the JDBC URL of the database to inspect");
        } else if (Engine.forUrl(url).isEmpty()) {
            validation.refuse("unknown JDBC URL scheme '" + Engine.schemeOf(JdbcUrls.mask(url)) + "' in duende.url; known: "
                    + Arrays.stream(Engine.values()).map(e -> "jdbc:" + e.scheme()).toList());
        }
        if (driver != null && !driver.isBlank()) {
            try {
                JdbcDrivers.checkCoordinates(driver);
            } catch (InspectException e) {
                validation.refuse(e.getMessage());
            }
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Skipping Duende database inspection.")) {
            return;
        }
        String url = evaluatedUrl;
        Engine engine = Engine.forUrl(url).orElseThrow();
        String[] credentials = credentials();
        DuendeSchema schemaData = DuendeSchema.load();
        // Which generation a version has is the release catalog's answer alone, as for the other goals.
        Declared declared = declared();
        Optional<NuGetVersion> declaredVersion = declared.version();
        String declaredGeneration = declaredVersion.flatMap(declared.releases()::generationOf).orElse(null);
        if (declaredVersion.isPresent() && declaredGeneration == null) {
            getLog().warn("the project declares " + declaredVersion.get() + ", which this plugin cannot place in a schema"
                    + " generation: the stores are not compared with it (update the plugin, or describe the release in"
                    + " duende.catalogFile)");
        }
        String target = targetVersion != null && !targetVersion.isBlank()
                ? NuGetVersion.tryParse(targetVersion).flatMap(declared.releases()::generationOf)
                        .orElseThrow(() -> new MojoExecutionException("duende.targetVersion " + targetVersion
                                + " has no Duende schema generation"))
                : declaredGeneration;
        InspectOptions options = new InspectOptions(schema, configurationSchema, operationalSchema, tableNameMap(),
                postgresLegacyTimestamps(), null, changelogDirectory == null ? null : changelogDirectory())
                .withDeclared(declaredGeneration)
                .withLowLock(lowLock() || engine == Engine.POSTGRESQL && postgresLowLock());
        SystemTables systemTables = engine.systemTables(timeout);
        Map<Store, StoreReport> stores;
        String product;
        try (JdbcDrivers.Isolated loaded = driverFor(engine, url)) {
            Connection connection = ReadOnlyConnection.open(loaded.driver(), url, credentials[0], credentials[1], systemTables);
            try {
                product = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                stores = new Inspector(schemaData, systemTables).inspect(connection, options.withTarget(target));
            } finally {
                ReadOnlyConnection.close(connection);
            }
        } catch (InspectException e) {
            throw MojoFailures.databaseError("", e, url, credentials[1]);
        } catch (SQLException e) {
            throw MojoFailures.databaseError("cannot read the catalog of " + JdbcUrls.mask(url) + ": ", e, url, credentials[1]);
        }
        Verdict verdict = Verdict.of(stores, schemaData, declaredGeneration, declaredVersion.map(Object::toString).orElse(null),
                ParameterValidation.flag(failOnDrift, true), ParameterValidation.flag(failOnBehind, true));
        InspectReport report = new InspectReport(JdbcUrls.mask(url), product, stores, verdict);
        report.lines().forEach(getLog()::info);
        verdict.warnings().forEach(getLog()::warn);
        Path out = outputDirectory();
        try {
            for (Path written : report.write(out)) {
                getLog().info("Wrote " + written);
            }
        } catch (IOException e) {
            throw MojoFailures.error("cannot write the inspection report to " + out + ": " + e.getMessage(), e);
        }
        if (!verdict.violations().isEmpty()) {
            throw new MojoFailureException("Duende database check failed (" + verdict.violations().size() + "):"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", verdict.violations()));
        }
    }

    /** The release catalog, and the version the project files declare when the root holds Duende projects. */
    private record Declared(Catalog releases, Optional<NuGetVersion> version) {
    }

    /** The project's plan findings are not ours to report: only the version it declares matters here. */
    private Declared declared() throws MojoExecutionException {
        if (projectRoot == null) {
            try {
                return new Declared(Catalog.load(catalogFile == null ? null : catalogFile.toPath()), Optional.empty());
            } catch (InputException e) {
                throw MojoFailures.error(e);
            }
        }
        UpgradeCheck.Checked checked = check();
        return new Declared(checked.catalog(), checked.plan().currentVersion());
    }

    private String secret(PlexusConfiguration parameter, String name) throws MojoExecutionException {
        try {
            return SecretParameter.value(parameter, session, mojoExecution);
        } catch (ExpressionEvaluationException e) {
            throw MojoFailures.error(name + " cannot be evaluated: " + e.getMessage(), e);
        }
    }

    /** User and password: duende.password, else the server's (decrypted), else the environment variable. */
    private String[] credentials() throws MojoExecutionException {
        String user = username;
        String secret = secret(password, "duende.password");
        if (server != null && !server.isBlank()) {
            Server entry = settings == null ? null : settings.getServer(server);
            if (entry == null) {
                throw new MojoExecutionException("duende.server " + server + " is not a <server> in settings.xml");
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(entry));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("cannot decrypt the password of <server> " + server + ": "
                            + problem.getMessage());
                }
            }
            Server decrypted = result.getServer();
            if (user == null || user.isBlank()) {
                user = decrypted.getUsername();
            }
            if (secret == null) {
                secret = decrypted.getPassword();
            }
        }
        if (secret == null && passwordEnv != null && !passwordEnv.isBlank()) {
            secret = environment.apply(passwordEnv);
        }
        return new String[] {user, secret};
    }

    /**
     * {@code duende.driver} wins; otherwise a driver the user added as a plugin dependency; otherwise the tested
     * default for the scheme, resolved and loaded for this goal alone.
     */
    private JdbcDrivers.Isolated driverFor(Engine engine, String url) throws InspectException {
        if (driver == null || driver.isBlank()) {
            Optional<Driver> onClassPath = JdbcDrivers.fromClassLoader(getClass().getClassLoader(), url);
            if (onClassPath.isPresent()) {
                return new JdbcDrivers.Isolated(onClassPath.get(), null);
            }
        }
        String gav = driver == null || driver.isBlank() ? JdbcDrivers.defaultCoordinates(engine)
                : JdbcDrivers.checkCoordinates(driver);
        if (repositorySystem == null || session == null) {
            throw new InspectException("no JDBC driver for " + JdbcUrls.mask(url) + " and no repository to resolve "
                    + gav + " from: add it as a plugin <dependency>");
        }
        Path jar = new MavenDriverResolver(repositorySystem, session.getRepositorySession(), remoteRepositories)
                .resolve(gav);
        getLog().info("JDBC driver " + gav);
        return JdbcDrivers.fromJar(jar, url, gav);
    }
}
