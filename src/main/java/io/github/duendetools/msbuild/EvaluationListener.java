package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;

/**
 * Hears, in order, what a stretch of an evaluation depends on and does beyond visiting files: what it
 * would take to do the same again without the files (see {@link SharedFileReplay}).
 */
interface EvaluationListener {
    /** A property looked up, with the value found (null for an undefined one). */
    void read(String key, PropertyValue value);

    void wrote(String key, PropertyValue value);

    /** An import skipped because the file was imported before. */
    void foundImported(Path file);

    void foundItemGroup(XmlDocument document, XmlElement element);

    void noted(String problem);

    /** An item updated or removed: what that does depends on the items other groups made. */
    void updatedOrRemovedItems();
}
