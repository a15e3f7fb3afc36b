package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.msbuild.VersionSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditPlannerTest {
    private static final Path PROPS = Path.of("Directory.Build.props");
    private static final VersionSpan PROPERTY = new VersionSpan(PROPS, 60, 65, "6.0.0");

    private final EditPlanner planner = new EditPlanner(TestVersions.ORDER);

    private static DuendeReference ref(String project, String tfm, String pkg, String raw, String declared,
                                       VersionSpan span, DeclarationKind kind, String locked) {
        Path p = Path.of(project);
        SourceLocation declaredAt = span == null ? null : new SourceLocation(span.file(), 3);
        return new DuendeReference(p, tfm, tfm == null ? List.of() : List.of(tfm), pkg, raw, declared,
                new SourceLocation(p, 5), declaredAt, span, kind, locked, null, null);
    }

    private static DuendeReference viaProperty(String project, String pkg) {
        return ref(project, "net6.0", pkg, "$(DuendeVersion)", "6.0.0", PROPERTY, DeclarationKind.PROPERTY, null);
    }

    @Test
    void propertySharedByManyProjectsGetsOneEdit() {
        List<DuendeReference> refs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refs.add(viaProperty("src/P" + i + "/P" + i + ".csproj", "Duende.IdentityServer"));
            refs.add(viaProperty("src/P" + i + "/P" + i + ".csproj", "Duende.IdentityServer.EntityFramework"));
        }
        EditPlan plan = planner.plan(refs, new EditRequest("6.1.0", null));

        assertEquals(List.of(), plan.refusals());
        assertEquals(1, editCount(plan));
        TextEdit edit = plan.files().get(0).edits().get(0);
        assertEquals(PROPERTY, edit.span());
        assertEquals("6.1.0", edit.newText());
    }

    @Test
    void wholeFamilyMovesAndOtherPackagesStay() {
        Path csproj = Path.of("src/App/App.csproj");
        VersionSpan is = new VersionSpan(csproj, 100, 105, "6.0.0");
        VersionSpan ef = new VersionSpan(csproj, 200, 205, "6.0.0");
        VersionSpan is4 = new VersionSpan(csproj, 300, 305, "4.1.2");
        EditPlan plan = planner.plan(List.of(
                ref(csproj.toString(), "net6.0", "Duende.IdentityServer.EntityFramework", "6.0.0", "6.0.0", ef, DeclarationKind.PACKAGE_REFERENCE, null),
                ref(csproj.toString(), "net6.0", "Duende.IdentityServer", "6.0.0", "6.0.0", is, DeclarationKind.PACKAGE_REFERENCE, null),
                ref(csproj.toString(), "net6.0", "IdentityServer4", "4.1.2", "4.1.2", is4, DeclarationKind.PACKAGE_REFERENCE, null)),
                new EditRequest("6.1.0", null));

        List<TextEdit> edits = plan.files().get(0).edits();
        assertEquals(List.of(is, ef), edits.stream().map(TextEdit::span).toList());
    }

    @Test
    void secondRunHasNothingToChange() {
        VersionSpan done = new VersionSpan(PROPS, 60, 65, "6.1.0");
        EditPlan plan = planner.plan(List.of(ref("A.csproj", "net6.0", "Duende.IdentityServer", "$(V)", "6.1.0", done,
                DeclarationKind.PROPERTY, "6.1.0")), new EditRequest("6.1.0", null));
        assertTrue(plan.alreadyAtTarget());
        assertEquals(List.of(), plan.staleLockFiles(), "nothing edited, no lock file goes stale");
    }

    @Test
    void everyDeclarationInScopeMovesEvenWhenTheyDisagree() {
        // Whether disagreeing projects may move together is decided by the planner (duende.alignAll).
        Path a = Path.of("A/A.csproj");
        Path b = Path.of("B/B.csproj");
        EditPlan plan = planner.plan(List.of(
                ref(a.toString(), "net6.0", "Duende.IdentityServer", "6.0.0", "6.0.0", new VersionSpan(a, 10, 15, "6.0.0"), DeclarationKind.PACKAGE_REFERENCE, null),
                ref(b.toString(), "net6.0", "Duende.IdentityServer", "6.1.0", "6.1.0", new VersionSpan(b, 10, 15, "6.1.0"), DeclarationKind.VERSION_OVERRIDE, null)),
                new EditRequest("6.2.0", null));
        assertEquals(List.of(), plan.refusals());
        assertEquals(2, editCount(plan));
    }

    @Test
    void sameVersionSpelledDifferentlyAgrees() {
        Path a = Path.of("A/A.csproj");
        Path b = Path.of("B/B.csproj");
        EditPlan plan = planner.plan(List.of(
                ref(a.toString(), "net6.0", "Duende.IdentityServer", "6.0", "6.0", new VersionSpan(a, 10, 13, "6.0"), DeclarationKind.PACKAGE_REFERENCE, null),
                ref(b.toString(), "net6.0", "Duende.IdentityServer", "6.0.0", "6.0.0", new VersionSpan(b, 10, 15, "6.0.0"), DeclarationKind.PACKAGE_REFERENCE, null)),
                new EditRequest("6.1.0", null));
        assertEquals(List.of(), plan.refusals());
        assertEquals(2, editCount(plan));
    }

    @Test
    void targetFrameworkFilterEditsOnlyThatBranch() {
        Path csproj = Path.of("App.csproj");
        VersionSpan net6 = new VersionSpan(csproj, 100, 105, "6.0.0");
        VersionSpan net7 = new VersionSpan(csproj, 200, 205, "6.0.0");
        EditPlan plan = planner.plan(List.of(
                ref(csproj.toString(), "net6.0", "Duende.IdentityServer", "6.0.0", "6.0.0", net6, DeclarationKind.PACKAGE_REFERENCE, null),
                ref(csproj.toString(), "net7.0", "Duende.IdentityServer", "6.0.0", "6.0.0", net7, DeclarationKind.PACKAGE_REFERENCE, null)),
                new EditRequest("6.2.0", "net7.0"));
        assertEquals(List.of(net7), plan.files().get(0).edits().stream().map(TextEdit::span).toList());
    }

    @Test
    void targetFrameworkNeverMovesADeclarationAnotherFrameworkOrProjectShares() {
        Path csproj = Path.of("App.csproj");
        VersionSpan shared = new VersionSpan(csproj, 100, 105, "7.4.8");
        EditPlan plan = planner.plan(List.of(
                ref(csproj.toString(), "net8.0", "Duende.IdentityServer", "7.4.8", "7.4.8", shared, DeclarationKind.PACKAGE_REFERENCE, null),
                ref(csproj.toString(), "net10.0", "Duende.IdentityServer", "7.4.8", "7.4.8", shared, DeclarationKind.PACKAGE_REFERENCE, null),
                ref("Other.csproj", "net9.0", "Duende.IdentityServer.Storage", "7.4.8", "7.4.8", shared, DeclarationKind.PACKAGE_VERSION, null)),
                new EditRequest("8.0.3", "net10.0"));
        assertEquals(List.of("App.csproj:3: Duende.IdentityServer: this declaration is shared with App.csproj [net8.0], Other.csproj [net9.0];"
                + " duende.targetFramework=net10.0 cannot move it for one framework alone (declare the version per framework,"
                + " or migrate without duende.targetFramework)"), plan.refusals());
        assertEquals(0, editCount(plan));
    }

    @Test
    void floatingAndUnresolvableVersionsAreRefusedWithTheirLocation() {
        Path a = Path.of("A.csproj");
        EditPlan plan = planner.plan(List.of(
                ref(a.toString(), "net6.0", "Duende.IdentityServer", "6.*", "6.*", new VersionSpan(a, 10, 13, "6.*"), DeclarationKind.PACKAGE_REFERENCE, null),
                new DuendeReference(a, "net6.0", List.of("net6.0"), "Duende.IdentityServer.Storage", "$(Nope)", null,
                        new SourceLocation(a, 9), null, null, DeclarationKind.PACKAGE_REFERENCE, null, null, "property Nope is not defined")),
                new EditRequest("6.1.0", null));
        assertEquals(List.of(
                "A.csproj:3: Duende.IdentityServer: floating version '6.*' is not edited: pin it to 6.1.0 yourself, or keep floating and accept whatever restore picks",
                "A.csproj:9: Duende.IdentityServer.Storage: property Nope is not defined"), plan.refusals());
    }

    @Test
    void lockFilesAreNeverEditedButReported() {
        Path app = Path.of("src/App/App.csproj");
        Path api = Path.of("src/Api/Api.csproj");
        VersionSpan span = new VersionSpan(app, 10, 15, "6.0.0");
        EditPlan plan = planner.plan(List.of(
                ref(app.toString(), "net6.0", "Duende.IdentityServer", "6.0.0", "6.0.0", span, DeclarationKind.PACKAGE_REFERENCE, "6.0.0"),
                new DuendeReference(api, "net6.0", List.of("net6.0"), "Duende.IdentityServer.Storage", null, null,
                        new SourceLocation(api.resolveSibling("packages.lock.json"), 0), null, null, DeclarationKind.LOCK_FILE, "6.0.0",
                        "Duende.IdentityServer", null)),
                new EditRequest("6.1.0", null));
        assertEquals(1, editCount(plan));
        assertEquals(List.of(Path.of("src/Api/packages.lock.json"), Path.of("src/App/packages.lock.json")), plan.staleLockFiles());
    }

    private static int editCount(EditPlan plan) {
        return plan.files().stream().mapToInt(f -> f.edits().size()).sum();
    }
}
