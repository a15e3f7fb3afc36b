package io.github.duendetools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedPathsTest {

    private static History.ChangeSetRun run(String id, String path) {
        return new History.ChangeSetRun(id, "EXECUTED", null, path);
    }

    @Test
    void thePathInsideTheFolderIsTheStoreFolderAndTheFileOrAMaster() {
        assertEquals("configuration/6.0-to-6.1.xml", RecordedPaths.insideFolder("configuration/6.0-to-6.1.xml"));
        assertEquals("configuration/6.0-to-6.1.xml", RecordedPaths.insideFolder("db/changelog/duende/configuration/6.0-to-6.1.xml"));
        assertEquals("operational/baseline-6.0.xml", RecordedPaths.insideFolder("C:\\repo\\duende\\operational\\baseline-6.0.xml"));
        assertEquals("duende-changelog.xml", RecordedPaths.insideFolder("classpath:db/changelog/duende/duende-changelog.xml"));
        assertEquals("app/changelog.xml", RecordedPaths.insideFolder("app/changelog.xml"), "not the plugin's file");
    }

    @Test
    void pathsInsideTheFolderAreNoProblem() {
        assertEquals(List.of(), RecordedPaths.problems(List.of(run("duende-6.1-configuration-x", "configuration/6.0-to-6.1.xml"),
                run("duende-6.1-tag", "duende-changelog.xml")), Dialect.H2));
    }

    @Test
    void aPrefixGetsTheStatementThatRemovesIt() {
        List<String> problems = RecordedPaths.problems(List.of(
                run("duende-6.1-configuration-x", "db/changelog/duende/configuration/6.0-to-6.1.xml"),
                run("duende-6.1-tag", "db/changelog/duende/duende-changelog.xml")), Dialect.POSTGRESQL);
        assertEquals(List.of("changesets recorded under the prefix 'db/changelog/duende/': the changelog files name their"
                + " path inside the folder, so the next update would run them again. Before it, run: UPDATE DATABASECHANGELOG"
                + " SET FILENAME = SUBSTR(FILENAME, 21) WHERE AUTHOR = 'duende-maven-plugin' AND SUBSTR(FILENAME, 1, 20)"
                + " = 'db/changelog/duende/'"), problems);
        String mssql = RecordedPaths.problems(List.of(run("duende-6.1-tag", "it's/duende-changelog.xml")), Dialect.MSSQL).get(0);
        assertTrue(mssql.endsWith("SET FILENAME = SUBSTRING(FILENAME, 6, 4000) WHERE AUTHOR = 'duende-maven-plugin'"
                + " AND LEFT(FILENAME, 5) = 'it''s/'"), mssql);
    }

    @Test
    void theSameChangesetUnderTwoPathsIsNamedWithBothPaths() {
        List<String> problems = RecordedPaths.problems(List.of(
                run("duende-6.1-configuration-x", "configuration/6.0-to-6.1.xml"),
                run("duende-6.1-tag", "duende-changelog.xml"),
                run("duende-6.1-configuration-x", "duende/configuration/6.0-to-6.1.xml"),
                run("duende-6.1-tag", "duende/duende-changelog.xml")), Dialect.H2);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("2 changesets are recorded under more than one path"
                + " (configuration/6.0-to-6.1.xml and duende/configuration/6.0-to-6.1.xml)"), problems.get(0));
        assertTrue(problems.get(1).startsWith("changesets recorded under the prefix 'duende/'"), problems.get(1));
    }
}
