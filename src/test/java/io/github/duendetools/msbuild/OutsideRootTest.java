package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.duendetools.Fifos;
import io.github.duendetools.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hostile repository reads nothing outside its root: every path the evaluator opens passes the one check that the
 * root and MSBuild's upward {@code Directory.*} look-ups allow, and only regular files are read.
 */
class OutsideRootTest {
    /** A project at Duende 6.0.0 through $(DuendeVersion), which the file it imports may redefine. */
    private static final String PROJECT = Fixtures.PROJECT_IMPORTING;

    /** The file a property function names with an absolute folder is skipped by name, never read. */
    @ParameterizedTest
    @CsvSource({"passwd, /etc", "environ, /proc/self", "kallsyms, /proc"})
    void aPropertyFunctionWithAnAbsoluteFolderReadsNothingThere(String file, String folder, @TempDir Path root)
            throws Exception {
        assumeTrue(Files.exists(Path.of(folder, file)), folder + "/" + file + " exists on this system");
        Fixtures.write(root, "a.csproj", PROJECT.formatted(
                "$([MSBuild]::GetPathOfFileAbove('" + file + "', '" + folder + "'))"));
        ScanResult result = Fixtures.scanRoot(root);
        DuendeReference r = Fixtures.reference(result, "a.csproj", null, "Duende.IdentityServer");
        assertNotNull(r.problem());
        assertTrue(r.problem().contains("was skipped: it is outside the scanned root"), r.problem());
    }

    @Test
    void aWellFormedPropsFileInASiblingFolderOutsideTheRootDecidesNothing(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        Fixtures.write(tmp, "elsewhere/deep/evil.props",
                "<Project><PropertyGroup><DuendeVersion>5.2.0</DuendeVersion></PropertyGroup></Project>");
        Fixtures.write(root, "a.csproj", PROJECT.formatted(
                "$([MSBuild]::GetPathOfFileAbove('evil.props', '$(MSBuildThisFileDirectory)../elsewhere/deep'))"));
        DuendeReference r = Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer");
        assertFalse("5.2.0".equals(r.declaredVersion()), String.valueOf(r));
        assertTrue(r.problem().contains("evil.props") || r.problem().contains("GetPathOfFileAbove"), r.problem());
        assertTrue(r.problem().contains("outside the scanned root"), r.problem());
    }

    @Test
    void aDirectoryFileInAnAncestorFolderIsStillRead(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("hosts");
        Fixtures.write(tmp, "Directory.Build.props",
                "<Project><PropertyGroup><DuendeVersion>6.0.0</DuendeVersion></PropertyGroup></Project>");
        Fixtures.write(root, "a.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>
                </Project>
                """);
        DuendeReference r = Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer");
        assertEquals("6.0.0", r.declaredVersion());
        assertNull(r.problem());
    }

    @Test
    void anotherFileInAnAncestorFolderIsNotRead(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("hosts");
        Fixtures.write(tmp, "versions.props",
                "<Project><PropertyGroup><DuendeVersion>5.2.0</DuendeVersion></PropertyGroup></Project>");
        Fixtures.write(root, "a.csproj", PROJECT.formatted("../versions.props"));
        DuendeReference r = Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer");
        assertTrue(r.problem().contains("outside the scanned root"), r.problem());
    }

    /** A scan of a project importing {@code imported}, with {@code odd} made a FIFO: refused in one line, in time. */
    private static void assertFifoRefused(Path root, String imported, String odd) throws Exception {
        Fixtures.write(root, "a.csproj", PROJECT.formatted(imported));
        Fifos.make(root.resolve(odd));
        assertRefused(root, odd + ": is not a regular file");
    }

    private static void assertRefused(Path root, String problem) {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InputException.class, () -> Fixtures.scanRoot(root)));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aFifoWhereAPropsFileIsExpectedIsRefusedInOneLine(@TempDir Path root) throws Exception {
        assertFifoRefused(root, "shared.props", "shared.props");
    }

    @Test
    void aFifoNamedDirectoryBuildPropsIsRefusedNotPassedOver(@TempDir Path root) throws Exception {
        assertFifoRefused(root, "none.props", "Directory.Build.props");
    }

    @Test
    void aFifoAsTheLockFileIsRefusedNotPassedOver(@TempDir Path root) throws Exception {
        assertFifoRefused(root, "none.props", "packages.lock.json");
    }

    @Test
    void aSymlinkToADeviceIsRefused(@TempDir Path root) throws Exception {
        Fixtures.write(root, "a.csproj", PROJECT.formatted("zero.props"));
        Files.createSymbolicLink(root.resolve("zero.props"), Path.of("/dev/zero"));
        assertRefused(root, "zero.props");
    }

    @Test
    void aWildcardImportFromAFolderLinkedOutOfTheRootListsNothingThere(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        Fixtures.write(tmp, "elsewhere/evil.props",
                "<Project><PropertyGroup><DuendeVersion>5.2.0</DuendeVersion></PropertyGroup></Project>");
        Fixtures.write(root, "a.csproj", PROJECT.formatted("linked/*.props"));
        Files.createSymbolicLink(root.resolve("linked"), tmp.resolve("elsewhere"));
        // Left out of the scan, so that the project walk does not refuse the link first: the import still may not list it.
        InputException e = assertThrows(InputException.class,
                () -> new ProjectScanner(new ScanOptions(List.of("linked"), 1 << 20)).scan(root));
        assertTrue(e.getMessage().contains("linked: resolves to " + tmp.resolve("elsewhere").toRealPath()
                + ", outside the scanned root"), e.getMessage());
    }
}
