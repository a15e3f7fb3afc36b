package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports a hostile repository writes to hang the scan or exhaust the stack: bounded, or refused in one line. */
class HostileImportsTest {
    /** A project at Duende 6.0.0 through $(DuendeVersion), which the file it imports may redefine. */
    private static final String PROJECT = Fixtures.PROJECT_IMPORTING;
    private static final String SETS_VERSION = "<Project><PropertyGroup><DuendeVersion>6.1.0</DuendeVersion></PropertyGroup></Project>";

    @TempDir
    Path root;

    /** a.csproj imports i/0.props, which imports i/1.props, ..., the last one sets the version. */
    private void chain(int imports) throws Exception {
        Fixtures.write(root, "a.csproj", PROJECT.formatted("i/0.props"));
        for (int i = 0; i < imports - 1; i++) {
            Fixtures.write(root, "i/" + i + ".props", "<Project><Import Project=\"" + (i + 1) + ".props\" /></Project>");
        }
        Fixtures.write(root, "i/" + (imports - 1) + ".props", SETS_VERSION);
    }

    @Test
    void aChainOfImportsAsDeepAsTheLimitIsFollowed() throws Exception {
        chain(ProjectEvaluator.MAX_IMPORT_DEPTH);
        DuendeReference r = Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer");
        assertEquals("6.1.0", r.declaredVersion());
    }

    @Test
    void aChainOf1500ImportsIsRefusedInOneLineNotAStackOverflow() throws Exception {
        chain(1500);
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertTrue(e.getMessage().contains("i/" + ProjectEvaluator.MAX_IMPORT_DEPTH + ".props: is imported through a chain"
                + " of more than " + ProjectEvaluator.MAX_IMPORT_DEPTH + " imports"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void sixteenDoubleStarsAgainstAFolder28DeepMatchInTime() throws Exception {
        String deep = "w/" + "d/".repeat(28);
        Fixtures.write(root, deep + "x.props", SETS_VERSION);
        Fixtures.write(root, "a.csproj", PROJECT.formatted("w/" + "**/".repeat(16) + "y.props"));
        DuendeReference none = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer"));
        assertEquals("6.0.0", none.declaredVersion());
        Fixtures.write(root, "a.csproj", PROJECT.formatted("w/" + "**/".repeat(16) + "x.props"));
        DuendeReference found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer"));
        assertEquals("6.1.0", found.declaredVersion());
    }

    @Test
    void aBacktrackingNamePatternMatchesInTime() throws Exception {
        Fixtures.write(root, "w/" + "a".repeat(200) + ".props", SETS_VERSION);
        Fixtures.write(root, "a.csproj", PROJECT.formatted("w/" + "*a".repeat(13) + "*ab.props"));
        DuendeReference r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.reference(Fixtures.scanRoot(root), "a.csproj", null, "Duende.IdentityServer"));
        assertEquals("6.0.0", r.declaredVersion());
        assertNull(r.problem());
    }

    @Test
    void aWildcardVisitingMoreFoldersThanTheLimitIsRefusedInOneLine() throws Exception {
        for (int i = 0; i < ImportWildcard.MAX_FOLDERS_VISITED; i++) {
            Files.createDirectories(root.resolve("w/" + (i % 100) + "/" + i));
        }
        Fixtures.write(root, "a.csproj", PROJECT.formatted("w/**/x.props"));
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertTrue(e.getMessage().contains("a.csproj:3: import 'w/**/x.props' is refused: matching it visits more than "
                + ImportWildcard.MAX_FOLDERS_VISITED + " folders"), e.getMessage());
    }

    @Test
    void namesMatchAsMsBuildGlobsDo() {
        assertTrue(ImportWildcard.globMatches("*.props", "A.PROPS"));
        assertTrue(ImportWildcard.globMatches("a?c*", "abcdef"));
        assertTrue(ImportWildcard.globMatches("*a*b", "xxaxxb"));
        assertTrue(ImportWildcard.globMatches("*", ""));
        assertFalse(ImportWildcard.globMatches("*a*b", "xxaxxbc"));
        assertFalse(ImportWildcard.globMatches("?", ""));
        assertFalse(ImportWildcard.globMatches("a", "ab"));
    }
}
