/**
 * Reading MSBuild's XML files, fast and safely, knowing nothing of MSBuild: {@code SafeXmlReader} checks the
 * size cap, decodes the text by BOM or prolog ({@code XmlCharset}, {@code RawText}) and parses it into a
 * located tree ({@code XmlDocument}, {@code XmlElement}, {@code XmlAttribute}) whose text and attribute values
 * carry exact character offsets, so an edit can replace the bytes of a version and nothing else.
 * <p>
 * {@code PlainXmlParser} takes ordinary files in one pass; anything it does not handle, and every malformed
 * file, goes to {@code FullXmlParser}, the JDK's parser hardened by {@link io.github.duendetools.HardenedXml},
 * which judges well-formedness and writes the error message, with a {@code TagScanner} pass for the offsets.
 */
package io.github.duendetools.msbuild.xml;
