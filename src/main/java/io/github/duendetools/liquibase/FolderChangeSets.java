package io.github.duendetools.liquibase;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import io.github.duendetools.schema.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The ids of the plugin's changesets in a changelog folder that run on a database family, in file and document
 * order, for comparing with a database's history: a changeset limited to other databases never runs there.
 */
public final class FolderChangeSets {

    private FolderChangeSets() {
    }

    /** Empty when the folder does not exist. */
    public static List<String> ids(Path directory, Dialect dialect) throws InputException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return ids;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(directory, 0, "cannot read the changelog folder: " + e.getMessage());
        }
        for (Path file : files) {
            HardenedXml.parse(file, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("changeSet".equals(localName) && ChangelogFolder.AUTHOR.equals(attributes.getValue("author"))
                            && runsOn(attributes.getValue("dbms"), dialect)) {
                        ids.add(attributes.getValue("id"));
                    }
                }
            }, "not a readable Liquibase changelog");
        }
        return ids;
    }

    private static boolean runsOn(String dbms, Dialect dialect) {
        for (String name : dialect.databaseNames()) {
            if (DbmsList.matchesChangeSet(dbms, name)) {
                return true;
            }
        }
        return false;
    }
}
