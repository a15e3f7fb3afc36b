package io.github.duendetools.changelog.preview;

import java.util.List;

/**
 * What a changeset contributes to Liquibase's offline SQL: where it was read from (the path Liquibase prints),
 * its identity, the databases it is for, its comment and its forward {@code <sql>} changes in file order.
 * Preconditions and rollbacks never reach that output, so they are not kept.
 */
record PreviewChangeSet(String path, String id, String author, String dbms, String comment, List<Sql> sql) {

    PreviewChangeSet {
        sql = List.copyOf(sql);
    }

    /** Liquibase's identity of a changeset, as it prints it and as it detects duplicates. */
    String identity() {
        return path + "::" + id + "::" + author;
    }

    /** The same changeset without its changes: one whose preconditions skip it, of which Liquibase prints the header. */
    PreviewChangeSet withoutSql() {
        return new PreviewChangeSet(path, id, author, dbms, comment, List.of());
    }

    /** One {@code <sql>} change: its {@code dbms} attribute (null when absent) and its text as XML parsing left it. */
    record Sql(String dbms, String text) {
    }
}
