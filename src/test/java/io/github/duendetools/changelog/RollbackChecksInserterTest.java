package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollback checks a later migrate gives a step file already in the folder: a marked block inside the rollback,
 * replaced (never stacked) on every run, in the file's own line ends, and only where the changeset is the one this
 * run writes; anything else leaves the file byte for byte and names file and changeset in a warning.
 */
class RollbackChecksInserterTest {

    private static final String STEP = "operational/6.0-to-6.1.xml";

    @TempDir
    Path dir;

    private Path changelogs;
    private String fresh;

    @BeforeEach
    void folder() throws Exception {
        changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(changelogs));
        fresh = Files.readString(step());
        assertTrue(fresh.contains(ChangelogXmlWriter.CHECKS_BEGIN), fresh);
    }

    @Test
    void aCrlfFileGetsTheChecksInCrlfAndKeepsEveryOtherByte() throws Exception {
        Files.writeString(step(), crlf(RollbackGuardTest.withoutChecks(fresh)));

        GeneratedSteps run = rerun(ChangelogOptions.defaults(changelogs));

        assertEquals(List.of(), run.warnings());
        assertTrue(run.filesWritten().contains(step()), run.filesWritten().toString());
        assertEquals(crlf(fresh), Files.readString(step()));
    }

    @Test
    void aSecondRunLeavesTheFileByteForByte() throws Exception {
        Files.writeString(step(), RollbackGuardTest.withoutChecks(fresh));
        rerun(ChangelogOptions.defaults(changelogs));
        byte[] first = Files.readAllBytes(step());

        GeneratedSteps second = rerun(ChangelogOptions.defaults(changelogs));

        assertFalse(second.filesWritten().contains(step()), second.filesWritten().toString());
        assertEquals(fresh, new String(first, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(step())));
    }

    @Test
    void aBlockWithAnEarlierWordingIsReplacedNotStacked() throws Exception {
        String earlier = fresh.replace("Rollback stopped before any change: ", "Rollback refused: ");
        assertTrue(!earlier.equals(fresh));
        Files.writeString(step(), crlf(earlier));

        rerun(ChangelogOptions.defaults(changelogs));

        String now = Files.readString(step());
        assertEquals(crlf(fresh), now);
        assertFalse(now.contains("Rollback refused"), now);
    }

    @Test
    void aChangesetWrittenWithOtherTableNamesLeavesTheFileUntouchedAndWarns() throws Exception {
        byte[] before = Files.readAllBytes(step());
        String stripped = RollbackGuardTest.withoutChecks(fresh);
        Files.writeString(step(), stripped);
        ChangelogOptions renamed = new ChangelogOptions(changelogs, null, null, null,
                Map.of("PersistedGrants", "Grants"), false, List.of(), null);

        GeneratedSteps run = rerun(renamed);

        assertEquals(stripped, Files.readString(step()));
        assertFalse(run.filesWritten().contains(step()), run.filesWritten().toString());
        assertFalse(run.warnings().isEmpty());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains(STEP) && w.contains("changeset ")),
                run.warnings().toString());
        assertTrue(before.length > stripped.length());
    }

    @Test
    void aChangesetEditedByHandLeavesTheFileUntouchedAndTheUpdateWarns() throws Exception {
        String stripped = RollbackGuardTest.withoutChecks(fresh);
        // A reviewer wrapped a statement of the changeset that carries the checks onto its own line.
        String statement = "\">ALTER TABLE [PersistedGrants] DROP CONSTRAINT";
        int at = stripped.indexOf(statement, stripped.indexOf("id=\"duende-6.1-operational-persistedgrants-id-pk\" "));
        String edited = stripped.substring(0, at) + "\">\n            " + stripped.substring(at + 2);
        Files.writeString(step(), edited);

        ChangelogChanges changes = new ChangelogUpdate(io.github.duendetools.catalog.Catalog.builtIn(),
                new ChangelogGenerator()).write(version("7.0.0"), version("7.0.0"), false,
                ChangelogOptions.defaults(changelogs));

        assertEquals(edited, Files.readString(step()));
        assertEquals(1, changes.warnings().size(), changes.warnings().toString());
        assertTrue(changes.warnings().get(0).contains(STEP), changes.warnings().get(0));
    }

    private GeneratedSteps rerun(ChangelogOptions options) throws Exception {
        return new ChangelogGenerator().generate("7.0", "7.0", options);
    }

    private Path step() {
        return changelogs.resolve(STEP);
    }

    private static String crlf(String lf) {
        return lf.replace("\n", "\r\n");
    }

    private static io.github.duendetools.nuget.NuGetVersion version(String v) {
        return io.github.duendetools.nuget.NuGetVersion.parse(v);
    }
}
