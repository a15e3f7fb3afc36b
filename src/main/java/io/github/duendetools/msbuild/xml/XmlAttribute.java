package io.github.duendetools.msbuild.xml;

/**
 * An attribute with its value as the parser decoded it and the character offsets of the value
 * between its quotes in the raw text.
 */
public record XmlAttribute(String name, String value, int valueStart, int valueEnd) {
}
