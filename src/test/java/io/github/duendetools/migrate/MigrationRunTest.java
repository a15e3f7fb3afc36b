package io.github.duendetools.migrate;

import static io.github.duendetools.FileTreeSnapshot.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.AtomicFileProbe;
import io.github.duendetools.FileTreeSnapshot;
import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.edit.MigrationOutcome;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradeCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrate run without Maven: what it writes, in which order, and what it leaves alone when it refuses. */
class MigrationRunTest {
    private static final String PROJECT = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\n"
            + "</Project>\n";

    @TempDir
    Path work;

    private final List<String> info = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Path repo;
    private Path changelogs;
    private Path output;

    @BeforeEach
    void folders() {
        repo = work.resolve("repo");
        changelogs = work.resolve("changelog");
        output = work.resolve("out");
    }

    private void project(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private MigrationRun run(boolean dryRun) {
        MigrateSettings settings = new MigrateSettings(repo, output, ChangelogOptions.defaults(changelogs), dryRun,
                false, true, false, null);
        return new MigrationRun(settings, new MigrationRun.Console() {
            @Override
            public void info(String line) {
                info.add(line);
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        });
    }

    /** Plans as check-upgrade does, with the built-in catalog. */
    private MigrationRun.Planner<InputException> planner(String target) {
        return alignAll -> new UpgradeCheck(ScanOptions.defaults(), Catalog.builtIn())
                .check(repo, new PlanPolicy(target, false, alignAll, null));
    }

    private Map<String, byte[]> snapshot() throws IOException {
        return FileTreeSnapshot.of(work);
    }

    /** Refused with a message that starts so, and not one file under the work folder changed, added or removed. */
    private void assertRefusedWritingNothing(String messageStart) throws Exception {
        Map<String, byte[]> before = snapshot();
        MigrateRefusedException e = assertThrows(MigrateRefusedException.class, () -> run(false).run(planner("6.1.0")));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertSameFiles(before, snapshot());
    }

    /** Migrates to 6.1.0 and returns every file written, in the order their new content went in place. */
    private List<Path> migrateRecordingWrites() throws Exception {
        List<Path> replaced = new ArrayList<>();
        AtomicFileProbe.recordReplaced(replaced);
        try {
            run(false).run(planner("6.1.0"));
        } finally {
            AtomicFileProbe.remove();
        }
        return replaced;
    }

    @Test
    void aDryRunWritesOnlyItsPatch() throws Exception {
        project("src/A/A.csproj", PROJECT);
        Map<String, byte[]> before = snapshot();

        run(true).run(planner("6.1.0"));

        Map<String, byte[]> after = snapshot();
        Path patch = output.resolve(MigrationOutcome.PATCH_FILE);
        assertTrue(after.remove(work.relativize(patch).toString()) != null, "the patch is written: " + after.keySet());
        assertSameFiles(before, after);
        assertTrue(Files.readString(patch).contains("+  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\""
                + " Version=\"6.1.0\" /></ItemGroup>"), Files.readString(patch));
        assertTrue(info.stream().anyMatch(l -> l.startsWith("Dry run: no changelog written; " + changelogs)), info.toString());
        assertTrue(info.stream().anyMatch(l -> l.startsWith("Would write ")), info.toString());
    }

    @Test
    void anUnsupportedJumpIsRefusedWritingNothing() throws Exception {
        project("src/A/A.csproj", PROJECT.replace("6.0.0", "7.0.0"));
        assertRefusedWritingNothing("Migration refused, nothing written:");
    }

    @Test
    void aFolderWithoutDuendeIsRefusedWritingNothing() throws Exception {
        project("src/A/A.csproj", PROJECT.replace("Duende.IdentityServer", "Serilog"));
        assertRefusedWritingNothing("No Duende IdentityServer package found under " + repo);
    }

    @Test
    void aRunHoldingTheLockRefusesASecondOneWritingNothing() throws Exception {
        project("src/A/A.csproj", PROJECT);
        Files.createDirectories(output);
        try (MigrateLock held = MigrateLock.tryAcquire(output).orElseThrow()) {
            assertRefusedWritingNothing("Another duende:migrate is running on " + output);
        }
    }

    @Test
    void changelogsAreWrittenBeforeProjectFiles() throws Exception {
        project("src/A/A.csproj", PROJECT);
        project("src/B/B.csproj", PROJECT);
        List<Path> replaced = migrateRecordingWrites();

        int lastChangelog = -1;
        int firstProject = replaced.size();
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).startsWith(changelogs)) {
                lastChangelog = i;
            } else if (replaced.get(i).startsWith(repo)) {
                firstProject = Math.min(firstProject, i);
            }
        }
        assertTrue(lastChangelog >= 0 && firstProject < replaced.size(), "both halves written: " + replaced);
        assertTrue(lastChangelog < firstProject, "every changelog before the first project file: " + replaced);
        assertTrue(Files.readString(repo.resolve("src/B/B.csproj")).contains("Version=\"6.1.0\""));
        assertFalse(Files.exists(output.resolve(MoveInProgress.FILE_NAME)), "the move is over");
        assertEquals(List.of(), warnings);
    }

    @Test
    void theMarkerOfAnInterruptedMoveIsSetWhileProjectFilesMove() throws Exception {
        project("src/A/A.csproj", PROJECT);
        List<Path> replaced = migrateRecordingWrites();

        Path marker = output.resolve(MoveInProgress.FILE_NAME);
        int markerAt = replaced.indexOf(marker);
        assertTrue(markerAt >= 0, "marker set: " + replaced);
        assertTrue(markerAt < replaced.indexOf(repo.resolve("src/A/A.csproj")), replaced.toString());
        assertEquals(Optional.empty(), new MoveInProgress(output).target(), "and removed at the end");
    }

    @Test
    void thePlannersOwnFailureReachesTheCallerUnchanged() throws Exception {
        project("src/A/A.csproj", PROJECT);
        IllegalStateException planning = new IllegalStateException("planning failed");
        MigrationRun.Planner<IllegalStateException> failing = alignAll -> {
            throw planning;
        };

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(false).run(failing));

        assertTrue(e == planning);
        assertFalse(Files.exists(changelogs));
    }
}
