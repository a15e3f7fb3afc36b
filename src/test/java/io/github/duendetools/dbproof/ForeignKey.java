package io.github.duendetools.dbproof;

/** A single-column foreign key; EF gives every Duende foreign key ON DELETE CASCADE. */
record ForeignKey(String name, String column, String principalTable, String principalColumn, String onDelete) {

    String describe() {
        return "(" + column + ") -> " + principalTable + "(" + principalColumn + ") ON DELETE " + onDelete;
    }
}
