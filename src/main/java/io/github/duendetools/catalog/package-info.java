/**
 * Duende IdentityServer releases, their lines, target frameworks, schema generations and the steps between them,
 * described in {@code src/main/resources/duende/catalog}. {@link io.github.duendetools.catalog.Catalog} is the one
 * place that says which schema generation a version has; the build compiles the YAML into {@code catalog.bin}
 * ({@code CatalogCompiler}) so that the goals read it without a YAML parser, and a user's
 * {@code duende.catalogFile} is merged over the built-in catalog ({@code CatalogMerger}).
 */
package io.github.duendetools.catalog;
