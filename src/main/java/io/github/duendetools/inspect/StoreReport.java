package io.github.duendetools.inspect;

import io.github.duendetools.schema.Store;
import java.util.List;
import java.util.Map;

/**
 * What inspect found for one store: its namespace, the generations it matches exactly (several when a step left this
 * store unchanged), or else the closest one and every difference from it; who manages it; sizes of its tables; the
 * cost of each change still to apply up to the target generation.
 */
public record StoreReport(Store store, String namespace, boolean present, List<String> exactGenerations,
                          String generation, List<Difference> differences, History history,
                          Map<String, TableStats> tables, String targetGeneration, List<StepCost> costs) {

    public StoreReport {
        exactGenerations = List.copyOf(exactGenerations);
        differences = List.copyOf(differences);
        costs = List.copyOf(costs);
    }

    public boolean exact() {
        return !exactGenerations.isEmpty();
    }

    /** {@code 6.1}, or {@code 5.0 (same schema as 5.1)} when several generations match. */
    public String generationText() {
        if (exactGenerations.size() <= 1) {
            return generation;
        }
        List<String> others = exactGenerations.stream().filter(g -> !g.equals(generation)).toList();
        return generation + " (same schema as " + String.join(", ", others) + ")";
    }

    public long breakingDifferences() {
        return differences.stream().filter(Difference::breaksChangelogs).count();
    }
}
