package io.github.duendetools.dbproof;

import java.util.List;
import java.util.Optional;

/** The tables of one generation (both stores), in an order where principals come before dependents. */
record Schema(String generation, List<Table> tables) {

    Optional<Table> table(String logicalName) {
        return tables.stream().filter(t -> t.logicalName().equals(logicalName)).findFirst();
    }

    Schema store(String store) {
        return new Schema(generation, tables.stream().filter(t -> t.store().equals(store)).toList());
    }
}
