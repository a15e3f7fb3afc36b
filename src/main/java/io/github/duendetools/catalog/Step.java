package io.github.duendetools.catalog;

import java.util.List;

/**
 * The move from one minor line to the next.
 *
 * @param fromLine         {@code 6.2}
 * @param toLine           {@code 6.3}
 * @param fromGeneration   schema generation before the step
 * @param toGeneration     schema generation after the step
 * @param configuration    whether the configuration store (ConfigurationDbContext) schema changes
 * @param operational      whether the operational store (PersistedGrantDbContext) schema changes
 * @param guide            Duende's upgrade guide for the step
 * @param breakingChanges  documented code-level breaking changes
 * @param frameworks       the target frameworks the packages of {@code toLine} are built for
 */
public record Step(String fromLine, String toLine, String fromGeneration, String toGeneration,
                   boolean configuration, boolean operational, String guide,
                   List<BreakingChange> breakingChanges, List<String> frameworks) {
    public Step {
        breakingChanges = List.copyOf(breakingChanges);
        frameworks = List.copyOf(frameworks);
    }

    public boolean schemaChange() {
        return configuration || operational;
    }
}
