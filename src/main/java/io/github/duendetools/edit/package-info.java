/**
 * Byte-exact, all-or-nothing version rewrites for {@code migrate}.
 * <p>{@link io.github.duendetools.edit.ProjectFileMove} is the entry point: it refuses a plan with errors,
 * lets {@code EditPlanner} turn the scanned declarations into one
 * {@code TextEdit} per distinct version span, and hands them to
 * {@code ProjectFileMigrator}, which prepares every file in memory
 * ({@code SpanEditor} changes only the span bytes, {@code EditVerifier} proves the result and re-parses
 * it), builds the {@code UnifiedDiff}, and unless it is a dry run lets
 * {@code AtomicMultiFileWriter} write all files or none.
 */
package io.github.duendetools.edit;
