package io.github.duendetools.plan;

import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.ScanResult;
import io.github.duendetools.msbuild.SourceLocation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Builds scan results by hand so planner tests need no files. */
final class Refs {
    static final Path ROOT = Path.of("repo");

    private Refs() {
    }

    static DuendeReference ref(String project, String tfm, String version) {
        return ref(project, tfm, List.of(tfm), "Duende.IdentityServer", version, DeclarationKind.PACKAGE_REFERENCE, null, null, null);
    }

    static DuendeReference ref(String project, String tfm, List<String> tfms, String packageId, String version,
                               DeclarationKind kind, String locked, String via, String problem) {
        Path p = ROOT.resolve(project);
        SourceLocation at = new SourceLocation(p, 7);
        return new DuendeReference(p, tfm, tfms, packageId, version, version, at, version == null ? null : at, null, kind,
                locked, via, problem);
    }

    static ScanResult scan(DuendeReference... refs) {
        return new ScanResult(ROOT, Arrays.stream(refs).map(DuendeReference::project).distinct().sorted().toList(), List.of(refs));
    }
}
