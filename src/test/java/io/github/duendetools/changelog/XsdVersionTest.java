package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The changelogs name a schema every supported Liquibase reads from its own jar. {@code LiquibaseMatrixTest} runs them
 * on each release; this checks, on the Liquibase the tests compile against, that its jar still ships that schema
 * unchanged from 4.9, so a Liquibase upgrade that dropped or edited it fails here first.
 */
class XsdVersionTest {

    private static final String FOLDER = "www.liquibase.org/xml/ns/dbchangelog/";

    @Test
    void changelogsNameTheOldestSchemaOfTheSupportedRange() {
        String changelog = ChangelogXmlWriter.changelog("configuration/6.0-to-6.1.xml", List.of(), "duende-test", "duende-test");
        assertTrue(changelog.contains("http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.9.xsd\""), changelog);
        assertTrue(changelog.contains("logicalFilePath=\"configuration/6.0-to-6.1.xml\""), changelog);
    }

    @Test
    void theLiquibaseOnTheClassPathShipsThatSchemaAsReleasedIn49() throws Exception {
        byte[] shipped = read(FOLDER + ChangelogXmlWriter.XSD);
        assertNotNull(shipped, "Liquibase no longer ships " + ChangelogXmlWriter.XSD);
        // SHA-256 of the file in liquibase-core 4.9.1, 4.17.2, 4.20.0, 4.24.0, 4.27.0, 4.29.2, 4.31.1 and 4.33.0 alike.
        assertEquals("25ad526bc632a93c0f67cffa9274802d73f075a747ab585b7a99d0d3aa1a927c",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped)),
                "Liquibase's " + ChangelogXmlWriter.XSD + " is not the one 4.9.1 shipped");
    }

    private static byte[] read(String resource) throws Exception {
        try (InputStream in = XsdVersionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
