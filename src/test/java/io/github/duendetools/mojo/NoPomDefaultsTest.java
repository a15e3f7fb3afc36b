package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a POM, output and changelogs default under the scanned root, whatever the current folder is. */
class NoPomDefaultsTest {

    @TempDir
    Path repo;

    private CheckUpgradeMojo mojo(MavenProject project) {
        CheckUpgradeMojo mojo = new CheckUpgradeMojo();
        mojo.project = project;
        mojo.projectRoot = repo.toFile();
        File cwd = new File("").getAbsoluteFile();
        mojo.changelogDirectory = new File(cwd, "src/main/resources/db/changelog/duende");
        mojo.outputDirectory = new File(cwd, "target/duende");
        return mojo;
    }

    @Test
    void withoutAPomBothDefaultUnderTheRoot() {
        CheckUpgradeMojo mojo = mojo(new MavenProject());
        assertEquals(repo.toAbsolutePath().resolve("db/changelog/duende"), mojo.changelogDirectory());
        assertEquals(repo.toAbsolutePath().resolve("target/duende"), mojo.outputDirectory());
    }

    @Test
    void withAPomTheConfiguredFoldersStand() {
        MavenProject project = new MavenProject();
        project.setFile(new File("pom.xml").getAbsoluteFile());
        CheckUpgradeMojo mojo = mojo(project);
        assertEquals(mojo.changelogDirectory.toPath().toAbsolutePath(), mojo.changelogDirectory());
        assertEquals(mojo.outputDirectory.toPath().toAbsolutePath(), mojo.outputDirectory());
    }

    @Test
    void anExplicitFolderStandsWithoutAPomToo() {
        CheckUpgradeMojo mojo = mojo(new MavenProject());
        mojo.changelogDirectory = repo.resolve("database/liquibase").toFile();
        assertEquals(repo.toAbsolutePath().resolve("database/liquibase"), mojo.changelogDirectory());
    }
}
