package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogDryRunTest {

    @TempDir
    Path dir;

    private final ChangelogDryRun dryRun = new ChangelogDryRun(Catalog.builtIn());

    @Test
    void aNewFolderWouldGetTheBaselineStepsAndMastersAndStaysAbsent() throws Exception {
        Path changelogs = dir.resolve("db");
        List<String> files = dryRun.wouldWrite(NuGetVersion.parse("6.0.0"), NuGetVersion.parse("6.1.8"), false,
                ChangelogOptions.defaults(changelogs));
        assertEquals(List.of("configuration/6.0-to-6.1.xml", "configuration/baseline-6.0.xml", "duende-changelog.xml",
                "duende-configuration.xml", "duende-operational.xml", "operational/6.0-to-6.1.xml", "operational/baseline-6.0.xml"),
                files.stream().sorted().toList());
        assertFalse(Files.exists(changelogs));
    }

    @Test
    void anExistingFolderWouldGetOnlyWhatChangesAndStaysAsItIs() throws Exception {
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));
        List<Path> before;
        try (Stream<Path> s = Files.walk(dir)) {
            before = s.sorted().toList();
        }
        List<String> files = dryRun.wouldWrite(NuGetVersion.parse("6.0.0"), NuGetVersion.parse("6.1.8"), false,
                ChangelogOptions.defaults(dir));
        // The combined master includes every step file itself, so a new step changes it too.
        assertEquals(List.of("configuration/6.0-to-6.1.xml", "duende-changelog.xml", "duende-configuration.xml",
                "duende-operational.xml", "operational/6.0-to-6.1.xml"), files.stream().sorted().toList());
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(before, s.sorted().toList());
        }
    }
}
