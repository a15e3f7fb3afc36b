package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.fileName;
import static io.github.duendetools.msbuild.Fixtures.reference;
import static io.github.duendetools.msbuild.Fixtures.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CentralPackageManagementTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("cpm");
    }

    @Test
    void packageVersionThroughAPropertyPointsAtTheProperty() throws Exception {
        DuendeReference r = reference(result, "Host.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PROPERTY, r.kind());
        assertEquals("$(DuendeVersion)", r.rawVersion());
        assertEquals("7.0.8", r.declaredVersion());
        assertEquals("Host.csproj", fileName(r.referencedAt()));
        assertEquals("Directory.Packages.props", fileName(r.declaredAt()));
        assertEquals(4, r.declaredAt().line());
        assertEquals("7.0.8", r.span().text());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
        assertNull(r.problem());
    }

    @Test
    void packageVersionWithVersionChildElement() throws Exception {
        DuendeReference r = reference(result, "Host.csproj", "net8.0", "Duende.IdentityServer.AspNetIdentity");
        assertEquals(DeclarationKind.PACKAGE_VERSION, r.kind());
        assertEquals("7.0.8", r.declaredVersion());
        assertEquals(10, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void globalPackageReferenceAppliesToEveryProject() {
        for (String project : new String[] {"Host.csproj", "Admin.csproj", "Plain.csproj"}) {
            DuendeReference r = reference(result, project, "net8.0", "Duende.IdentityServer.Storage");
            assertEquals(DeclarationKind.GLOBAL_PACKAGE_REFERENCE, r.kind());
            assertEquals("7.0.8", r.declaredVersion());
            assertEquals("Directory.Packages.props", fileName(r.referencedAt()));
        }
    }

    @Test
    void versionOverrideWins() throws Exception {
        DuendeReference r = reference(result, "Admin.csproj", "net8.0", "Duende.IdentityServer.EntityFramework");
        assertEquals(DeclarationKind.VERSION_OVERRIDE, r.kind());
        assertEquals("7.1.0", r.declaredVersion());
        assertEquals("Admin.csproj", fileName(r.declaredAt()));
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void projectOptingOutUsesItsOwnVersionAndNoGlobalReferences() {
        DuendeReference r = reference(result, "Legacy.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PACKAGE_REFERENCE, r.kind());
        assertEquals("6.3.0", r.declaredVersion());
        assertNull(r.problem());
        assertEquals(1, references(result, "Legacy.csproj").size());
    }

    @Test
    void versionOnPackageReferenceUnderCpmIsReported() {
        DuendeReference r = reference(result, "Bad.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.0", r.declaredVersion());
        assertTrue(r.problem().contains("NU1008"), r.problem());
    }

    @Test
    void missingPackageVersionIsReported() {
        DuendeReference r = reference(result, "Missing.csproj", "net8.0", "Duende.IdentityServer.Configuration");
        assertNull(r.declaredVersion());
        assertNull(r.span());
        assertTrue(r.problem().contains("NU1010"), r.problem());
    }

    @Test
    void nestedPropsImportingItsParentViaGetPathOfFileAbove() throws Exception {
        DuendeReference r = reference(result, "App.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PACKAGE_VERSION, r.kind());
        assertEquals("7.0.5", r.declaredVersion());
        assertEquals(result.root().resolve("src/Nested/Directory.Packages.props"), r.declaredAt().file());
        assertEquals(4, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
        // The parent's global reference comes along with the import.
        assertEquals("7.0.8", reference(result, "App.csproj", "net8.0", "Duende.IdentityServer.Storage").declaredVersion());
    }

    @Test
    void nestedPropsImportingItsParentByRelativePathAndRedefiningTheProperty() throws Exception {
        DuendeReference r = reference(result, "Api.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PROPERTY, r.kind());
        assertEquals("7.0.6", r.declaredVersion(), "items see the final value of a property");
        assertEquals(result.root().resolve("src/Nested2/Directory.Packages.props"), r.declaredAt().file());
        assertEquals(4, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }
}
