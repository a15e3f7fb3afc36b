package io.github.duendetools.msbuild;

/**
 * The result of expanding {@code $(...)} references in a text.
 *
 * @param value       the expanded text (undefined properties expand to nothing, as in MSBuild)
 * @param problem     the first reason the value is uncertain (inherited from a property, or a function
 *                    that cannot be evaluated statically), or null
 * @param undefined   the first property referenced but never defined, or null
 * @param whole       when the text is exactly one defined property reference, that property's value; else null
 * @param references  whether the text referenced anything at all
 */
record Expansion(String value, String problem, String undefined, PropertyValue whole, boolean references) {
}
