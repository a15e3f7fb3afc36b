package io.github.duendetools.edit;

import io.github.duendetools.Excerpt;
import io.github.duendetools.RootRelative;
import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendePackages;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.FamilyDeclaration;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.msbuild.VersionSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns scanned references and a target into edits at the place each version is <em>declared</em>:
 * the attribute or element, the central {@code PackageVersion}, the {@code VersionOverride}, or the
 * definition of the MSBuild property a {@code $(DuendeVersion)} reference points at (the reference
 * itself stays a reference). Every package of the Duende family in scope moves together, and a
 * declaration shared by many projects gets exactly one edit.
 */
final class EditPlanner {
    private static final DuendePackages PACKAGES = DuendePackages.builtIn();

    private final VersionTextRewriter rewriter;
    private final Path root;

    /** @param versionOrder NuGet version order over version texts; throws {@link IllegalArgumentException} for a non-version */
    public EditPlanner(Comparator<String> versionOrder) {
        this(versionOrder, null);
    }

    /** @param root refusals name files relative to it; {@code null} names them as the scan did */
    public EditPlanner(Comparator<String> versionOrder, Path root) {
        this.rewriter = new VersionTextRewriter(versionOrder);
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    public EditPlan plan(List<DuendeReference> references, EditRequest request) {
        return plan(references, List.of(), request);
    }

    /**
     * @param unused family versions written in scope that no reference uses: they move too, so no file keeps
     *               the old version beside the new one; not with a target framework, which moves one branch only
     */
    public EditPlan plan(List<DuendeReference> references, List<FamilyDeclaration> unused, EditRequest request) {
        List<DuendeReference> inScope = references.stream()
                .filter(EditPlanner::inFamily)
                .filter(r -> request.targetFramework() == null
                        || request.targetFramework().equalsIgnoreCase(r.targetFramework()))
                .toList();
        Map<VersionSpan, TextEdit> edits = new LinkedHashMap<>();
        TreeSet<String> refusals = new TreeSet<>();
        TreeSet<Path> lockedProjects = new TreeSet<>();
        Map<VersionSpan, Set<String>> otherBranches = otherBranches(references, inScope);
        for (DuendeReference ref : inScope) {
            if (ref.kind() == DeclarationKind.LOCK_FILE) {
                lockedProjects.add(ref.project());
                continue;
            }
            if (ref.lockedVersion() != null) {
                lockedProjects.add(ref.project());
            }
            if (ref.problem() != null) {
                refusals.add(where(ref) + ": " + ref.packageId() + ": " + ref.problem());
                continue;
            }
            if (ref.span() == null) {
                refusals.add(where(ref) + ": " + ref.packageId() + ": no version text that can be edited"
                        + (ref.declaredVersion() == null ? "" : " (version " + Excerpt.quoted(ref.declaredVersion()) + ")"));
                continue;
            }
            Set<String> sharing = otherBranches.get(ref.span());
            if (sharing != null) {
                refusals.add(where(ref) + ": " + ref.packageId() + ": this declaration is shared with " + String.join(", ", sharing)
                        + "; duende.targetFramework=" + request.targetFramework() + " cannot move it for one framework alone"
                        + " (declare the version per framework, or migrate without duende.targetFramework)");
                continue;
            }
            VersionTextRewriter.Outcome outcome = rewriter.rewrite(ref.span().text(), request.target());
            if (outcome.refusal() != null) {
                refusals.add(where(ref) + ": " + ref.packageId() + ": " + outcome.refusal());
            } else if (!outcome.newText().equals(ref.span().text()) && aboveRoot(ref.span())) {
                refusals.add(where(ref) + ": " + ref.packageId() + ": declared above the project root, which migrate"
                        + " never writes; run from a folder that contains " + ref.span().file().getFileName()
                        + " (-Dduende.projectRoot=" + ref.span().file().toAbsolutePath().normalize().getParent() + ")");
            } else if (!outcome.newText().equals(ref.span().text())) {
                edits.putIfAbsent(ref.span(), new TextEdit(ref.span(), outcome.newText()));
            }
        }
        if (request.targetFramework() == null) {
            for (FamilyDeclaration d : unused) {
                VersionTextRewriter.Outcome outcome = rewriter.rewrite(d.span().text(), request.target());
                if (outcome.refusal() != null) {
                    refusals.add(where(d.at()) + ": " + d.packageId() + " (used by no project): " + outcome.refusal());
                } else if (!outcome.newText().equals(d.span().text())) {
                    edits.putIfAbsent(d.span(), new TextEdit(d.span(), outcome.newText()));
                }
            }
        }
        // The family moves as one, and a props file reaches every project importing it: once anything
        // is edited, every lock file that pins a Duende package is stale.
        List<Path> staleLockFiles = new ArrayList<>();
        if (!edits.isEmpty()) {
            lockedProjects.forEach(project -> staleLockFiles.add(lockFile(project)));
        }
        return new EditPlan(request.target(), group(edits.values()), List.copyOf(refusals), staleLockFiles);
    }

    /**
     * The declarations in scope that references outside it (another framework of the same project, or
     * another project) also take their version from, with those projects and frameworks.
     */
    private static Map<VersionSpan, Set<String>> otherBranches(List<DuendeReference> references, List<DuendeReference> inScope) {
        Set<VersionSpan> editable = new HashSet<>();
        inScope.forEach(r -> {
            if (r.span() != null) {
                editable.add(r.span());
            }
        });
        Set<DuendeReference> scoped = new HashSet<>(inScope);
        Map<VersionSpan, Set<String>> shared = new HashMap<>();
        for (DuendeReference r : references) {
            if (r.span() != null && editable.contains(r.span()) && !scoped.contains(r) && inFamily(r)) {
                shared.computeIfAbsent(r.span(), k -> new TreeSet<>()).add(r.project().getFileName()
                        + (r.targetFramework() == null ? "" : " [" + r.targetFramework() + "]"));
            }
        }
        return shared;
    }

    /** Files above the root are read, as MSBuild finds Directory.* files there, but never written. */
    private boolean aboveRoot(VersionSpan span) {
        return root != null && !span.file().toAbsolutePath().normalize().startsWith(root);
    }

    /** IdentityServer4 packages are reported by the planner (a rename, not a version bump) and never edited. */
    static boolean inFamily(DuendeReference ref) {
        return PACKAGES.isFamily(ref.packageId());
    }

    private static List<FileEdits> group(Iterable<TextEdit> edits) {
        Map<Path, List<TextEdit>> byFile = new TreeMap<>();
        for (TextEdit edit : edits) {
            byFile.computeIfAbsent(edit.span().file(), f -> new ArrayList<>()).add(edit);
        }
        List<FileEdits> files = new ArrayList<>();
        byFile.forEach((file, list) -> files.add(new FileEdits(file, list)));
        return files;
    }

    private String where(DuendeReference ref) {
        SourceLocation at = ref.declaredAt() != null ? ref.declaredAt() : ref.referencedAt();
        if (at == null) {
            return name(ref.project());
        }
        return where(at);
    }

    private String where(SourceLocation at) {
        return at.line() > 0 ? name(at.file()) + ":" + at.line() : name(at.file());
    }

    private String name(Path file) {
        return root == null ? file.toString() : RootRelative.path(root, file);
    }

    private static Path lockFile(Path project) {
        Path dir = project.getParent();
        return dir == null ? Path.of("packages.lock.json") : dir.resolve("packages.lock.json");
    }
}
