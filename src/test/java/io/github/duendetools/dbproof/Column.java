package io.github.duendetools.dbproof;

/**
 * One column. {@code type} is a logical type ({@code string(200)}, {@code bool}, ...) in the reference model and an
 * engine type ({@code character varying(200)}) once read back from a database.
 * {@code addDefault} is the value that rows existing before the column was added must hold (null: none documented).
 */
record Column(String name, String type, boolean nullable, boolean identity, String addDefault) {

    /** The logical type without its length: {@code string(200)} gives {@code string}. */
    String baseType() {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    /** The length in {@code string(200)}, or -1. */
    int length() {
        int paren = type.indexOf('(');
        return paren < 0 ? -1 : Integer.parseInt(type.substring(paren + 1, type.length() - 1));
    }
}
