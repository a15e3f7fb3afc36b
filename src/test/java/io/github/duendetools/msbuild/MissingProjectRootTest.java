package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.duendetools.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project root that does not exist says so, instead of quoting the file system's exception. */
class MissingProjectRootTest {

    @TempDir
    Path dir;

    @Test
    void aMissingRootIsNamedAsMissing() {
        Path missing = dir.resolve("no-such-folder");
        InputException e = assertThrows(InputException.class, () -> new ProjectScanner(ScanOptions.defaults()).scan(missing));
        assertEquals(missing + ": the project root does not exist (check duende.projectRoot)", e.getMessage());
    }
}
