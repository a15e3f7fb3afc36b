package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one evaluation's package items into {@link DuendeReference}s, applying NuGet's rules for where a
 * version comes from: the {@code PackageReference} itself, or under central package management the
 * {@code VersionOverride}, the {@code PackageVersion} or a {@code GlobalPackageReference}.
 */
final class DeclarationResolver {
    /** ManagePackageVersionsCentrally, as the property table keys it. */
    private static final String CPM = "managepackageversionscentrally";

    List<DuendeReference> resolve(Path project, String targetFramework, List<String> targetFrameworks,
                                  Evaluation evaluation) {
        boolean central = "true".equalsIgnoreCase(evaluation.value(CPM).strip());
        List<String> uncertain = new ArrayList<>(evaluation.problems());
        PropertyValue cpm = evaluation.property(CPM);
        if (cpm != null && cpm.problem() != null) {
            uncertain.add(0, cpm.problem());
        }
        Map<String, PackageItem> packageVersions = new HashMap<>();
        for (PackageItem item : evaluation.items()) {
            if (item.is(ProjectEvaluator.PACKAGE_VERSION)) {
                packageVersions.put(item.key(), item);
            }
        }
        Context context = new Context(project, targetFramework, targetFrameworks, uncertain);
        List<DuendeReference> references = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PackageItem item : evaluation.items()) {
            if (item.is(ProjectEvaluator.PACKAGE_REFERENCE) && seen.add(item.key())) {
                references.add(central ? central(context, item, packageVersions.get(item.key()))
                        : direct(context, item));
            }
        }
        if (central) {
            for (PackageItem item : evaluation.items()) {
                if (item.is(ProjectEvaluator.GLOBAL_PACKAGE_REFERENCE) && seen.add(item.key())) {
                    references.add(build(context, item, item.metadata("Version"),
                            DeclarationKind.GLOBAL_PACKAGE_REFERENCE, null, null));
                }
            }
        }
        return references;
    }

    private record Context(Path project, String targetFramework, List<String> targetFrameworks,
                           List<String> uncertain) {
    }

    private DuendeReference direct(Context context, PackageItem item) {
        ItemMetadata version = item.metadata("Version");
        String missing = version == null ? "PackageReference " + item.id() + " has no Version ("
                + item.referencedAt() + ")" : null;
        return build(context, item, version, DeclarationKind.PACKAGE_REFERENCE, null, missing);
    }

    private DuendeReference central(Context context, PackageItem item, PackageItem packageVersion) {
        ItemMetadata override = item.metadata("VersionOverride");
        if (override != null) {
            return build(context, item, override, DeclarationKind.VERSION_OVERRIDE, null, null);
        }
        ItemMetadata version = item.metadata("Version");
        if (version != null) {
            return build(context, item, version, DeclarationKind.PACKAGE_REFERENCE, null,
                    "PackageReference " + item.id() + " sets Version under central package management"
                            + " (NuGet error NU1008); use VersionOverride or the PackageVersion ("
                            + item.referencedAt() + ")");
        }
        if (packageVersion == null || packageVersion.metadata("Version") == null) {
            return build(context, item, null, DeclarationKind.PACKAGE_VERSION, null,
                    "no PackageVersion for " + item.id() + " under central package management (NuGet error NU1010)");
        }
        return build(context, item, packageVersion.metadata("Version"), DeclarationKind.PACKAGE_VERSION,
                packageVersion.problem(), null);
    }

    private DuendeReference build(Context context, PackageItem item, ItemMetadata version, DeclarationKind kind,
                                  String versionItemProblem, String policyProblem) {
        String uncertainty = first(item.problem(), versionItemProblem);
        String raw = null;
        String declared = null;
        SourceLocation declaredAt = null;
        VersionSpan span = null;
        if (version != null) {
            raw = version.raw().strip();
            Expansion e = version.expansion();
            PropertyValue whole = e.whole();
            TextOrigin literal = version.literal();
            if (whole != null && literal != null) {
                kind = DeclarationKind.PROPERTY;
            }
            declaredAt = literal != null ? literal.location() : whole != null ? whole.definedAt() : version.at();
            span = literal != null ? literal.span() : null;
            uncertainty = first(uncertainty, version.problem());
            uncertainty = first(uncertainty, e.problem());
            if (e.undefined() != null) {
                uncertainty = first(uncertainty, "property $(" + e.undefined() + ") is undefined (" + version.at() + ")");
            }
            for (String problem : context.uncertain()) {
                uncertainty = first(uncertainty, problem);
            }
            declared = e.value().strip();
            if (declared.isEmpty()) {
                declared = null;
                uncertainty = first(uncertainty, "the version of " + item.id() + " is empty (" + version.at() + ")");
            }
            if (uncertainty != null) {
                declared = null;
            }
        }
        return new DuendeReference(context.project(), context.targetFramework(), context.targetFrameworks(),
                item.id(), raw, declared, item.referencedAt(), declaredAt, span, kind, null, null,
                first(uncertainty, policyProblem));
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}
