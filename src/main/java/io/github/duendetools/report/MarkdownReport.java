package io.github.duendetools.report;

import io.github.duendetools.catalog.BreakingChange;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.PlanStep;
import io.github.duendetools.plan.ResolvedReference;
import io.github.duendetools.plan.UpgradePlan;

/** {@code upgrade-report.md}: the plan for people, e.g. pasted into a pull request. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(UpgradePlan plan) {
        RelativePaths paths = new RelativePaths(plan.root());
        StringBuilder md = new StringBuilder();
        md.append("# Duende IdentityServer upgrade report\n\n");
        md.append("- Current: ").append(plan.current() == null ? "not consistent or unknown" : "`" + plan.current() + "`")
                .append(plan.currentGeneration() == null ? "" : " (schema " + plan.currentGeneration() + ")").append('\n');
        md.append("- Target: ").append(plan.target() == null ? "invalid" : "`" + plan.target() + "`")
                .append(plan.targetGeneration() == null ? "" : " (schema " + plan.targetGeneration() + ")").append('\n');
        md.append("- Result: ").append(plan.hasErrors() ? "**unsupported** (" + plan.errors().size() + " errors)" : "supported")
                .append("\n\n");

        md.append("## References\n\n");
        if (plan.references().isEmpty()) {
            md.append("None found.\n\n");
        } else {
            md.append("| Project | Framework | Package | Declared | Effective | Declared at |\n|---|---|---|---|---|---|\n");
            for (ResolvedReference r : plan.references()) {
                var ref = r.ref();
                md.append("| ").append(cell(paths.of(ref.project())))
                        .append(" | ").append(cell(ref.targetFramework() == null ? "-" : ref.targetFramework()))
                        .append(" | ").append(cell(ref.packageId()))
                        .append(" | ").append(cell(ref.declaredVersion() == null ? "-" : ref.declaredVersion()))
                        .append(" | ").append(r.effective() == null ? "unresolved" : r.effective().toNormalizedString())
                        .append(" | ").append(cell(paths.of(ref.declaredAt() != null ? ref.declaredAt() : ref.referencedAt())))
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Path\n\n");
        if (plan.steps().isEmpty()) {
            md.append("No steps.\n\n");
        }
        for (PlanStep s : plan.steps()) {
            md.append("### ").append(s.fromLine()).append(" → ").append(s.toLine())
                    .append(" (").append(s.versionReached()).append(")\n\n");
            md.append("- Configuration store: ").append(s.configurationChange() ? "schema change" : "no change").append('\n');
            md.append("- Operational store: ").append(s.operationalChange() ? "schema change" : "no change").append('\n');
            md.append("- Frameworks: ").append(String.join(", ", s.requiredFrameworks())).append('\n');
            if (s.guide() != null) {
                md.append("- Guide: ").append(s.guide()).append('\n');
            }
            for (BreakingChange b : s.breakingChanges()) {
                md.append("- Breaking: ").append(cell(b.text())).append(" ([link](").append(b.link()).append("))\n");
            }
            md.append('\n');
        }

        md.append("## Findings\n\n");
        if (plan.findings().isEmpty()) {
            md.append("None.\n");
        }
        for (Finding f : plan.findings()) {
            md.append("- **").append(f.severity()).append("** `").append(f.code()).append('`')
                    .append(f.location() == null ? "" : " `" + paths.of(f.location()) + "`")
                    .append(": ").append(cell(f.message())).append('\n');
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
