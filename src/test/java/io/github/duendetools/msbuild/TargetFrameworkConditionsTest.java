package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.reference;
import static io.github.duendetools.msbuild.Fixtures.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TargetFrameworkConditionsTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("frameworks");
    }

    @Test
    void oneReferencePerFrameworkFromConditionalItemGroups() {
        DuendeReference net6 = reference(result, "Multi.csproj", "net6.0", "Duende.IdentityServer");
        DuendeReference net8 = reference(result, "Multi.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.3.0", net6.declaredVersion());
        assertEquals(13, net6.referencedAt().line());
        assertEquals("7.0.8", net8.declaredVersion());
        assertEquals(16, net8.referencedAt().line());
        assertEquals(List.of("net6.0", "net8.0"), net8.targetFrameworks(), "TargetFrameworks from a property");
    }

    @Test
    void conditionalPropertiesWithAndOrParenthesesAndCaseInsensitiveCompare() {
        DuendeReference net6 = reference(result, "Multi.csproj", "net6.0", "Duende.IdentityServer.Storage");
        DuendeReference net8 = reference(result, "Multi.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertEquals("6.3.0", net6.declaredVersion());
        assertEquals(10, net6.declaredAt().line());
        assertEquals("7.0.8", net8.declaredVersion());
        assertEquals(7, net8.declaredAt().line());
    }

    @Test
    void frameworkFunctionsAndDerivedFrameworkProperties() {
        assertEquals("7.0.8", reference(result, "Multi.csproj", "net8.0", "Duende.IdentityServer.Configuration")
                .declaredVersion());
        assertEquals("6.3.0", reference(result, "Multi.csproj", "net6.0", "Duende.IdentityServer.AspNetIdentity")
                .declaredVersion());
    }

    @Test
    void negatedItemCondition() {
        assertEquals(7, references(result, "Multi.csproj").size());
        assertEquals("7.0.8", reference(result, "Multi.csproj", "net8.0", "Duende.IdentityServer.EntityFramework")
                .declaredVersion());
    }

    @Test
    void conditionThatCannotBeEvaluatedIsReportedNotGuessed() {
        for (String framework : new String[] {"net8.0", "net9.0"}) {
            DuendeReference r = reference(result, "Unknown.csproj", framework, "Duende.IdentityServer");
            assertNull(r.declaredVersion());
            assertEquals("7.0.8", r.rawVersion());
            assertEquals("condition cannot be evaluated: $(TargetFramework.StartsWith('net8')) ("
                    + r.project() + ":5)", r.problem());
        }
    }

    @Test
    void orWithAKnownTrueSideIsDecided() {
        DuendeReference net9 = reference(result, "Unknown.csproj", "net9.0", "Duende.IdentityServer.Storage");
        assertEquals("7.1.0", net9.declaredVersion());
        assertNull(net9.problem());
        DuendeReference net8 = reference(result, "Unknown.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertTrue(net8.problem().startsWith("condition cannot be evaluated"), net8.problem());
    }

    @Test
    void projectWithoutFrameworkHasNullFramework() {
        DuendeReference r = reference(result, "None.csproj", null, "Duende.IdentityServer");
        assertEquals("7.0.0", r.declaredVersion());
        assertTrue(r.targetFrameworks().isEmpty());
    }
}
