package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.Fifos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project file replaced by a FIFO after the scan, before the edit reads it again, is refused, never waited on. */
class ReplacedProjectFileTest {

    @Test
    void aProjectFileReplacedByAFifoAfterTheScanIsRefused(@TempDir Path root) throws Exception {
        Path file = root.resolve("a.csproj");
        Files.writeString(file, "<Project><ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" />"
                + "</ItemGroup></Project>\n");
        FileEdits edits = new FileEdits(file, List.of(new TextEdit(Fixtures.span(file, "6.0.0", -1), "6.1.0")));
        Files.delete(file);
        Fifos.make(file);

        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> new ProjectFileMigrator(root).migrate(new EditPlan("6.1.0", List.of(edits), List.of(), List.of()), false)));
        assertTrue(e.getMessage().contains("a.csproj: is not a regular file"), e.getMessage());
    }
}
