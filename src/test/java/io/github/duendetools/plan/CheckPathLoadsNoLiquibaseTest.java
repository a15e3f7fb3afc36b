package io.github.duendetools.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * check-upgrade is a CI gate and must stay light: it must never touch Liquibase. The plugin's own
 * classes are redefined in a loader that refuses {@code liquibase.*}, so any reference on the
 * check path, however indirect, would fail the run.
 */
class CheckPathLoadsNoLiquibaseTest {

    /** Defines the plugin's classes itself (so their references resolve here) and refuses Liquibase. */
    static final class NoLiquibaseLoader extends ClassLoader {
        final List<String> refused = new ArrayList<>();

        NoLiquibaseLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("liquibase.")) {
                    refused.add(name);
                    throw new ClassNotFoundException("the check path must not load " + name);
                }
                if (!name.startsWith("io.github.duendetools.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkPathRunsWithoutLiquibase() throws Exception {
        NoLiquibaseLoader loader = new NoLiquibaseLoader(getClass().getClassLoader());
        Class<?> runner = loader.loadClass(CheckPathRunner.class.getName());
        assertEquals(loader, runner.getClassLoader());
        Function<Path, String> check = (Function<Path, String>) runner.getDeclaredConstructor().newInstance();
        String output = check.apply(fixture());
        assertTrue(output.contains("src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 6.3.0"), output);
        assertTrue(output.contains("Upgrade path 6.3.0 -> 7.0.0: 1 step"), output);
        assertEquals(List.of(), loader.refused);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholeGoalWithItsPendingSchemaGateRunsWithoutLiquibase() throws Exception {
        NoLiquibaseLoader loader = new NoLiquibaseLoader(getClass().getClassLoader());
        Function<Path, String> goal = (Function<Path, String>) loader
                .loadClass("io.github.duendetools.mojo.CheckMojoRunner").getDeclaredConstructor().newInstance();
        String log = goal.apply(fixture());
        assertTrue(log.contains("INFO Upgrade path 6.3.0 -> 7.0.0: 1 step"), log);
        // the empty changelog folder is read and found lagging, which only warns here
        assertTrue(log.contains("WARN PENDING_SCHEMA src/Idp/Idp.csproj:6: Liquibase changelogs in "), log);
        assertEquals(List.of(), loader.refused);
    }

    @Test
    void theLoaderReallyRefusesLiquibase() {
        NoLiquibaseLoader loader = new NoLiquibaseLoader(getClass().getClassLoader());
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("liquibase.Liquibase"));
        assertEquals(List.of("liquibase.Liquibase"), loader.refused);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(CheckPathLoadsNoLiquibaseTest.class.getResource("/check-path").toURI());
    }
}
