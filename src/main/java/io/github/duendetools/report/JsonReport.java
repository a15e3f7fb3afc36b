package io.github.duendetools.report;

import io.github.duendetools.catalog.BreakingChange;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.PlanStep;
import io.github.duendetools.plan.ResolvedReference;
import io.github.duendetools.plan.UpgradePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code upgrade-report.json}: the plan for tools. Deterministic: no timestamps, stable order. */
public final class JsonReport {

    /** Bumped when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    public static String render(UpgradePlan plan) {
        RelativePaths paths = new RelativePaths(plan.root());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("current", text(plan.current()));
        root.put("target", text(plan.target()));
        root.put("currentGeneration", plan.currentGeneration());
        root.put("targetGeneration", plan.targetGeneration());
        root.put("passed", !plan.hasErrors());
        List<Object> refs = new ArrayList<>();
        for (ResolvedReference r : plan.references()) {
            DuendeReference ref = r.ref();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", paths.of(ref.project()));
            m.put("targetFramework", ref.targetFramework());
            m.put("package", ref.packageId());
            m.put("declared", ref.declaredVersion());
            m.put("effective", text(r.effective()));
            m.put("kind", ref.kind().name());
            m.put("declaredAt", location(paths, ref.declaredAt() != null ? ref.declaredAt() : ref.referencedAt()));
            m.put("lockedVersion", ref.lockedVersion());
            m.put("transitiveVia", ref.transitiveVia());
            refs.add(m);
        }
        root.put("references", refs);
        List<Object> steps = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", s.fromLine());
            m.put("to", s.toLine());
            m.put("versionReached", text(s.versionReached()));
            m.put("fromGeneration", s.fromGeneration());
            m.put("toGeneration", s.toGeneration());
            m.put("configurationSchemaChange", s.configurationChange());
            m.put("operationalSchemaChange", s.operationalChange());
            m.put("requiredFrameworks", new ArrayList<Object>(s.requiredFrameworks()));
            m.put("guide", s.guide());
            List<Object> breaking = new ArrayList<>();
            for (BreakingChange b : s.breakingChanges()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("text", b.text());
                bm.put("link", b.link());
                breaking.add(bm);
            }
            m.put("breakingChanges", breaking);
            steps.add(m);
        }
        root.put("steps", steps);
        List<Object> findings = new ArrayList<>();
        for (Finding f : plan.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name());
            m.put("code", f.code());
            m.put("message", f.message());
            m.put("location", f.location() == null ? null : location(paths, f.location()));
            findings.add(m);
        }
        root.put("findings", findings);
        return Json.write(root);
    }

    private static Object location(RelativePaths paths, io.github.duendetools.msbuild.SourceLocation at) {
        if (at == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", paths.of(at.file()));
        m.put("line", at.line());
        return m;
    }

    private static String text(NuGetVersion v) {
        return v == null ? null : v.toNormalizedString();
    }
}
