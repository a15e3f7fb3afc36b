/**
 * The few small types every layer shares: reading and replacing the user's files safely ({@code RegularFile},
 * {@code AtomicFile}, {@code HardenedXml}), showing the user's text in one-line messages and log lines
 * ({@code LogText}, {@code Excerpt}, {@code RootRelative}), and {@link io.github.duendetools.InputException} for bad
 * input from the user's repository. It uses no other package of the plugin.
 */
package io.github.duendetools;
