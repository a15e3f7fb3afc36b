package io.github.duendetools.mojo;

import java.nio.file.Path;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A migrate goal configured as Maven would, for tests and for the process the kill test starts. */
final class MigrateRun {
    private MigrateRun() {
    }

    static MigrateMojo mojo(Path repo, Path changelogs, Path output, String target) {
        MigrateMojo mojo = new MigrateMojo();
        mojo.projectRoot = repo.toFile();
        mojo.changelogDirectory = changelogs.toFile();
        mojo.outputDirectory = output.toFile();
        mojo.targetVersion = target;
        mojo.maxFileSize = 10 * 1024 * 1024;
        mojo.failOnUnsupported = "true";
        return mojo;
    }

    /** Runs the goal without its info lines (warnings and errors still print). */
    static void runQuietly(Path repo, Path changelogs, Path output, String target) throws Exception {
        MigrateMojo mojo = mojo(repo, changelogs, output, target);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                // quiet
            }
        });
        mojo.execute();
    }
}
