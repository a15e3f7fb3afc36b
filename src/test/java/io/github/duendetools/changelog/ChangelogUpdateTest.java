package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogUpdateTest {

    private final ChangelogUpdate update = new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator());

    @TempDir
    Path dir;

    @Test
    void aNewFolderGetsTheBaselineOfTodaysSchemaThenTheSteps() throws Exception {
        ChangelogChanges outcome = update.write(v("6.0.2"), v("6.3.4"), false, ChangelogOptions.defaults(dir));

        assertEquals("6.0", outcome.fromGeneration());
        assertEquals("6.3", outcome.toGeneration());
        assertEquals(List.of("configuration/baseline-6.0.xml", "configuration/6.0-to-6.1.xml", "configuration/6.1-to-6.3.xml"),
                ChangelogCoverage.read(dir).includes(Store.CONFIGURATION));
        assertEquals(Optional.of("6.3"), ChangelogCoverage.read(dir).generation(Store.OPERATIONAL));
        assertTrue(outcome.notes().get(0).contains("baseline"), outcome.notes().toString());
    }

    @Test
    void aFolderThatCoversSomeStepsGetsOnlyTheMissingOnesAndKeepsItsFiles() throws Exception {
        update.write(v("6.0.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir));
        Path step = dir.resolve("operational/6.0-to-6.1.xml");
        byte[] before = Files.readAllBytes(step);

        // A bot already bumped the package to 7.0: the project declares 7.0, the folder covers 6.1.
        ChangelogChanges outcome = update.write(v("7.0.1"), v("7.0.1"), false, ChangelogOptions.defaults(dir));

        assertEquals("6.1", outcome.fromGeneration());
        assertEquals(List.of("operational/baseline-6.0.xml", "operational/6.0-to-6.1.xml", "operational/6.1-to-6.3.xml",
                "operational/6.3-to-7.0.xml"), ChangelogCoverage.read(dir).includes(Store.OPERATIONAL));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(step)), "a released step file never changes");
    }

    @Test
    void aFolderOfTheFirstReleaseAtTheTargetGetsItsCombinedMasterRewrittenOnce() throws Exception {
        update.write(v("6.0.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir));
        Path root = dir.resolve(ChangelogFolder.ROOT_MASTER);
        String rewritten = Files.readString(root);
        // the first release's combined master included the two store masters
        Files.writeString(root, rewritten.replaceAll("(?s)    <include .*</databaseChangeLog>\n",
                "    <include file=\"duende-configuration.xml\" relativeToChangelogFile=\"true\"/>\n"
                        + "    <include file=\"duende-operational.xml\" relativeToChangelogFile=\"true\"/>\n"
                        + "</databaseChangeLog>\n"));

        ChangelogChanges outcome = update.write(v("6.1.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir));
        assertFalse(outcome.nothingToDo());
        String combined = Files.readString(root);
        assertTrue(combined.contains("<tagDatabase tag=\"duende-6.1\"/>"), combined);
        assertFalse(combined.contains("<tagDatabase tag=\"duende-6.0\"/>"), "no tag before where the database stands");
        assertTrue(update.write(v("6.1.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir)).nothingToDo());
    }

    @Test
    void aFolderAtTheTargetNeedsNothing() throws Exception {
        update.write(v("6.0.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir));
        ChangelogChanges outcome = update.write(v("6.2.5"), v("6.2.5"), false, ChangelogOptions.defaults(dir));
        assertTrue(outcome.nothingToDo());
    }

    @Test
    void baselineWritesOnlyTheTargetSchemaForANewDatabase() throws Exception {
        ChangelogChanges outcome = update.write(v("6.0.0"), v("7.4.8"), true, ChangelogOptions.defaults(dir));
        assertEquals("7.0", outcome.toGeneration());
        assertEquals(List.of("configuration/baseline-7.0.xml"), ChangelogCoverage.read(dir).includes(Store.CONFIGURATION));
        assertEquals(List.of("operational/baseline-7.0.xml"), ChangelogCoverage.read(dir).includes(Store.OPERATIONAL));
    }

    @Test
    void baselineIntoAFolderWithChangelogsIsRefusedAndWritesNothing() throws Exception {
        update.write(v("6.0.0"), v("6.1.0"), false, ChangelogOptions.defaults(dir));
        InputException e = assertThrows(InputException.class,
                () -> update.write(v("6.1.0"), v("7.0.0"), true, ChangelogOptions.defaults(dir)));
        assertTrue(e.getMessage().contains("already holds changelogs up to Duende schema 6.1"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("configuration/baseline-7.0.xml")));
    }

    private static NuGetVersion v(String text) {
        return NuGetVersion.parse(text);
    }
}
