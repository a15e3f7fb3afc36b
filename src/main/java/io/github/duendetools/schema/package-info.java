/**
 * The Duende schema model: generations and their order, tables, columns, indexes, steps as operations and the
 * database families the changelogs are written for, loaded from {@code src/main/resources/duende/schema} (the format
 * is in its {@code README.md}). It knows no SQL. It may use the root package only.
 */
package io.github.duendetools.schema;
