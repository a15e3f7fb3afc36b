package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Liquibase tokenizes every statement before it prints it; the preview prints the text as read. This shows, on
 * changelogs built from a fixed seed out of the fragments SQL and XML make hard (quotes, comments, delimiters, slash
 * lines, GO, BEGIN/END, carriage returns, non-ASCII and non-breaking spaces, escapes, dbms lists), that the two agree
 * on every database.
 */
@Slow
class RandomChangelogsMatchLiquibaseTest {

    private static final List<String> FRAGMENTS = List.of("SELECT", "x", "1", " ", "  ", "\n", "\t", "\r", "'", "\"",
            "''", ";", "/", "\n/", "\n/\n", "--", "-- note\n", "/*", "*/", "/* c */", "GO", "\ngo\n", "BEGIN", "END",
            "$$", "$", "[", "]", "`", "(", ")", ",", "\\", "'a;b'", "N'x'", "ü", "中文", "\u00a0", "\u2028", "&", "<",
            ">", "]]>", "@@v", ":p", "?", "#");
    private static final List<String> CHANGE_DBMS = List.of("", "all", "none", "!h2", "mssql", "mysql,mariadb",
            " oracle , postgresql ", "!mssql,!sqlite", "h2,none", "MSSQL", ",h2,", "sqlite,all", "!oracle,oracle");
    /** Liquibase lower-cases these, and refuses an empty or unknown name in a changeset that runs. */
    private static final List<String> CHANGESET_DBMS = List.of("all", "none", "!h2", "mssql", "MySQL, MariaDB",
            " oracle , postgresql ", "!mssql,!sqlite", "h2,none", "sqlite,", "!oracle,oracle", "!H2");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("io.github.duendetools.changelog.PreviewMatchesLiquibaseTest#databases")
    void seededRandomChangelogRendersAsLiquibaseRendersIt(String db) throws Exception {
        Files.writeString(dir.resolve("random.xml"), changelog(new Random(20_250_801L)), StandardCharsets.UTF_8);
        assertEquals(LiquibaseOfflineSql.render(dir, "random.xml", db, dir.resolve("scratch")),
                SqlPreviewWriter.render(dir, "random.xml", db), db);
    }

    private static String changelog(Random random) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog"
                + " xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n");
        for (int i = 0; i < 150; i++) {
            xml.append("<changeSet id=\"random-").append(i).append("\" author=\"tests\"");
            if (random.nextInt(6) == 0) {
                xml.append(" dbms=\"").append(Xml.attr(pick(random, CHANGESET_DBMS))).append('"');
            }
            xml.append(">\n");
            if (random.nextBoolean()) {
                xml.append("<comment>").append(text(random, 12)).append("</comment>\n");
            }
            for (int s = random.nextInt(4); s > 0; s--) {
                xml.append("<sql");
                if (random.nextInt(3) > 0) {
                    xml.append(" dbms=\"").append(Xml.attr(pick(random, CHANGE_DBMS))).append('"');
                }
                // "SELECT" keeps a statement from being blank, which Liquibase refuses.
                xml.append(" splitStatements=\"false\">").append(text(random, 2)).append("SELECT")
                        .append(text(random, 25)).append("</sql>\n");
            }
            xml.append("</changeSet>\n");
        }
        return xml.append("</databaseChangeLog>\n").toString();
    }

    /** Up to {@code max} fragments as XML text; a carriage return as a character reference, or XML would drop it. */
    private static String text(Random random, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            text.append(pick(random, FRAGMENTS));
        }
        return Xml.text(text.toString()).replace("\r", "&#13;");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
