package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @AfterEach
    void noProbe() {
        AtomicFile.probe = (step, target) -> { };
    }

    @Test
    void aFileMadeReadOnlyAfterTheChecksIsNotReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("A.csproj"), "old");
        assertEquals(null, AtomicFile.problem(file));
        AtomicFile.probe = (step, target) -> {
            if (step == AtomicFile.Step.TEMP_COMPLETE) {
                chmod(target, "r--r--r--");
            }
        };

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, "new".getBytes()));

        assertEquals("file is read-only", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), files());
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheProcessDefault() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.xml"), "old");
        chmod(kept, "rw-rw----");
        Path usual = Files.createFile(dir.resolve("usual"));

        AtomicFile.write(kept, "new".getBytes());
        Path created = dir.resolve("sub/new.xml");
        AtomicFile.write(created, "new".getBytes());

        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(created));
        assertEquals("new", Files.readString(created));
    }

    @Test
    void onlyItsOwnTemporaryNamesAreRemovedAsLeftovers() throws Exception {
        for (String name : List.of(".A.csproj.12.duende-tmp", ".duende-7.tmp", "A.csproj", ".A.csproj.x.duende-tmp",
                "duende-7.tmp", ".editor.tmp")) {
            Files.writeString(dir.resolve(name), "x");
        }

        assertEquals(2, AtomicFile.removeLeftovers(dir));

        assertEquals(List.of(".A.csproj.x.duende-tmp", ".editor.tmp", "A.csproj", "duende-7.tmp"),
                files().stream().map(p -> p.getFileName().toString()).sorted().toList());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }

    private static void chmod(Path file, String mode) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
