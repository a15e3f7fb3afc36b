package io.github.duendetools.database;

/**
 * A column type as one database spells it: {@code text} is the spelling the DDL writes; the other parts are what the
 * database's system tables report of it, so that a check can ask for the type without reading the spelling back.
 *
 * @param text     the spelling in a CREATE TABLE, such as {@code varchar(200) CHARACTER SET utf8mb4}
 * @param name     the type's name without its size or attributes, as the system tables give it ({@code varchar})
 * @param size     the length or precision in parentheses; null when the spelling has none
 * @param unsigned MySQL's unsigned integers
 * @param array    PostgreSQL's arrays
 */
public record SqlType(String text, String name, Integer size, boolean unsigned, boolean array) {

    /** A type spelled by its name alone, such as {@code bigint}. */
    static SqlType named(String name) {
        return new SqlType(name, name, null, false, false);
    }

    /** A type with a length or precision, spelled {@code name(size)}. */
    static SqlType sized(String name, int size) {
        return new SqlType(name + "(" + size + ")", name, size, false, false);
    }

    /** A type whose spelling carries an argument that is no number, such as {@code nvarchar(max)}. */
    static SqlType spelled(String text, String name) {
        return new SqlType(text, name, null, false, false);
    }

    /** The same type with words after it, such as a character set. */
    SqlType followedBy(String words) {
        return new SqlType(text + " " + words, name, size, unsigned, array);
    }

    SqlType asUnsigned() {
        return new SqlType(text + " unsigned", name, size, true, array);
    }

    SqlType asArray() {
        return new SqlType(text + "[]", name, size, unsigned, true);
    }

    @Override
    public String toString() {
        return text;
    }
}
