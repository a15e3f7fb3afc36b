package io.github.duendetools.schema;

import java.util.List;

/** A database index over columns of one table; its name derives from the mapped table name. */
public record Index(List<String> columns, boolean unique) {
    public Index {
        columns = List.copyOf(columns);
    }
}
