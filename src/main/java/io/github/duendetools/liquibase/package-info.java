/**
 * What the plugin's changelogs and Liquibase agree on, shared by the package that writes the changelogs and the ones
 * that read them: the changelog folder's layout and the changesets' author
 * ({@link io.github.duendetools.liquibase.ChangelogFolder}), how Liquibase reads a {@code dbms} attribute
 * ({@link io.github.duendetools.liquibase.DbmsList}) and which changesets of a folder run on a database
 * ({@link io.github.duendetools.liquibase.FolderChangeSets}). It loads no Liquibase class. It may use the
 * {@code schema} model and the root package, nothing else.
 */
package io.github.duendetools.liquibase;
