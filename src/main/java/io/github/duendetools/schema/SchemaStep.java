package io.github.duendetools.schema;

import java.util.List;
import java.util.Map;

/** The changes from one schema generation to the next, per store (an empty list: no change in that store). */
public record SchemaStep(String from, String to, Map<Store, List<Operation>> operations) {

    public SchemaStep {
        operations = Map.copyOf(operations);
    }

    public List<Operation> operations(Store store) {
        return operations.getOrDefault(store, List.of());
    }

    /** File-name form, {@code 6.0-to-6.1}. */
    public String name() {
        return from + "-to-" + to;
    }
}
