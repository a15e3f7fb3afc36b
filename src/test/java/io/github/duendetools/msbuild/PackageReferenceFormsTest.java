package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.reference;
import static io.github.duendetools.msbuild.Fixtures.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PackageReferenceFormsTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("plain");
    }

    @Test
    void versionAttribute() throws Exception {
        DuendeReference r = reference(result, "Host.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.0.0", r.rawVersion());
        assertEquals("6.0.0", r.declaredVersion());
        assertEquals(DeclarationKind.PACKAGE_REFERENCE, r.kind());
        assertEquals(9, r.referencedAt().line());
        assertEquals(r.referencedAt(), r.declaredAt());
        assertEquals(List.of("net8.0"), r.targetFrameworks());
        assertNull(r.problem());
        assertEquals("6.0.0", r.span().text());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void versionChildElementAndLowerCaseIdAndAttribute() throws Exception {
        DuendeReference child = reference(result, "Forms.csproj", "net8.0", "Duende.IdentityServer.EntityFramework");
        assertEquals("duende.identityserver.entityframework", child.packageId());
        assertEquals("6.1.0", child.declaredVersion());
        assertEquals(7, child.declaredAt().line());
        assertEquals(6, child.referencedAt().line());
        Fixtures.assertSpanMatchesFile(child.span(), StandardCharsets.UTF_8);

        DuendeReference lower = reference(result, "Forms.csproj", "net8.0", "Duende.IdentityServer.AspNetIdentity");
        assertEquals("6.1.0", lower.declaredVersion());
        Fixtures.assertSpanMatchesFile(lower.span(), StandardCharsets.UTF_8);
    }

    @Test
    void updateInDirectoryBuildTargetsSetsTheVersion() throws Exception {
        DuendeReference r = reference(result, "Forms.csproj", "net8.0", "Duende.IdentityServer.Configuration");
        assertEquals("6.1.2", r.declaredVersion());
        assertEquals("Forms.csproj", Fixtures.fileName(r.referencedAt()));
        assertEquals("Directory.Build.targets", Fixtures.fileName(r.declaredAt()));
        assertEquals(4, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void fsprojIsScannedAndLookAlikesAreNotTheFamily() {
        assertEquals("6.0.0", reference(result, "Fs.fsproj", "net8.0", "Duende.IdentityServer.Storage").declaredVersion());
        assertTrue(references(result, "Lib.csproj").isEmpty(), "Skoruba, Rsk and templates are not the family");
        assertTrue(references(result, "Vb.vbproj").isEmpty());
    }

    @Test
    void projectsWithoutDuendeAreListedAndBuildOutputIsSkipped() {
        List<String> projects = result.projectFiles().stream()
                .map(p -> result.root().relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("samples/Sample/Sample.csproj", "src/Forms/Forms.csproj", "src/Fs/Fs.fsproj",
                "src/Host/Host.csproj", "src/Lib/Lib.csproj", "src/Vb/Vb.vbproj"), projects);
        assertTrue(result.references().stream().noneMatch(r -> "1.0.0".equals(r.declaredVersion())));
    }

    @Test
    void referencesAreSortedByProjectFrameworkPackage() {
        List<DuendeReference> sorted = result.references().stream()
                .sorted(java.util.Comparator.comparing((DuendeReference r) -> r.project().toString())
                        .thenComparing(r -> r.packageId().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        assertEquals(sorted, result.references());
        assertEquals(result.root(), Path.of(result.root().toString()));
    }
}
