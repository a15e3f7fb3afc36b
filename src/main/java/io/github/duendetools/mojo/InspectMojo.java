package io.github.duendetools.mojo;

import io.github.duendetools.inspect.Engine;
import io.github.duendetools.inspect.EngineCatalog;
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
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.schema.SchemaCatalog;
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
     */
    @Parameter(property = "duende.url")
    protected PlexusConfiguration url;

    /** Database user; defaults to the {@code duende.server} entry's username. */
    @Parameter(property = "duende.username")
    protected String username;

    /** Database password. Prefer {@code duende.server} or an environment variable: a POM or command line is visible. */
    @Parameter(property = "duende.password")
    protected PlexusConfiguration password;

    /** Id of a {@code settings.xml} {@code <server>} whose username and (encrypted) password to use. */
    @Parameter(property = "duende.server")
    protected String server;

    /** Environment variable the password is read from when neither {@code duende.password} nor a server gives one. */
    @Parameter(property = "duende.passwordEnv", defaultValue = "DUENDE_DB_PASSWORD")
    protected String passwordEnv;

    /** JDBC driver to resolve instead of the default for the URL's scheme: {@code groupId:artifactId:version}. */
    @Parameter(property = "duende.driver")
    protected String driver;

    /** Seconds to wait for the connection and for each catalog query. */
    @Parameter(property = "duende.timeout", defaultValue = "30")
    protected int timeout;


    /** When false, a store that matches no generation exactly only warns. */
    @Parameter(property = "duende.failOnDrift", defaultValue = "true")
    protected boolean failOnDrift;

    /** When false, a store behind the declared version only warns (inspect before the update that brings it up). */
    @Parameter(property = "duende.failOnBehind", defaultValue = "true")
    protected boolean failOnBehind;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    protected List<RemoteRepository> remoteRepositories;

    @Component
    protected SettingsDecrypter decrypter;

    @Component
    protected RepositorySystem repositorySystem;

    /** Where environment variables come from; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Duende database inspection.");
            return;
        }
        String url = secret(this.url, "duende.url");
        if (url == null || url.isBlank()) {
            throw new MojoExecutionException("duende.url is required: the JDBC URL of the database to inspect");
        }
        Engine engine = Engine.forUrl(url).orElseThrow(() -> new MojoExecutionException("unknown JDBC URL scheme '"
                + Engine.schemeOf(JdbcUrls.mask(url)) + "' in duende.url; known: " + Arrays.stream(Engine.values())
                .map(e -> "jdbc:" + e.scheme()).toList()));
        InspectOptions options = new InspectOptions(schema, configurationSchema, operationalSchema, tableNameMap(),
                postgresLegacyTimestamps, null, changelogDirectory == null ? null : changelogDirectory());
        String[] credentials = credentials();
        SchemaCatalog schemaData = SchemaCatalog.load();
        Optional<NuGetVersion> declared = declaredVersion();
        String declaredGeneration = declared.flatMap(v -> schemaData.generationFor(v.toString())).orElse(null);
        String target = targetVersion != null && !targetVersion.isBlank()
                ? schemaData.generationFor(targetVersion).orElseThrow(() -> new MojoExecutionException(
                        "duende.targetVersion " + targetVersion + " has no Duende schema generation"))
                : declaredGeneration;
        EngineCatalog catalog = engine.catalog(Math.max(1, timeout));
        Map<Store, StoreReport> stores;
        String product;
        try (JdbcDrivers.Isolated loaded = driverFor(engine, url)) {
            Connection connection = ReadOnlyConnection.open(loaded.driver(), url, credentials[0], credentials[1], catalog);
            try {
                product = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                stores = new Inspector(schemaData, catalog).inspect(connection, options.withTarget(target));
            } finally {
                ReadOnlyConnection.close(connection);
            }
        } catch (InspectException e) {
            throw new MojoExecutionException(JdbcUrls.scrub(e.getMessage(), url, credentials[1]));
        } catch (SQLException e) {
            throw new MojoExecutionException("cannot read the catalog of " + JdbcUrls.mask(url) + ": "
                    + JdbcUrls.scrub(e.getMessage(), url, credentials[1]));
        }
        Verdict verdict = Verdict.of(stores, schemaData, declaredGeneration, declared.map(Object::toString).orElse(null),
                failOnDrift, failOnBehind);
        InspectReport report = new InspectReport(JdbcUrls.mask(url), product, stores, verdict);
        report.lines().forEach(getLog()::info);
        verdict.warnings().forEach(getLog()::warn);
        Path out = outputDirectory();
        try {
            for (Path written : report.write(out)) {
                getLog().info("Wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the inspection report to " + out + ": " + e.getMessage());
        }
        if (!verdict.violations().isEmpty()) {
            throw new MojoFailureException("Duende database check failed (" + verdict.violations().size() + "):"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", verdict.violations()));
        }
    }

    /** The version the project files declare, when the root holds Duende projects; their scan errors are not ours. */
    private Optional<NuGetVersion> declaredVersion() throws MojoExecutionException {
        if (projectRoot == null) {
            return Optional.empty();
        }
        UpgradePlan plan = check().plan();
        return plan.currentVersion();
    }

    private String secret(PlexusConfiguration parameter, String name) throws MojoExecutionException {
        try {
            return SecretParameter.value(parameter, session, mojoExecution);
        } catch (ExpressionEvaluationException e) {
            throw new MojoExecutionException(name + " cannot be evaluated: " + e.getMessage(), e);
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
