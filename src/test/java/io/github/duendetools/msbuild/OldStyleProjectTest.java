package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.reference;
import static io.github.duendetools.msbuild.Fixtures.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OldStyleProjectTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("oldstyle");
    }

    @Test
    void packagesConfigNextToAnOldStyleProject() throws Exception {
        DuendeReference r = reference(result, "Legacy.csproj", "net472", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PACKAGES_CONFIG, r.kind());
        assertEquals("6.0.0", r.declaredVersion());
        assertEquals("packages.config", Fixtures.fileName(r.declaredAt()));
        assertEquals(3, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
        assertNull(r.problem());
    }

    @Test
    void assemblyReferenceHintsAreNotPackages() {
        assertEquals(2, references(result, "Legacy.csproj").size());
        assertTrue(references(result, "Legacy.csproj").stream().allMatch(r -> r.kind() == DeclarationKind.PACKAGES_CONFIG));
        DuendeReference is4 = reference(result, "Legacy.csproj", "net472", "IdentityServer4.Storage");
        assertTrue(is4.identityServer4());
        assertEquals("4.1.2", is4.declaredVersion());
    }

    @Test
    void packageReferenceInTheMsbuild2003Namespace() throws Exception {
        DuendeReference r = reference(result, "OldPackageRef.csproj", "net48", "IdentityServer4.EntityFramework");
        assertEquals("4.1.2", r.declaredVersion());
        assertTrue(r.identityServer4());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void sdkStyleProjectsIgnorePackagesConfig() {
        assertEquals(1, references(result, "Sdk.csproj").size());
        assertEquals("7.0.8", reference(result, "Sdk.csproj", "net8.0", "Duende.IdentityServer").declaredVersion());
    }
}
