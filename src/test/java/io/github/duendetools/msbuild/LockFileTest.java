package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.fileName;
import static io.github.duendetools.msbuild.Fixtures.reference;
import static io.github.duendetools.msbuild.Fixtures.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockFileTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("lockfile");
    }

    @Test
    void transitiveOnlyDuendeIsReportedWithTheDirectPackageThatBringsIt() {
        assertEquals(5, references(result, "Spa.csproj").size());
        DuendeReference r = reference(result, "Spa.csproj", "net6.0", "Duende.IdentityServer");
        assertTrue(r.transitive());
        assertEquals(DeclarationKind.LOCK_FILE, r.kind());
        assertEquals("5.2.0", r.lockedVersion());
        assertEquals("Microsoft.AspNetCore.ApiAuthorization.IdentityServer", r.transitiveVia());
        assertEquals("packages.lock.json", fileName(r.referencedAt()));
        assertEquals(16, r.referencedAt().line());
        assertNull(r.span());
        assertNull(r.declaredVersion());
        assertEquals("Microsoft.AspNetCore.ApiAuthorization.IdentityServer",
                reference(result, "Spa.csproj", "net6.0", "Duende.IdentityServer.EntityFramework.Storage").transitiveVia());
    }

    @Test
    void floatingVersionGetsTheLockedVersionAndFamilyMembersFollowTheDirectOne() {
        DuendeReference r = reference(result, "Floating.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.*", r.declaredVersion());
        assertEquals("7.0.8", r.lockedVersion(), "long framework names in older lock files match");
        assertEquals(DeclarationKind.PACKAGE_REFERENCE, r.kind());
        assertEquals(1, references(result, "Floating.csproj").size());
    }

    @Test
    void duendeThroughAProjectReferenceIsLeftToThatProject() {
        assertTrue(references(result, "WithProjectRef.csproj").isEmpty());
        assertEquals(3, result.projectFiles().size());
    }
}
