package io.github.duendetools.schema;

import java.util.List;

/** A foreign key to the primary key of another table of the same store; Duende's are all ON DELETE CASCADE. */
public record ForeignKey(List<String> columns, String references, List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
