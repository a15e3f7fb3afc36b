package io.github.duendetools.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.ScanResult;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.plan.UpgradePlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Path ROOT = Path.of("repo").toAbsolutePath();

    private static DuendeReference ref(String project, String declaredIn, int line, String version) {
        Path p = ROOT.resolve(project);
        return new DuendeReference(p, "net8.0", List.of("net8.0"), "Duende.IdentityServer", "$(DuendeVersion)", version,
                new SourceLocation(p, 5), new SourceLocation(ROOT.resolve(declaredIn), line), null, DeclarationKind.PROPERTY,
                null, null, null);
    }

    private static UpgradePlan plan(String target, DuendeReference... refs) {
        ScanResult scan = new ScanResult(ROOT, List.of(), List.of(refs));
        return new UpgradePlanner(Catalog.builtIn()).plan(scan, new PlanPolicy(target, false, false, null));
    }

    @Test
    void logLinesNameProjectFrameworkVersionAndDeclaration() {
        UpgradePlan plan = plan("6.3.0", ref("src/Idp/Idp.csproj", "Directory.Build.props", 4, "6.1.0"));
        LogReport log = new LogReport(plan);
        assertEquals(List.of("src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 6.1.0 (Directory.Build.props:4)"), log.references());
        assertEquals(List.of(
                "Upgrade path 6.1.0 -> 6.3.0: 2 steps",
                "  6.1 -> 6.2 (6.2.5): configuration no change, operational no change; 1 breaking change; frameworks net6.0;net7.0",
                "  6.2 -> 6.3 (6.3.0): configuration schema change, operational no change; 5 breaking changes; frameworks net6.0;net7.0"),
                log.path());
    }

    @Test
    void findingLinesAreRelative() {
        UpgradePlan plan = plan("6.0.0", ref("src/Idp/Idp.csproj", "src/Idp/Idp.csproj", 9, "6.1.0"));
        LogReport log = new LogReport(plan);
        assertTrue(log.finding(plan.errors().get(0)).startsWith("DOWNGRADE src/Idp/Idp.csproj:9: "), log.finding(plan.errors().get(0)));
    }

    @Test
    void disagreeingVersionsAreNamedInThePathHeader() {
        UpgradePlan plan = plan("6.3.0", ref("A.csproj", "A.csproj", 3, "6.0.0"), ref("B.csproj", "B.csproj", 3, "6.1.0"));
        assertEquals("Upgrade path {6.0.0, 6.1.0} -> 6.3.0: 3 steps", new LogReport(plan).path().get(0));
    }

    @Test
    void thePathHeaderStartsFromWhatTheFilesSay() {
        Path p = ROOT.resolve("A.csproj");
        DuendeReference is4 = new DuendeReference(p, "net8.0", List.of("net8.0"), "IdentityServer4", "4.1.2", "4.1.2",
                new SourceLocation(p, 5), new SourceLocation(p, 5), null, DeclarationKind.PACKAGE_REFERENCE, null, null, null);
        assertEquals("Upgrade path IdentityServer4 4.1.2 -> 8.0.3: 0 steps", new LogReport(plan("8.0.3", is4)).path().get(0));
        DuendeReference floating = new DuendeReference(p, "net8.0", List.of("net8.0"), "Duende.IdentityServer", "7.*", "7.*",
                new SourceLocation(p, 5), new SourceLocation(p, 5), null, DeclarationKind.PACKAGE_REFERENCE, null, null, null);
        assertEquals("Upgrade path '7.*' -> 7.4.8: 0 steps", new LogReport(plan("7.4.8", floating)).path().get(0));
        assertEquals("Upgrade path no Duende reference -> 7.4.8: 0 steps", new LogReport(plan("7.4.8")).path().get(0));
    }

    @Test
    void jsonIsDeterministicAndRelative() {
        UpgradePlan plan = plan("7.0.0", ref("src/Idp/Idp.csproj", "Directory.Build.props", 4, "6.3.0"));
        String json = JsonReport.render(plan);
        assertEquals(json, JsonReport.render(plan));
        assertTrue(json.startsWith("{\n  \"formatVersion\": 1,\n  \"current\": \"6.3.0\",\n  \"target\": \"7.0.0\",\n"), json);
        assertTrue(json.contains("\"declaredAt\": {\n        \"file\": \"Directory.Build.props\",\n        \"line\": 4\n      }"), json);
        assertTrue(json.contains("\"project\": \"src/Idp/Idp.csproj\""));
        assertTrue(json.contains("\"configurationSchemaChange\": true"));
        assertTrue(json.contains("\"link\": \"https://docs.duendesoftware.com/identityserver/upgrades/v6_3-to-v7_0/\""));
        assertTrue(json.endsWith("}\n"));
        assertTrue(!json.contains(ROOT.toString()));
    }

    @Test
    void jsonEscapes() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", "q\"b\\s\n\u0001");
        map.put("b", List.of());
        map.put("c", null);
        map.put("d", List.of(1, true));
        assertEquals("{\n  \"a\": \"q\\\"b\\\\s\\n\\u0001\",\n  \"b\": [],\n  \"c\": null,\n  \"d\": [\n    1,\n    true\n  ]\n}\n",
                Json.write(map));
    }

    @Test
    void markdownListsReferencesStepsAndFindings() {
        UpgradePlan plan = plan("7.0.0", ref("src/Idp/Idp.csproj", "Directory.Build.props", 4, "6.3.0"));
        String md = MarkdownReport.render(plan);
        assertTrue(md.startsWith("# Duende IdentityServer upgrade report\n"));
        assertTrue(md.contains("| src/Idp/Idp.csproj | net8.0 | Duende.IdentityServer | 6.3.0 | 6.3.0 | Directory.Build.props:4 |"), md);
        assertTrue(md.contains("### 6.3 → 7.0 (7.0.0)"));
        assertTrue(md.contains("- Operational store: schema change"));
        assertTrue(md.endsWith("\n"));
    }

    @Test
    void writerWritesBothFilesAndNothingElse(@TempDir Path dir) throws Exception {
        UpgradePlan plan = plan("7.0.0", ref("src/Idp/Idp.csproj", "Directory.Build.props", 4, "6.3.0"));
        Path out = dir.resolve("target/duende");
        ReportWriter.write(plan, out);
        ReportWriter.write(plan, out);
        try (var files = Files.list(out)) {
            assertEquals(List.of("upgrade-report.json", "upgrade-report.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(JsonReport.render(plan), Files.readString(out.resolve("upgrade-report.json")));
    }
}
