package io.github.duendetools.plan;

import io.github.duendetools.catalog.BreakingChange;
import io.github.duendetools.nuget.NuGetVersion;
import java.util.List;

/**
 * One minor step of the path.
 *
 * @param fromLine             {@code 6.2}
 * @param toLine               {@code 6.3}
 * @param versionReached       the version this step ends on (the line's newest stable release, or the target for the last step)
 * @param configurationChange  whether the configuration store schema changes
 * @param operationalChange    whether the operational store schema changes
 * @param fromGeneration       schema generation id before the step
 * @param toGeneration         schema generation id after the step
 * @param breakingChanges      documented breaking changes, each with a link
 * @param requiredFrameworks   the frameworks the packages of {@code toLine} are built for
 * @param guide                Duende's upgrade guide for the step
 */
public record PlanStep(String fromLine, String toLine, NuGetVersion versionReached,
                       boolean configurationChange, boolean operationalChange,
                       String fromGeneration, String toGeneration,
                       List<BreakingChange> breakingChanges, List<String> requiredFrameworks, String guide) {
    public PlanStep {
        breakingChanges = List.copyOf(breakingChanges);
        requiredFrameworks = List.copyOf(requiredFrameworks);
    }

    public boolean schemaChange() {
        return configurationChange || operationalChange;
    }
}
