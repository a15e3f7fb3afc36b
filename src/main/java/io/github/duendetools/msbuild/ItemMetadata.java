package io.github.duendetools.msbuild;

/**
 * One metadata value of an item ({@code Version}, {@code VersionOverride}) after expansion.
 *
 * @param raw       the text as written
 * @param expansion the text with properties expanded (against the final property values, as MSBuild's item pass does)
 * @param at        the element that sets the metadata
 * @param literal   the editable literal text: the value itself when it references nothing, the innermost
 *                  property definition when it is exactly one {@code $(Property)}; null when composed
 * @param problem   why the value is uncertain (a condition we cannot evaluate), or null
 */
record ItemMetadata(String raw, Expansion expansion, SourceLocation at, TextOrigin literal, String problem) {
}
