package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command a finding suggests must run as written, from the folder the user ran the goal in. */
class GoalCommandTest {

    private static final String COORDINATES = "io.github.duendetools:duende-maven-plugin:1.2.3";

    @TempDir
    Path dir;

    @Test
    void withoutAPomTheCommandNamesThePluginAndRepeatsTheRootGivenOnTheCommandLine() {
        CheckUpgradeMojo mojo = mojo(new MavenProject());
        mojo.projectRoot = dir.toFile();
        assertEquals("mvn " + COORDINATES + ":migrate -Dduende.projectRoot=" + dir.toAbsolutePath().normalize(),
                mojo.goalCommand("migrate"));
    }

    @Test
    void withoutAPomTheDefaultsAddNothing() {
        CheckUpgradeMojo mojo = mojo(new MavenProject());
        assertEquals("mvn " + COORDINATES + ":migrate", mojo.goalCommand("migrate"));
    }

    @Test
    void customFoldersAndCatalogAreRepeatedQuotedForTheShell() {
        CheckUpgradeMojo mojo = mojo(new MavenProject());
        mojo.projectRoot = dir.toFile();
        mojo.changelogDirectory = dir.resolve("db changes").toFile();
        mojo.catalogFile = dir.resolve("it's.yaml").toFile();
        mojo.excludes = "legacy/**";
        String root = dir.toAbsolutePath().normalize().toString();
        assertEquals("mvn " + COORDINATES + ":migrate -Dduende.projectRoot=" + root
                + " '-Dduende.changelogDirectory=" + root + "/db changes'"
                + " '-Dduende.catalogFile=" + root + "/it'\\''s.yaml'"
                + " '-Dduende.excludes=legacy/**'",
                mojo.goalCommand("migrate"));
    }

    @Test
    void aPomThatDeclaresThePluginGetsThePrefixAndItsOwnConfiguration() {
        Model model = new Model();
        Build build = new Build();
        Plugin declared = new Plugin();
        declared.setGroupId("io.github.duendetools");
        declared.setArtifactId("duende-maven-plugin");
        build.addPlugin(declared);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        CheckUpgradeMojo mojo = mojo(project);
        mojo.projectRoot = dir.resolve("identity").toFile();
        assertEquals("mvn duende:migrate", mojo.goalCommand("migrate"));
    }

    private static CheckUpgradeMojo mojo(MavenProject project) {
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setGroupId("io.github.duendetools");
        descriptor.setArtifactId("duende-maven-plugin");
        descriptor.setVersion("1.2.3");
        descriptor.setGoalPrefix("duende");
        CheckUpgradeMojo mojo = new CheckUpgradeMojo();
        mojo.plugin = descriptor;
        mojo.project = project;
        File here = new File("").getAbsoluteFile();
        mojo.projectRoot = here;
        mojo.changelogDirectory = new File(here, "src/main/resources/db/changelog/duende");
        return mojo;
    }
}
