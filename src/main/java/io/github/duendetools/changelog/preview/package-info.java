/**
 * The offline SQL preview: reads a changelog as Liquibase does and renders it as Liquibase's offline
 * {@code update-sql} would, without loading Liquibase. It may use {@code schema}, {@code liquibase} (how a
 * {@code dbms} attribute is read) and the root package.
 */
package io.github.duendetools.changelog.preview;
