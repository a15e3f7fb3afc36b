package io.github.duendetools.liquibase;

import io.github.duendetools.schema.Store;

/**
 * The layout of the plugin's changelog folder and the author its changesets carry: what the changelog package
 * writes, and what inspect looks for in a database's Liquibase history.
 */
public final class ChangelogFolder {

    /** The author of every changeset the plugin writes. */
    public static final String AUTHOR = "duende-maven-plugin";

    /** The combined master, which includes both stores' masters. */
    public static final String ROOT_MASTER = "duende-changelog.xml";

    private ChangelogFolder() {
    }

    /** A store's master, which includes its step files. */
    public static String masterFileName(Store store) {
        return "duende-" + store.id() + ".xml";
    }
}
