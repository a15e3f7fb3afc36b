package io.github.duendetools.edit;

import static io.github.duendetools.edit.AtomicMultiFileWriterTest.PROJECT;
import static io.github.duendetools.edit.AtomicMultiFileWriterTest.assertNoTempFiles;
import static io.github.duendetools.edit.AtomicMultiFileWriterTest.prepareUnder;
import static io.github.duendetools.edit.AtomicMultiFileWriterTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.VfatMount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-or-nothing writes on a FAT file system ({@link VfatMount}), where a file has no POSIX mode to keep and no
 * owner: what a project on a Windows drive or a FAT-formatted stick gets.
 */
class WritesOnFatTest {

    @TempDir
    static Path work;

    private static VfatMount fat;

    @BeforeAll
    static void mount() throws Exception {
        fat = VfatMount.mount(work);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (fat != null) {
            fat.close();
        }
    }

    /** A folder of the FAT file system for this test alone. */
    private static Path root(TestInfo test) throws IOException {
        return Files.createDirectories(fat.root().resolve(test.getTestMethod().orElseThrow().getName()));
    }

    @Test
    void everyFileIsReplaced(TestInfo test) throws Exception {
        Path root = root(test);
        Path a = project(root, "src/Idp/Idp.csproj");
        Path b = project(root, "Directory.Packages.props");

        new AtomicMultiFileWriter().writeAll(prepareUnder(root, a, b));

        for (Path p : List.of(a, b)) {
            assertEquals(PROJECT.replace("6.0.0", "6.1.0"), Files.readString(p), p.toString());
        }
        assertNoTempFiles(root);
    }

    @Test
    void aFailedWriteRestoresTheFilesAlreadyWritten(TestInfo test) throws Exception {
        AtomicMultiFileWriterTest.failedWriteRestoresTheFilesAlreadyWritten(root(test));
    }

    @Test
    void aNewFileInNewFoldersIsCreatedAndLeftoversAreRemoved(TestInfo test) throws Exception {
        Path root = root(test);
        Path changelog = root.resolve("db/changelog/duende/duende-changelog.xml");
        assertNull(AtomicFile.problem(changelog));

        AtomicFile.write(changelog, "<databaseChangeLog/>\n".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(changelog, "<databaseChangeLog></databaseChangeLog>\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("<databaseChangeLog></databaseChangeLog>\n", Files.readString(changelog));
        assertNull(AtomicFile.problem(changelog));
        Files.writeString(changelog.resolveSibling(".duende-changelog.xml.17.duende-tmp"), "half");
        assertEquals(1, AtomicFile.removeLeftovers(changelog.getParent()));
        assertNoTempFiles(root);
        assertTrue(Files.exists(changelog));
    }
}
