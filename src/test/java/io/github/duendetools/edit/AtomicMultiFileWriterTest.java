package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicMultiFileWriterTest {
    static final String PROJECT = "<Project>\n  <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" />\n</Project>\n";

    @TempDir
    Path root;

    private Path project(String name) throws IOException {
        return project(root, name);
    }

    /** A project file declaring 6.0.0 (shared with {@link WritesOnFatTest}). */
    static Path project(Path root, String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, PROJECT, StandardCharsets.UTF_8);
        return file;
    }

    private static FileEdits bump(Path file) {
        return new FileEdits(file, List.of(new TextEdit(Fixtures.span(file, "6.0.0", 0), "6.1.0")));
    }

    private List<PreparedFile> prepare(Path... files) throws InputException, IOException {
        return prepareUnder(root, files);
    }

    /** Each file's move from 6.0.0 to 6.1.0, ready to write. */
    static List<PreparedFile> prepareUnder(Path root, Path... files) throws InputException, IOException {
        List<FileEdits> edits = new ArrayList<>();
        for (Path f : files) {
            edits.add(bump(f));
        }
        return new FilePreparer(root).prepare(edits);
    }

    @Test
    void writesEveryFileAndKeepsPermissions() throws Exception {
        Path a = project("a/A.csproj");
        Path b = project("b/B.csproj");
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(b, perms);

        new AtomicMultiFileWriter().writeAll(prepare(a, b));

        assertTrue(Files.readString(a).contains("Version=\"6.1.0\""));
        assertTrue(Files.readString(b).contains("Version=\"6.1.0\""));
        assertEquals(perms, Files.getPosixFilePermissions(b));
        assertNoTempFiles();
    }

    @Test
    void readOnlyFileChangesNothingAnywhere() throws Exception {
        Path a = project("a/A.csproj");
        Path b = project("b/B.csproj");
        List<PreparedFile> prepared = prepare(a, b);
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("r--r--r--"));

        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> new AtomicMultiFileWriter().writeAll(prepared));

        assertEquals("b/B.csproj: file is read-only", e.getMessage());
        assertEquals(PROJECT, Files.readString(a));
        assertEquals(PROJECT, Files.readString(b));
    }

    @Test
    void failedWriteRestoresTheFilesAlreadyWritten() throws Exception {
        failedWriteRestoresTheFilesAlreadyWritten(root);
    }

    /** The third of three writes fails: the first two get their bytes back (shared with {@link WritesOnFatTest}). */
    static void failedWriteRestoresTheFilesAlreadyWritten(Path root) throws Exception {
        Path a = project(root, "a/A.csproj");
        Path b = project(root, "b/B.csproj");
        Path c = project(root, "c/C.csproj");
        int[] calls = {0};
        AtomicMultiFileWriter failingThird = new AtomicMultiFileWriter((target, content) -> {
            if (++calls[0] == 3) {
                throw new IOException("disk full");
            }
            AtomicMultiFileWriter.replaceAtomically(target, content);
        });

        IOException e = assertThrows(IOException.class, () -> failingThird.writeAll(prepareUnder(root, a, b, c)));

        assertEquals("cannot write c/C.csproj (disk full); the files already written were restored", e.getMessage());
        for (Path p : List.of(a, b, c)) {
            assertArrayEquals(PROJECT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(p), p.toString());
        }
        assertNoTempFiles(root);
    }

    @Test
    void fileChangedAfterPreparationIsRefused() throws Exception {
        Path a = project("A.csproj");
        List<PreparedFile> prepared = prepare(a);
        Files.writeString(a, PROJECT.replace("6.0.0", "6.0.1"));

        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> new AtomicMultiFileWriter().writeAll(prepared));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
        assertTrue(Files.readString(a).contains("6.0.1"));
    }

    @Test
    void symlinkInsideRootIsFollowedAndStaysALink() throws Exception {
        Path shared = project("shared/Directory.Build.props");
        Path link = root.resolve("app/Directory.Build.props");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("../shared/Directory.Build.props"));

        new AtomicMultiFileWriter().writeAll(prepare(link));

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(shared).contains("6.1.0"));
    }

    @Test
    void symlinkLeavingTheRootIsRefused(@TempDir Path outside) throws Exception {
        Path target = outside.resolve("Directory.Build.props");
        Files.writeString(target, PROJECT);
        Path link = root.resolve("Directory.Build.props");
        Files.createSymbolicLink(link, target);

        InputException e = assertThrows(InputException.class, () -> prepare(link));
        assertTrue(e.getMessage().contains("outside the project root"), e.getMessage());
        assertEquals(PROJECT, Files.readString(target));
    }

    @Test
    void staleSpanIsRefusedNamingFileAndLine() throws Exception {
        Path a = project("A.csproj");
        FileEdits edits = bump(a);
        Files.writeString(a, PROJECT.replace("6.0.0", "6.0.9"));

        InputException e = assertThrows(InputException.class, () -> new FilePreparer(root).prepare(List.of(edits)));
        assertTrue(e.getMessage().startsWith(a + ":2: expected version text '6.0.0'"), e.getMessage());
    }

    @Test
    void editThatBreaksTheXmlIsRefused() throws Exception {
        Path a = project("A.csproj");
        FileEdits edits = new FileEdits(a, List.of(new TextEdit(Fixtures.span(a, "6.0.0", 0), "6.1.0\" <")));

        InputException e = assertThrows(InputException.class, () -> new FilePreparer(root).prepare(List.of(edits)));
        assertTrue(e.getMessage().contains("no longer well-formed XML"), e.getMessage());
    }

    private void assertNoTempFiles() throws IOException {
        assertNoTempFiles(root);
    }

    static void assertNoTempFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".duende-tmp")).toList());
        }
    }
}
