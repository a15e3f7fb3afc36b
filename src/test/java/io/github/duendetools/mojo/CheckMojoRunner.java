package io.github.duendetools.mojo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs the whole check-upgrade goal on a tree, pending-schema gate included, and returns its log.
 * Used inside an isolating class loader, so it sets the parameters itself instead of Maven.
 */
public final class CheckMojoRunner implements Function<Path, String> {

    @Override
    public String apply(Path root) {
        try {
            Path work = Files.createTempDirectory("check-path");
            Path changelogs = Files.createDirectories(work.resolve("changelog"));
            CheckUpgradeMojo mojo = new CheckUpgradeMojo();
            mojo.projectRoot = root.toFile();
            mojo.maxFileSize = 1024 * 1024;
            mojo.targetVersion = "7.0.0";
            mojo.failOnUnsupported = "true";
            mojo.failOnPendingSchema = "false";
            mojo.changelogDirectory = changelogs.toFile();
            mojo.outputDirectory = new File(work.toFile(), "duende");
            CapturingLog log = new CapturingLog();
            mojo.setLog(log);
            mojo.execute();
            return String.join("\n", log.lines);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
