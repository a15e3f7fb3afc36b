package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingSchemaCheckTest {

    private final PendingSchemaCheck check = new PendingSchemaCheck(Catalog.builtIn());

    @TempDir
    Path dir;

    @Test
    void noChangelogFolderMeansTheProjectDoesNotManageItsSchemaHere() throws Exception {
        assertEquals(List.of(), check.check(NuGetVersion.parse("7.0.0"), dir.resolve("missing")));
    }

    @Test
    void changelogsBehindTheDeclaredVersionFailPerStore() throws Exception {
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));

        List<String> pending = check.check(NuGetVersion.parse("6.1.3"), dir);

        assertEquals(2, pending.size(), pending.toString());
        assertTrue(pending.get(0).contains("configuration schema up to Duende 6.0"), pending.get(0));
        assertTrue(pending.get(0).contains("declare Duende 6.1.3 (schema 6.1)"), pending.get(0));
        assertTrue(pending.get(0).endsWith("run mvn duende:migrate -Dduende.targetVersion=6.1.3 to emit the missing steps"), pending.get(0));
        assertTrue(pending.get(1).contains("operational schema"), pending.get(1));
    }

    @Test
    void changelogsAheadOfTheDeclaredVersionFailPerStoreTheStepsChange() throws Exception {
        // Two migrate runs with different targets (7.4.8, then 6.1.8) left the 6.3 and 7.0 steps in the folder.
        new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator()).write(NuGetVersion.parse("6.1.8"),
                NuGetVersion.parse("7.4.8"), false, ChangelogOptions.defaults(dir));

        List<String> ahead = check.check(NuGetVersion.parse("6.1.8"), dir);

        assertEquals(2, ahead.size(), ahead.toString());
        assertTrue(ahead.get(0).startsWith("CHANGELOGS_AHEAD: Liquibase changelogs in "), ahead.get(0));
        assertTrue(ahead.get(0).contains("cover the configuration schema up to Duende 7.0, past the Duende 6.1.8 (schema 6.1)"),
                ahead.get(0));
        assertTrue(ahead.get(1).contains("operational schema up to Duende 7.0"), ahead.get(1));
        assertEquals(List.of(), check.check(NuGetVersion.parse("7.4.8"), dir), "at the declared version: nothing");
    }

    @Test
    void aStoreNoLaterStepChangesIsNotAhead() throws Exception {
        // 6.1 -> 6.3 changes the configuration store only
        new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator()).write(NuGetVersion.parse("6.1.8"),
                NuGetVersion.parse("6.3.4"), false, ChangelogOptions.defaults(dir));
        List<String> ahead = check.check(NuGetVersion.parse("6.1.8"), dir);
        assertEquals(1, ahead.size(), ahead.toString());
        assertTrue(ahead.get(0).contains("configuration schema up to Duende 6.3"), ahead.get(0));
    }

    @Test
    void aPreviewWithASchemaOfItsOwnIsComparedWithoutFailing() throws Exception {
        // 6.1.0-preview.2 has the generation "6.1-preview.2": its label once made the comparison throw
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));

        List<String> pending = check.check(NuGetVersion.parse("6.1.0-preview.2"), dir);

        // no step leads to that unsupported schema, so no changelog can be missing for it; the planner refuses the
        // preview with the catalog's reason
        assertEquals(List.of(), pending);
        assertEquals(2, check.check(NuGetVersion.parse("6.1.0"), dir).size(), "6.1.0 itself still lags");
    }

    @Test
    void theMessageSaysWhereAndWhatToRun() throws Exception {
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir.resolve("db")));
        List<String> pending = check.check(NuGetVersion.parse("6.1.3"), dir.resolve("db"), new PendingSchemaCheck.Context(dir,
                new SourceLocation(dir.resolve("src/Idp/Idp.csproj"), 9), "mvn g:a:1.0:migrate"));
        assertEquals("PENDING_SCHEMA src/Idp/Idp.csproj:9: Liquibase changelogs in db cover the configuration schema up to Duende 6.0,"
                + " but the project files declare Duende 6.1.3 (schema 6.1): run mvn g:a:1.0:migrate -Dduende.targetVersion=6.1.3"
                + " to emit the missing steps", pending.get(0));
    }

    @Test
    void aStoreNoStepChangesDoesNotLag() throws Exception {
        // 5.2 -> 6.0 changes the configuration store only
        new ChangelogGenerator().baseline("5.2", ChangelogOptions.defaults(dir));
        List<String> pending = check.check(NuGetVersion.parse("6.0.5"), dir);
        assertEquals(1, pending.size(), pending.toString());
        assertTrue(pending.get(0).contains("configuration schema up to Duende 5.2"), pending.get(0));
    }

    @Test
    void patchAndSchemaFreeMinorVersionsNeedNoNewSteps() throws Exception {
        new ChangelogGenerator().baseline("6.1", ChangelogOptions.defaults(dir));
        assertEquals(List.of(), check.check(NuGetVersion.parse("6.2.5"), dir));
        assertEquals(2, check.check(NuGetVersion.parse("6.0.0"), dir).size(), "6.1 is ahead of 6.0 in both stores");
    }
}
