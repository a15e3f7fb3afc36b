package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which combined tags the combined master carries, for a new folder and for one the first release wrote. */
class MasterChangelogsTest {

    private static final Pattern TAG = Pattern.compile("<tagDatabase tag=\"([^\"]+)\"/>");

    @TempDir
    Path dir;

    @Test
    void aNewFolderTagsEveryGenerationAfterBothStores() throws Exception {
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(dir));
        String root = Files.readString(dir.resolve(ChangelogFolder.ROOT_MASTER));
        assertEquals(List.of("duende-6.0", "duende-6.1", "duende-6.3", "duende-7.0"), tags(root));
        assertFalse(root.contains("duende-configuration.xml"), "the combined master includes step files, not store masters");
        assertTrue(root.indexOf("operational/6.3-to-7.0.xml") < root.indexOf("tag=\"duende-7.0\""));
        assertTrue(root.indexOf("configuration/6.3-to-7.0.xml") < root.indexOf("operational/6.3-to-7.0.xml"));
        assertTrue(root.indexOf("tag=\"duende-6.3\"") < root.indexOf("configuration/6.3-to-7.0.xml"));
        assertTrue(root.trim().endsWith("<comment>Nothing to run: keeps the tag above off the last history row, so that"
                + " tagging the database yourself after an update does not replace it.</comment>\n    </changeSet>\n"
                + "</databaseChangeLog>"));

        byte[] before = Files.readAllBytes(dir.resolve(ChangelogFolder.ROOT_MASTER));
        new ChangelogGenerator().generate("7.0", "7.0", ChangelogOptions.defaults(dir));
        assertEquals(new String(before), Files.readString(dir.resolve(ChangelogFolder.ROOT_MASTER)), "stable on a rerun");
    }

    @Test
    void aFirstReleaseFolderGetsTheTagOfWhereItStandsAndOfEveryLaterGeneration() throws Exception {
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));
        new ChangelogGenerator().generate("6.0", "6.3", ChangelogOptions.defaults(dir));
        FirstReleaseLayout.rewriteMasters(dir);
        new ChangelogGenerator().generate("6.3", "8.0", ChangelogOptions.defaults(dir));
        assertEquals(List.of("duende-6.3", "duende-7.0", "duende-8.0"),
                tags(Files.readString(dir.resolve(ChangelogFolder.ROOT_MASTER))));
        new ChangelogGenerator().generate("8.0", "8.0", ChangelogOptions.defaults(dir));
        assertEquals(List.of("duende-6.3", "duende-7.0", "duende-8.0"),
                tags(Files.readString(dir.resolve(ChangelogFolder.ROOT_MASTER))), "remembered by the combined master");
        String store = Files.readString(dir.resolve(ChangelogFolder.masterFileName(Store.OPERATIONAL)));
        assertEquals(List.of(), tags(store), "store tags stay in the step files");
        assertTrue(store.contains("id=\"duende-8.0-operational-after-tag\""));
    }

    private static List<String> tags(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
