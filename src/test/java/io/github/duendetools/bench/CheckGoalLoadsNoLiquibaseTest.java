package io.github.duendetools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate runs in every build, so it must stay cheap: {@code check-upgrade} must never load Liquibase,
 * whose initialisation costs far more than parsing a hundred project files, nor a YAML parser for the built-in
 * catalog. The goal runs here in a class
 * loader of its own that records every class it loads, on a generated tree, to the end (report written).
 */
class CheckGoalLoadsNoLiquibaseTest {

    @TempDir
    Path dir;

    @Test
    void checkUpgradeLoadsNoLiquibaseClass() throws Exception {
        Path repo = dir.resolve("repo");
        DotnetTreeGenerator.generate(repo, 20, "7.0.0");
        List<String> loaded = new CopyOnWriteArrayList<>();
        try (RecordingLoader loader = new RecordingLoader(loaded)) {
            Class<?> goal = Class.forName("io.github.duendetools.mojo.CheckUpgradeMojo", true, loader);
            Object mojo = goal.getConstructor().newInstance();
            set(mojo, "projectRoot", repo.toFile());
            set(mojo, "maxFileSize", 10_485_760L);
            set(mojo, "failOnUnsupported", "true");
            set(mojo, "targetVersion", "7.4.8");
            set(mojo, "outputDirectory", dir.resolve("out").toFile());
            goal.getMethod("execute").invoke(mojo);
        }
        assertTrue(Files.exists(dir.resolve("out").resolve("upgrade-report.json")), "the goal ran to the end");
        assertTrue(loaded.contains("io.github.duendetools.msbuild.ProjectScanner"), "the recording loader saw the scan");
        assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("liquibase.")).toList());
        // nor the YAML parser: the built-in catalog is read from the form the build compiled it into
        assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("org.yaml.")).toList());
        // nor inspect's code or any JDBC driver, though the test class path has four of them
        assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("io.github.duendetools.inspect.")
                || name.startsWith("org.h2.") || name.startsWith("org.postgresql.") || name.startsWith("org.mariadb.")
                || name.startsWith("org.sqlite.")).toList());
    }

    @Test
    void theRecordingLoaderWouldSeeLiquibase() throws Exception {
        List<String> loaded = new CopyOnWriteArrayList<>();
        try (RecordingLoader loader = new RecordingLoader(loaded)) {
            Class.forName("liquibase.Scope", false, loader);
        }
        assertTrue(loaded.contains("liquibase.Scope"));
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** The test class path, with only the platform loader above it, so that every class passes through here. */
    private static final class RecordingLoader extends URLClassLoader {
        private final List<String> loaded;

        RecordingLoader(List<String> loaded) throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
            this.loaded = loaded;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (findLoadedClass(name) == null) {
                    loaded.add(name);
                }
                return super.loadClass(name, resolve);
            }
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
