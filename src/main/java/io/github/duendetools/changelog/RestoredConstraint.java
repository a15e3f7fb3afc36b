package io.github.duendetools.changelog;

import io.github.duendetools.database.NameMapper;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * A constraint that rolling a step back puts back on rows written since the step: a column made NOT NULL again, a
 * unique key or index restored, an integer column narrowed again. Rows that break it make the rollback fail, so the
 * rollback checks for them first. Derived from the step's operations, never listed by table.
 */
record RestoredConstraint(Kind kind, String table, List<String> columns, LogicalType type) {

    enum Kind { NOT_NULL, UNIQUE, NARROWER }

    /** What rolling {@code op} back restores; empty when its rollback cannot fail because of rows. */
    static List<RestoredConstraint> of(Operation op) {
        List<RestoredConstraint> out = new ArrayList<>();
        if (op instanceof Operation.MoveKeyToIdentity m) {
            // The old key becomes the primary key again: NOT NULL and unique.
            out.add(new RestoredConstraint(Kind.NOT_NULL, m.table(), List.of(m.oldKey()), null));
            out.add(new RestoredConstraint(Kind.UNIQUE, m.table(), List.of(m.oldKey()), null));
        } else if (op instanceof Operation.DropIndex i && i.index().unique()) {
            out.add(new RestoredConstraint(Kind.UNIQUE, i.table(), i.index().columns(), null));
        } else if (op instanceof Operation.WidenIdentity w && w.from().kind() == LogicalType.Kind.INT) {
            out.add(new RestoredConstraint(Kind.NARROWER, w.table(), List.of(w.column()), w.from()));
        } else if (op instanceof Operation.WidenIdentity w) {
            throw new IllegalArgumentException("no rollback check for narrowing to " + w.from());
        }
        // A shrink's rollback widens, a new table's or column's drops, a new index's drops: rows cannot stop them.
        return out;
    }

    String columnLabel(NameMapper names) {
        String cols = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        return names.table(table) + "." + cols;
    }
}
