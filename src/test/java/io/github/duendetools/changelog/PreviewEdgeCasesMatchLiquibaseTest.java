package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corners of Liquibase's offline output that the emitted changelogs do not all reach (dbms lists, changeset dbms,
 * comments over several lines, XML escapes and CDATA, carriage returns, existing terminators, Oracle's slash lines,
 * includes relative and not, an empty changelog), checked against Liquibase itself on every database.
 */
@Slow
class PreviewEdgeCasesMatchLiquibaseTest {

    @TempDir
    Path scratch;

    @ParameterizedTest
    @MethodSource("io.github.duendetools.changelog.PreviewMatchesLiquibaseTest#databases")
    void handWrittenCornersRenderAsLiquibaseRendersThem(String db) throws Exception {
        Path folder = Path.of(getClass().getResource("/changelog/preview").toURI());
        for (String file : new String[] {"edge-cases.xml", "nested/relative.xml", "empty.xml"}) {
            String liquibase = LiquibaseOfflineSql.render(folder, file, db, scratch);
            assertEquals(liquibase, SqlPreviewWriter.render(folder, file, db), file + " on " + db);
        }
        String edge = SqlPreviewWriter.render(folder, "edge-cases.xml", db);
        assertTrue(edge.contains("Changeset nested/deeper/other-leaf.xml::other-leaf::tests"), edge);
        assertTrue(edge.contains("SELECT 'all';"), edge);
        // a file's logicalFilePath, or a changeset's own, is the path Liquibase prints (and records) for it
        assertTrue(edge.contains("Changeset elsewhere/leaf.xml::leaf::tests"), edge);
        assertTrue(edge.contains("Changeset own/path.xml::leaf-own-path::tests"), edge);
    }
}
