package io.github.duendetools.plan;

import static io.github.duendetools.plan.Refs.ref;
import static io.github.duendetools.plan.Refs.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework check against releases built for frameworks the built-in catalog never names (a user's
 * {@code duende.catalogFile} may): platform-specific and .NET Standard packages, judged by NuGet's rules.
 */
class FrameworkRequirementTest {

    @ParameterizedTest(name = "{0} against a release for {1}: too old = {2}")
    @CsvSource(delimiter = '|', value = {
            "net10.0         | net10.0-windows | true",
            "net10.0-windows | net10.0-windows | false",
            "net10.0-windows | net10.0         | false",
            "netcoreapp2.1   | netstandard2.1  | true",
            "netcoreapp3.0   | netstandard2.1  | false",
            "net46           | netstandard2.0  | true",
            "net461          | netstandard2.0  | false",
            "net48           | netstandard2.1  | true",
            "net10.0         | netstandard2.1  | false"})
    void releaseFrameworksAreJudgedAsNuGetJudgesThem(String project, String built, boolean tooOld, @TempDir Path dir)
            throws Exception {
        Path overlay = dir.resolve("catalog.yaml");
        Files.writeString(overlay, """
                lines:
                  - line: "8.1"
                    generation: "8.1"
                    frameworks: [%s]
                    releases:
                      - {version: 8.1.0, date: "2026-09-01"}
                generations:
                  - id: "8.1"
                    description: hypothetical 8.1 schema
                steps:
                  - from: "8.0"
                    to: "8.1"
                    configuration: false
                    operational: true
                    guide: https://example.org/v8_0-to-v8_1/
                """.formatted(built));
        UpgradePlan plan = new UpgradePlanner(Catalog.load(overlay))
                .plan(scan(ref("A.csproj", project, "8.0.3")), new PlanPolicy("8.1.0", false, false, null));
        long findings = plan.findings().stream().filter(f -> f.code().equals(FindingCode.FRAMEWORK_TOO_OLD)).count();
        assertEquals(tooOld ? 1 : 0, findings, plan.findings().toString());
    }
}
