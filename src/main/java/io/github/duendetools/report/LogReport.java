package io.github.duendetools.report;

import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.PlanStep;
import io.github.duendetools.plan.ResolvedReference;
import io.github.duendetools.plan.UpgradePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console view of a plan. These lines are API: integration tests and users' scripts match
 * them, so change their shape only deliberately.
 */
public final class LogReport {

    private final UpgradePlan plan;
    private final RelativePaths paths;

    public LogReport(UpgradePlan plan) {
        this.plan = plan;
        this.paths = new RelativePaths(plan.root());
    }

    /**
     * Logs the plan as every goal shows it (projects, path, warnings, notes) and returns the ERROR findings as lines,
     * for the caller to fail with or refuse on: they are not logged here.
     */
    public List<String> log(Consumer<String> info, Consumer<String> warn) {
        references().forEach(info);
        path().forEach(info);
        List<String> errors = new ArrayList<>();
        for (Finding f : plan.findings()) {
            String line = finding(f);
            switch (f.severity()) {
                case ERROR -> errors.add(line);
                case WARNING -> warn.accept(line);
                case INFO -> info.accept(line);
            }
        }
        return errors;
    }

    /** One line per project, framework and package: {@code src/Host/Host.csproj [net8.0]: Duende.IdentityServer 7.0.0 (Directory.Packages.props:5)}. */
    public List<String> references() {
        List<String> lines = new ArrayList<>();
        for (ResolvedReference r : plan.references()) {
            DuendeReference ref = r.ref();
            lines.add(paths.of(ref.project()) + " [" + (ref.targetFramework() == null ? "-" : ref.targetFramework()) + "]: "
                    + ref.packageId() + " " + (r.effective() == null ? "unresolved" : r.effective().toNormalizedString())
                    + " (" + paths.of(ref.declaredAt() != null ? ref.declaredAt() : ref.referencedAt()) + ")");
        }
        return lines;
    }

    /** The path header and one line per step. */
    public List<String> path() {
        List<String> lines = new ArrayList<>();
        if (plan.current() != null && plan.currentGeneration() == null) {
            // no path starts at a version the catalog cannot place: its finding says why, a "0 steps" line would not
            return lines;
        }
        String from = plan.current() != null ? plan.current().toNormalizedString() : disagreeing();
        String to = plan.target() == null ? "?" : plan.target().toNormalizedString();
        lines.add("Upgrade path " + from + " -> " + to + ": " + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps"));
        for (PlanStep s : plan.steps()) {
            lines.add(step(s));
        }
        return lines;
    }

    /**
     * The version the projects are on as their files say it, when there is no one current version: the
     * versions that disagree ({@code {6.2.0, 6.3.0}}), the IdentityServer4 version, the version text that
     * could not be resolved ({@code 6.*}), or that there is no reference at all.
     */
    private String disagreeing() {
        List<String> versions = versions(false);
        if (!versions.isEmpty()) {
            return versions.size() == 1 ? versions.get(0) : "{" + String.join(", ", versions) + "}";
        }
        List<String> predecessor = versions(true);
        if (!predecessor.isEmpty()) {
            return "IdentityServer4 " + String.join(", ", predecessor);
        }
        List<String> texts = plan.references().stream().filter(r -> r.effective() == null)
                .map(r -> r.ref().rawVersion() != null ? r.ref().rawVersion() : r.ref().declaredVersion())
                .filter(t -> t != null && !t.isBlank()).distinct().sorted().map(t -> "'" + t + "'").toList();
        if (!texts.isEmpty()) {
            return String.join(", ", texts);
        }
        return plan.references().isEmpty() ? "no Duende reference" : "unresolved";
    }

    private List<String> versions(boolean identityServer4) {
        return plan.references().stream().filter(r -> r.ref().identityServer4() == identityServer4)
                .map(ResolvedReference::effective).filter(v -> v != null)
                .distinct().sorted().map(v -> v.toNormalizedString()).toList();
    }

    /** {@code   6.2 -> 6.3 (6.3.10): configuration schema change, operational no change; 5 breaking changes; frameworks net6.0;net7.0}. */
    public static String step(PlanStep s) {
        int n = s.breakingChanges().size();
        return "  " + s.fromLine() + " -> " + s.toLine() + " (" + s.versionReached().toNormalizedString() + "): "
                + "configuration " + (s.configurationChange() ? "schema change" : "no change") + ", "
                + "operational " + (s.operationalChange() ? "schema change" : "no change") + "; "
                + n + (n == 1 ? " breaking change" : " breaking changes") + "; frameworks " + String.join(";", s.requiredFrameworks());
    }

    /** {@code DOWNGRADE src/A.csproj:7: message}, or without location when the finding has none. */
    public String finding(Finding f) {
        return f.code() + (f.location() == null ? "" : " " + paths.of(f.location())) + ": " + f.message();
    }
}
