package io.github.duendetools.changelog;

import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: turns a changelog folder's masters back into the first release's layout (store masters of includes
 * only, a combined master including the two store masters), as users' folders and databases have them.
 */
final class FirstReleaseLayout {

    private FirstReleaseLayout() {
    }

    static void rewriteMasters(Path folder) throws Exception {
        ChangelogCoverage coverage = ChangelogCoverage.read(folder);
        for (Store store : Store.values()) {
            List<String> includes = new ArrayList<>(coverage.includes(store));
            includes.sort(MasterChangelogs.INCLUDE_ORDER);
            write(folder.resolve(ChangelogFolder.masterFileName(store)), includes);
        }
        write(folder.resolve(ChangelogFolder.ROOT_MASTER), List.of(ChangelogFolder.masterFileName(Store.CONFIGURATION),
                ChangelogFolder.masterFileName(Store.OPERATIONAL)));
    }

    /** A file as the first releases wrote it: their header, no logical paths. */
    static String asReleased(String xml) {
        if (!xml.startsWith(ChangelogXmlWriter.HEADER)) {
            throw new IllegalArgumentException("not a file of this version's:\n" + xml);
        }
        return ChangelogXmlWriter.RELEASED_HEADER + xml.substring(ChangelogXmlWriter.HEADER.length())
                .replaceAll(" logicalFilePath=\"[^\"]*\"", "");
    }

    private static void write(Path master, List<String> includes) throws Exception {
        StringBuilder body = new StringBuilder();
        includes.forEach(i -> ChangelogXmlWriter.include(body, i));
        String current = ChangelogXmlWriter.master(master.getFileName().toString(), body.toString());
        Files.writeString(master, asReleased(current), StandardCharsets.UTF_8);
    }
}
