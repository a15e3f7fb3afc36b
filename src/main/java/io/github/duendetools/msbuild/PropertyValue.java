package io.github.duendetools.msbuild;

/**
 * The current value of an MSBuild property.
 *
 * @param value    the expanded value
 * @param literal  the innermost literal definition the value comes from (following {@code $(A)} = {@code $(B)}
 *                 chains), or null when the value is composed of several parts or is built in
 * @param definedAt where the property was last set
 * @param problem  why the value is not certain (a condition or function that cannot be evaluated), or null
 * @param undefined the first undefined property the value was built from (it expanded to nothing), or null
 */
record PropertyValue(String name, String value, TextOrigin literal, SourceLocation definedAt, String problem,
                     String undefined) {

    static PropertyValue builtIn(String name, String value) {
        return new PropertyValue(name, value, null, null, null, null);
    }
}
