package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.fileName;
import static io.github.duendetools.msbuild.Fixtures.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertyEvaluationTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("properties");
    }

    @Test
    void chainResolvesToTheInnermostLiteralDefinition() throws Exception {
        DuendeReference r = reference(result, "Chain.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PROPERTY, r.kind());
        assertEquals("$(IdsVersion)", r.rawVersion());
        assertEquals("6.2.0", r.declaredVersion());
        assertEquals("Directory.Build.props", fileName(r.declaredAt()));
        assertEquals(4, r.declaredAt().line(), "DuendeVersion, not IdsVersion");
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
    }

    @Test
    void projectBodyOverridesDirectoryBuildPropsCaseInsensitively() throws Exception {
        DuendeReference r = reference(result, "Redefine.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.3.0", r.declaredVersion());
        assertEquals("Redefine.csproj", fileName(r.declaredAt()));
        assertEquals(3, r.declaredAt().line());
        Fixtures.assertSpanMatchesFile(r.span(), StandardCharsets.UTF_8);
        // IdsVersion was expanded when Directory.Build.props defined it, before the project changed DuendeVersion.
        DuendeReference early = reference(result, "Redefine.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertEquals("6.2.0", early.declaredVersion());
        assertEquals("Directory.Build.props", fileName(early.declaredAt()));
    }

    @Test
    void directoryBuildTargetsIsEvaluatedAfterTheProject() {
        DuendeReference r = reference(result, "Targets.csproj", "net8.0", "Duende.IdentityServer.EntityFramework");
        assertEquals("6.3.0", r.declaredVersion());
        assertEquals("Directory.Build.targets", fileName(r.declaredAt()));
        assertEquals(3, r.declaredAt().line());
    }

    @Test
    void importedFileWithExistsConditionAndDefaults() {
        DuendeReference imported = reference(result, "Imported.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.1.1", imported.declaredVersion());
        assertEquals("versions.props", fileName(imported.declaredAt()));
        assertEquals(3, imported.declaredAt().line());

        DuendeReference defaulted = reference(result, "Imported.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertEquals("6.1.2", defaulted.declaredVersion());
        assertEquals(4, defaulted.declaredAt().line());

        DuendeReference kept = reference(result, "Imported.csproj", "net8.0", "Duende.IdentityServer.EntityFramework");
        assertEquals("6.1.3", kept.declaredVersion(), "a default does not replace an earlier definition");
        assertEquals("Imported.csproj", fileName(kept.declaredAt()));
    }

    @Test
    void compositeVersionIsExpandedButNotEditableAsOneSpan() {
        DuendeReference r = reference(result, "Imported.csproj", "net8.0", "Duende.IdentityServer.AspNetIdentity");
        assertEquals("6.3.0", r.declaredVersion());
        assertEquals("$(Composite)", r.rawVersion());
        assertEquals(DeclarationKind.PACKAGE_REFERENCE, r.kind());
        assertNull(r.span(), "two definitions make up the text; no single span to edit");
        assertEquals("Directory.Build.props", fileName(r.declaredAt()));
        assertEquals(7, r.declaredAt().line());
        assertNull(r.problem());
    }

    @Test
    void undefinedPropertyIsAProblem() {
        DuendeReference r = reference(result, "Undefined.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.declaredVersion());
        assertNull(r.span());
        assertTrue(r.problem().contains("$(NoSuchVersion) is undefined"), r.problem());
        assertTrue(r.problem().contains("Undefined.csproj:3"), r.problem());
    }
}
