package io.github.duendetools.dbproof;

import java.util.List;

/** A secondary index: name, ordered columns, uniqueness. */
record Index(String name, List<String> columns, boolean unique) {

    String describe() {
        return (unique ? "UNIQUE " : "") + "(" + String.join(", ", columns) + ")";
    }
}
