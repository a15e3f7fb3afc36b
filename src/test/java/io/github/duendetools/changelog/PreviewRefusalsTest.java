package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the preview does not reproduce it refuses, naming file and line, rather than show SQL that Liquibase would
 * not run; and it reads changelog XML without ever expanding an entity.
 */
class PreviewRefusalsTest {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\"";
    private static final String CHANGESET = "<changeSet id=\"x\" author=\"t\">";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "<createTable tableName=\"t\"><column name=\"c\" type=\"int\"/></createTable> | <createTable>",
        "<sql>SELECT 1</sql>                                                           | splitStatements",
        "<sql splitStatements=\"false\" endDelimiter=\"GO\">SELECT 1</sql>              | endDelimiter",
        "<sql splitStatements=\"false\" stripComments=\"true\">SELECT 1</sql>           | stripComments",
        "<sql splitStatements=\"false\"><comment>c</comment>SELECT 1</sql>              | <comment> inside <sql>",
        "<sql splitStatements=\"false\">   </sql>                                       | empty <sql>",
        "<sql splitStatements=\"false\">SELECT '${user.name}'</sql>                     | '${'",
        "<modifySql><append value=\";\"/></modifySql>                                  | <modifySql>",
        "<preConditions onSqlOutput=\"TEST\"><tableExists tableName=\"t\"/></preConditions> | <tableExists>",
        "<preConditions onSqlOutput=\"FAIL\"><dbms type=\"h2\"/></preConditions>  | onSqlOutput",
        "<preConditions onSqlOutput=\"TEST\"><sqlCheck expectedResult=\"0\">SELECT 0</sqlCheck></preConditions> | reach a sqlCheck offline on mssql",
        "<preConditions onSqlOutput=\"TEST\"><dbms type=\"postgresql\"/></preConditions> | fail offline on mssql",
        "<preConditions onSqlOutput=\"TEST\"><or/></preConditions>                 | fail offline on mssql",
        "<preConditions onSqlOutput=\"TEST\"><changeLogPropertyDefined property=\"p\" value=\"Offline h2\"/></preConditions> | fail offline on",
        "<preConditions onSqlOutput=\"TEST\"><changeLogPropertyDefined property=\"database.databaseProductName\" value=\"Offline ${database.typeName}\"/></preConditions> | '${'",
        "<comment>one</comment><comment>two</comment>                                  | a second <comment>"
    })
    void changeContentIsRefusedWhereItStands(String body, String named) throws Exception {
        InputException e = refusedOnLine4(changelog(CHANGESET + "\n" + body + "\n</changeSet>"), named);
        String where = dir.resolve("c.xml") + ":4: cannot preview this changelog: ";
        assertTrue(e.getMessage().startsWith(where), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "ignore=\"true\"                   | ignore",
        "runOrder=\"last\"                 | runOrder",
        "dbms=\"db2\"                      | names 'db2'",
        "dbms=\",h2\"                      | names ''",
        "author=\"t${x}\"                  | '${'"
    })
    void changeSetAttributesThatChangeTheOutputAreRefused(String attribute, String named) throws Exception {
        String author = attribute.startsWith("author") ? "" : " author=\"t\"";
        refusedOnLine4(changelog("\n<changeSet id=\"x\"" + author + " " + attribute + ">\n</changeSet>"), named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "<property name=\"p\" value=\"v\"/>                | <property>",
        "<preConditions onSqlOutput=\"TEST\"><dbms type=\"h2\"/></preConditions> | onSqlOutput",
        "<includeAll path=\"steps\"/>                      | <includeAll>",
        "<include file=\"../outside.xml\"/>                | not a relative path inside the changelog folder",
        "<include file=\"/abs/c.xml\"/>                    | not a relative path inside the changelog folder",
        "<include file=\"missing.xml\"/>                   | include of missing.xml: no such file",
        "<include file=\"c.xml\"/>                         | an include cycle",
        "<include file=\"c.xml\" errorIfMissing=\"false\"/> | errorIfMissing"
    })
    void changelogContentThePreviewDoesNotReproduceIsRefused(String element, String named) throws Exception {
        refusedOnLine4(changelog("\n" + element), named);
    }

    @Test
    void aFailureInAnIncludedFileNamesThatFileAndLine() throws Exception {
        write("c.xml", changelog("<include file=\"steps/s.xml\" relativeToChangelogFile=\"true\"/>"));
        write("steps/s.xml", changelog(CHANGESET + "\n\n<dropTable tableName=\"t\"/>\n</changeSet>"));
        InputException e = refused();
        assertEquals(dir.resolve("steps/s.xml"), e.file());
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("<dropTable>"), e.getMessage());
    }

    @Test
    void aChangesetIncludedTwiceIsRefusedAsLiquibaseRefusesIt() throws Exception {
        write("c.xml", changelog("<include file=\"s.xml\"/>\n<include file=\"./s.xml\"/>"));
        write("s.xml", changelog(CHANGESET + "\n<sql splitStatements=\"false\">SELECT 1</sql>\n</changeSet>"));
        InputException e = refused();
        assertTrue(e.getMessage().contains("changeset s.xml::x::t appears twice"), e.getMessage());
        Exception liquibase = assertThrows(Exception.class,
                () -> LiquibaseOfflineSql.render(dir, "c.xml", "h2", dir.resolve("scratch")));
        assertTrue(String.valueOf(liquibase.getMessage()).contains("duplicate identifiers"), liquibase.getMessage());
    }

    /** Why '${' is refused: Liquibase fills in a system property (or an environment variable) of the machine. */
    @Test
    void liquibaseWouldSubstituteAPropertyReference() throws Exception {
        write("c.xml", changelog(CHANGESET + "\n<sql splitStatements=\"false\">SELECT '${user.name}'</sql>\n"
                + "</changeSet>"));
        String liquibase = LiquibaseOfflineSql.render(dir, "c.xml", "h2", dir.resolve("scratch"));
        assertTrue(liquibase.contains("SELECT '" + System.getProperty("user.name") + "';"), liquibase);
        refused();
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        write("c.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY s SYSTEM \"secret.txt\">]>\n"
                + OPEN.substring(OPEN.indexOf("<databaseChangeLog")) + ">\n<changeSet id=\"x\" author=\"t\">\n"
                + "<sql splitStatements=\"false\">SELECT '&s;'</sql>\n</changeSet>\n</databaseChangeLog>\n");
        InputException e = refused();
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    /** Writes c.xml, whose line 4 holds what is refused, and checks the refusal points there and names it. */
    private InputException refusedOnLine4(String content, String named) throws Exception {
        write("c.xml", content);
        InputException e = refused();
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        return e;
    }

    private InputException refused() {
        return assertThrows(InputException.class, () -> SqlPreviewWriter.render(dir, "c.xml", "h2"));
    }

    private static String changelog(String body) {
        return OPEN + ">\n" + body + "\n</databaseChangeLog>\n";
    }

    private void write(String file, String content) throws Exception {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
