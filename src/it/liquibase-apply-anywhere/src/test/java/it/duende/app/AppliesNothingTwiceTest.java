package it.duende.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Boot ran Liquibase at start-up, on the database the Maven plugin and the CLI already updated: the Duende
 * changesets are recorded once each, under their path inside the folder, every tag once; only the application's own
 * changeset is new.
 */
@SpringBootTest
class AppliesNothingTwiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDuendeChangesetIsRecordedOnceUnderItsPathInsideTheFolder() {
        List<String> twice = jdbc.queryForList("SELECT ID FROM DATABASECHANGELOG GROUP BY ID, AUTHOR HAVING COUNT(*) > 1",
                String.class);
        assertEquals(List.of(), twice, "changesets recorded more than once");
        List<String> paths = jdbc.queryForList("SELECT DISTINCT FILENAME FROM DATABASECHANGELOG"
                + " WHERE AUTHOR = 'duende-maven-plugin' ORDER BY FILENAME", String.class);
        assertEquals(List.of("configuration/6.0-to-6.1.xml", "configuration/baseline-6.0.xml", "duende-changelog.xml",
                "operational/6.0-to-6.1.xml", "operational/baseline-6.0.xml"), paths);
        for (String tag : List.of("duende-6.0", "duende-6.1", "duende-6.1-configuration", "duende-6.1-operational")) {
            assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE TAG = ?", Integer.class, tag),
                    "rows tagged " + tag);
        }
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE AUTHOR = 'app'", Integer.class));
        assertTrue(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME LIKE 'db/%'"
                + " AND AUTHOR = 'duende-maven-plugin'", Integer.class) == 0);
    }
}
