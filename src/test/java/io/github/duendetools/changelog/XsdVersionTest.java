package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;

/** The changelogs name the XSD of the Liquibase line the project proves them with, so upgrading Liquibase moves both. */
class XsdVersionTest {

    @Test
    void changelogsNameTheXsdOfTheLiquibaseTheyAreTestedWith() {
        String version = LiquibaseUtil.getBuildVersion();
        String[] parts = version.split("\\.");
        String xsd = "dbchangelog-" + parts[0] + "." + parts[1] + ".xsd";
        String changelog = ChangelogXmlWriter.changelog(List.of(), "duende-test", "duende-test");
        assertTrue(changelog.contains("/" + xsd + "\""), "expected " + xsd + " for Liquibase " + version + " in:\n" + changelog);
    }
}
