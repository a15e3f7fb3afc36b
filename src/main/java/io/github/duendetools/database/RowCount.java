package io.github.duendetools.database;

/**
 * A query that counts rows, in two parts, so that a database can put the count where its syntax needs it: either
 * inline ({@code SELECT CASE WHEN COUNT(*) = 0 ... FROM t WHERE ...}) or as a whole sub-query.
 *
 * @param select the count's expression, such as {@code COUNT(*)}
 * @param from   the rest of the query from its leading space, such as {@code " FROM t WHERE c IS NULL"}
 */
public record RowCount(String select, String from) {

    /** The count as a query of its own. */
    public String query() {
        return "SELECT " + select + from;
    }
}
