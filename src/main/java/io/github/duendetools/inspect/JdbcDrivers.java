package io.github.duendetools.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the JDBC driver for a URL: one the user added as a plugin dependency, or one resolved for inspect alone and
 * loaded in a class loader of its own, so no driver ever sits on the class path of the other goals.
 */
public final class JdbcDrivers {

    private static final String DEFAULTS = "duende/inspect/drivers.properties";

    private JdbcDrivers() {
    }

    /** {@code groupId:artifactId:version} of the default driver for an engine, as the tests run it. */
    public static String defaultCoordinates(Engine engine) {
        Properties p = new Properties();
        try (InputStream in = JdbcDrivers.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULTS);
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        String gav = p.getProperty(engine.scheme());
        if (gav == null) {
            throw new IllegalStateException(DEFAULTS + " has no driver for " + engine.scheme());
        }
        return gav;
    }

    /** Checks {@code duende.driver}: exactly {@code groupId:artifactId:version}. */
    public static String checkCoordinates(String gav) throws InspectException {
        String[] parts = gav.trim().split(":");
        if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new InspectException("duende.driver must be groupId:artifactId:version, got '" + gav + "'");
        }
        return gav.trim();
    }

    /** A driver that the class loader (the plugin's, with the user's plugin dependencies) offers for the URL. */
    public static Optional<Driver> fromClassLoader(ClassLoader loader, String url) {
        ServiceLoader<Driver> drivers = ServiceLoader.load(Driver.class, loader);
        var it = drivers.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return Optional.empty();
                }
                Driver d = it.next();
                if (d.acceptsURL(url)) {
                    return Optional.of(d);
                }
            } catch (ServiceConfigurationError | SQLException e) {
                // a broken driver on the class path must not hide a working one
            }
        }
    }

    /** A driver from a resolved jar, in a class loader that sees only the JDK and that jar. */
    public static Isolated fromJar(Path jar, String url, String gav) throws InspectException {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new InspectException("cannot load the JDBC driver " + gav + " from " + jar + ": " + e.getMessage());
        }
        Optional<Driver> driver = fromClassLoader(loader, url);
        if (driver.isEmpty()) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing was loaded from it
            }
            throw new InspectException("the JDBC driver " + gav + " does not accept " + JdbcUrls.mask(url));
        }
        return new Isolated(driver.get(), loader);
    }

    /** A driver and the class loader it lives in, closed when inspect is done. */
    public record Isolated(Driver driver, URLClassLoader loader) implements AutoCloseable {
        @Override
        public void close() {
            try {
                if (loader != null) {
                    loader.close();
                }
            } catch (IOException ignored) {
                // the jar stays open until the JVM ends; nothing depends on it
            }
        }
    }
}
