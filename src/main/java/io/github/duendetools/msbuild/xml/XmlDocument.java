package io.github.duendetools.msbuild.xml;

import java.nio.file.Path;

/** A parsed MSBuild (or packages.config) file: its located element tree and its raw text. */
public record XmlDocument(Path file, RawText raw, XmlElement root) {
}
