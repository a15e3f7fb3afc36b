package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFinderTest {

    private static List<String> find(Path root, List<String> excludes) throws InputException {
        return new ProjectFinder(excludes).find(root).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void findsProjectsSkipsBuildOutputAndSorts() throws Exception {
        Path root = Fixtures.root("plain");
        assertEquals(List.of("samples/Sample/Sample.csproj", "src/Forms/Forms.csproj", "src/Fs/Fs.fsproj",
                "src/Host/Host.csproj", "src/Lib/Lib.csproj", "src/Vb/Vb.vbproj"), find(root, List.of()));
    }

    @Test
    void excludesByRelativeGlobAndByName() throws Exception {
        Path root = Fixtures.root("plain");
        assertEquals(List.of("src/Forms/Forms.csproj", "src/Fs/Fs.fsproj", "src/Host/Host.csproj", "src/Vb/Vb.vbproj"),
                find(root, List.of("samples/**", "Lib.csproj")));
        assertEquals(List.of("src/Forms/Forms.csproj", "src/Host/Host.csproj", "src/Lib/Lib.csproj"),
                find(root, List.of("samples", "src/*/*.?bproj", "src/Fs/")));
    }

    @Test
    void gitFolderIsSkipped(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".git/modules/x"));
        Files.writeString(root.resolve(".git/modules/x/X.csproj"), "<Project/>");
        Files.createDirectories(root.resolve("App"));
        Files.writeString(root.resolve("App/App.csproj"), "<Project/>");
        assertEquals(List.of("App/App.csproj"), find(root, List.of()));
    }

    @Test
    void symlinkOutsideTheRootIsRefused(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("Secret.csproj"), "<Project/>");
        Files.createSymbolicLink(root.resolve("Linked.csproj"), outside.resolve("Secret.csproj"));
        InputException e = assertThrows(InputException.class, () -> find(root, List.of()));
        assertTrue(e.getMessage().contains("outside the scanned root"), e.getMessage());

        Files.delete(root.resolve("Linked.csproj"));
        Files.createSymbolicLink(root.resolve("linkeddir"), outside);
        assertThrows(InputException.class, () -> find(root, List.of()));
        assertEquals(List.of(), find(root, List.of("linkeddir")), "an excluded link is left alone");
    }

    @Test
    void symlinkInsideTheRootIsFine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("real"));
        Files.writeString(root.resolve("real/A.csproj"), "<Project/>");
        Files.createSymbolicLink(root.resolve("B.csproj"), root.resolve("real/A.csproj"));
        assertEquals(List.of("B.csproj", "real/A.csproj"), find(root, List.of()));
    }

    @Test
    void importedFileLinkedOutsideTheRootIsRefused(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("Directory.Build.props"), "<Project/>");
        Files.createSymbolicLink(root.resolve("Directory.Build.props"), outside.resolve("Directory.Build.props"));
        Files.writeString(root.resolve("A.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"/>");
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertTrue(e.getMessage().contains("outside the scanned root"), e.getMessage());
    }

    @Test
    void rootGivenThroughASymlinkIsWalkedAndKeepsTheGivenPath(@TempDir Path temp) throws Exception {
        Path real = Files.createDirectories(temp.resolve("real/App"));
        Files.writeString(real.resolve("App.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"7.0.0\" /></ItemGroup></Project>");
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("real"));
        assertEquals(List.of("App/App.csproj"), find(link, List.of()));
        ScanResult result = Fixtures.scanRoot(link);
        assertEquals(List.of(link.resolve("App/App.csproj")), result.projectFiles());
        assertEquals("7.0.0", result.references().get(0).declaredVersion());
    }

    @Test
    void rootMustBeAFolder(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("f.txt"), "x");
        assertThrows(InputException.class, () -> find(file, List.of()));
        assertThrows(InputException.class, () -> find(temp.resolve("missing"), List.of()));
    }
}
