package io.github.duendetools.plan;

import io.github.duendetools.msbuild.FamilyDeclaration;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of planning: what was found, where it is going, the way there and what stands in the way.
 *
 * @param root               the scanned folder (report paths are relative to it)
 * @param references         every reference considered, with its effective version
 * @param current            the version all references agree on (or the lowest, under alignAll); {@code null} otherwise
 * @param target             the target version; {@code null} when the requested one is not a version
 * @param currentGeneration  the schema generation of {@code current}; {@code null} when unknown
 * @param targetGeneration   the schema generation of {@code target}; {@code null} when unknown
 * @param steps              the ordered minor steps from the lowest known version to the target
 * @param findings           errors, warnings and notes, errors first
 * @param unused             family versions written in scope that no reference uses; they move with the family
 */
public record UpgradePlan(Path root, List<ResolvedReference> references, NuGetVersion current, NuGetVersion target,
                          String currentGeneration, String targetGeneration,
                          List<PlanStep> steps, List<Finding> findings, List<FamilyDeclaration> unused) {
    public UpgradePlan {
        references = List.copyOf(references);
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
        unused = List.copyOf(unused);
    }

    public UpgradePlan(Path root, List<ResolvedReference> references, NuGetVersion current, NuGetVersion target,
                       String currentGeneration, String targetGeneration, List<PlanStep> steps, List<Finding> findings) {
        this(root, references, current, target, currentGeneration, targetGeneration, steps, findings, List.of());
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::error);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::error).toList();
    }

    public Optional<NuGetVersion> currentVersion() {
        return Optional.ofNullable(current);
    }

    /** Where the first reference on {@code version} takes it from: the version text, else the reference. */
    public Optional<SourceLocation> declarationOf(NuGetVersion version) {
        return references.stream().filter(r -> version.equals(r.effective())).findFirst()
                .map(r -> EffectiveVersionResolver.locationOf(r.ref()));
    }
}
