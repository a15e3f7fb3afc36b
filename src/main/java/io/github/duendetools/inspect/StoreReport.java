package io.github.duendetools.inspect;

import io.github.duendetools.schema.Store;
import java.util.List;
import java.util.Map;

/**
 * What inspect found for one store: its namespace, the generations it matches exactly (several when a step left this
 * store unchanged), or else the closest one and every difference from it; who manages it; sizes of its tables; the
 * cost of each change still to apply up to the target generation; the rows Duende's token cleanup would delete.
 */
public record StoreReport(Store store, String namespace, boolean present, List<String> exactGenerations,
                          String generation, List<Difference> differences, History history,
                          Map<String, TableStats> tables, String targetGeneration, List<StepCost> costs,
                          List<PurgeableRows> purgeable) {

    public StoreReport {
        exactGenerations = List.copyOf(exactGenerations);
        differences = List.copyOf(differences);
        costs = List.copyOf(costs);
        purgeable = purgeable == null ? List.of() : List.copyOf(purgeable);
    }

    /** Without counts of purgeable rows. */
    public StoreReport(Store store, String namespace, boolean present, List<String> exactGenerations, String generation,
                       List<Difference> differences, History history, Map<String, TableStats> tables,
                       String targetGeneration, List<StepCost> costs) {
        this(store, namespace, present, exactGenerations, generation, differences, history, tables, targetGeneration,
                costs, List.of());
    }

    /** The rows the purge would leave in {@code table}, or -1 when that is not known. */
    public long rowsAfterPurge(String table, long rows) {
        List<PurgeableRows> counts = purgeable.stream().filter(p -> p.table().equals(table)).toList();
        if (rows < 0 || counts.isEmpty() || counts.stream().anyMatch(p -> p.rows() < 0)) {
            return -1;
        }
        // Expired and consumed may overlap: what is left is at least the rows less the larger of them.
        long deleted = counts.stream().mapToLong(PurgeableRows::rows).max().orElse(0);
        return Math.max(0, rows - deleted);
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
