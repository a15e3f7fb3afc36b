package io.github.duendetools.mojo;

import static io.github.duendetools.FileTreeSnapshot.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.FileTreeSnapshot;
import io.github.duendetools.migrate.MigrateLock;
import io.github.duendetools.migrate.MoveInProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write phase of migrate: a refusal writes nothing at all, whatever refuses; an interrupted run is finished by
 * the next plain run; files get the usual modes and no temporary file survives.
 */
class MigrateWritePhaseTest {
    private static final String PROPS = "<Project>\n  <PropertyGroup><DuendeVersion>6.0.0</DuendeVersion></PropertyGroup>\n</Project>\n";

    @TempDir
    Path work;

    private Path repo() {
        return work.resolve("repo");
    }

    private Path changelogs() {
        return work.resolve("changelog");
    }

    private Path output() {
        return work.resolve("out");
    }

    private static String project(String version) {
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"" + version + "\" /></ItemGroup>\n"
                + "</Project>\n";
    }

    private static final String VIA_PROPERTY = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer.EntityFramework\" Version=\"$(DuendeVersion)\" /></ItemGroup>\n"
            + "</Project>\n";

    /** Two projects with their own version, one reading Directory.Build.props. */
    private void tree() throws IOException {
        write("src/A/A.csproj", project("6.0.0"));
        write("src/B/B.csproj", project("6.0.0"));
        write("Directory.Build.props", PROPS);
        write("src/Data/Data.csproj", VIA_PROPERTY);
    }

    private void write(String relative, String content) throws IOException {
        Path file = repo().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private CapturingLog migrate(String target) throws Exception {
        MigrateMojo mojo = MigrateRun.mojo(repo(), changelogs(), output(), target);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        mojo.execute();
        return log;
    }

    private MojoFailureException refused(String target) {
        MigrateMojo mojo = MigrateRun.mojo(repo(), changelogs(), output(), target);
        mojo.setLog(new CapturingLog());
        return assertThrows(MojoFailureException.class, mojo::execute);
    }

    private void assertRefusedWritingNothing(String target, String problem) throws IOException {
        Map<String, byte[]> repoBefore = FileTreeSnapshot.of(repo());
        Map<String, byte[]> changelogsBefore = FileTreeSnapshot.of(changelogs());

        MojoFailureException e = refused(target);

        assertTrue(e.getMessage().startsWith("Migration refused, nothing written:"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertSameFiles(repoBefore, FileTreeSnapshot.of(repo()));
        assertSameFiles(changelogsBefore, FileTreeSnapshot.of(changelogs()));
        assertFalse(Files.exists(output().resolve(MoveInProgress.FILE_NAME)));
    }

    @Test
    void anOutputDirectoryThatIsAFileRefusesBeforeAnyChangelogIsWritten() throws Exception {
        tree();
        Files.createDirectories(work);
        Files.writeString(output(), "not a folder");
        assertRefusedWritingNothing("6.1.0", "duende.outputDirectory: " + output() + " is not a folder");
    }

    @Test
    void anOutputDirectoryUnderDevNullRefusesEvenWithNothingToMove() throws Exception {
        tree();
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        // Already at the target: nothing moves, yet every run would end by removing the marker from that folder.
        MigrateMojo mojo = MigrateRun.mojo(repo(), changelogs(), devNull.resolve("duende"), "6.0.0");
        mojo.setLog(new CapturingLog());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("duende.outputDirectory: /dev/null is not a folder"), e.getMessage());
        assertFalse(Files.exists(changelogs()), "no changelog written");
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALogLine() throws Exception {
        tree();
        write("src/Evil\n[INFO] BUILD SUCCESS\r/Evil.csproj", project("6.0.0"));
        CapturingLog log = migrate("6.1.0");
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("src/Evil\\n[INFO] BUILD SUCCESS\\r/Evil.csproj")),
                String.join("|", log.lines));
        for (String line : log.lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), line);
        }
        // A one-line error naming such a file stays one line too.
        write("src/Evil\n[INFO] BUILD SUCCESS\r/Evil.csproj", "<Project><Broken></Project>");
        MigrateMojo mojo = MigrateRun.mojo(repo(), changelogs(), output(), "6.1.0");
        mojo.setLog(new CapturingLog());
        Exception e = assertThrows(Exception.class, mojo::execute);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("Evil\\n[INFO] BUILD SUCCESS\\r/Evil.csproj"), e.getMessage());
    }

    @Test
    void aSecondMigrateWhileOneRunsIsRefusedWritingNothing() throws Exception {
        tree();
        try (MigrateLock running = MigrateLock.tryAcquire(output()).orElseThrow()) {
            MojoFailureException e = refused("6.1.0");
            assertTrue(e.getMessage().startsWith("Another duende:migrate is running on " + output()), e.getMessage());
            assertFalse(Files.exists(changelogs()), "no changelog written");
        }
        migrate("6.1.0");
        assertTrue(Files.exists(changelogs().resolve("duende-changelog.xml")), "once it ended, the next run proceeds");
    }

    @Test
    void readOnlyProjectFileRefusesBeforeAnyChangelogIsWritten() throws Exception {
        tree();
        Files.setPosixFilePermissions(repo().resolve("src/B/B.csproj"), PosixFilePermissions.fromString("r--r--r--"));

        assertRefusedWritingNothing("6.1.0", "src/B/B.csproj: file is read-only");
        assertFalse(Files.exists(changelogs()));
    }

    @Test
    void readOnlyDirectoryBuildPropsRefusesBeforeAnyChangelogIsWritten() throws Exception {
        tree();
        Files.setPosixFilePermissions(repo().resolve("Directory.Build.props"), PosixFilePermissions.fromString("r--r--r--"));

        assertRefusedWritingNothing("6.1.0", "Directory.Build.props: file is read-only");
        assertFalse(Files.exists(changelogs()));
    }

    @Test
    void projectFolderThatCannotTakeATemporaryFileRefusesBeforeAnyChangelogIsWritten() throws Exception {
        tree();
        Path folder = repo().resolve("src/A");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefusedWritingNothing("6.1.0", "src/A/A.csproj: folder " + folder + " is not writable");
            assertFalse(Files.exists(changelogs()));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyChangelogMasterRefusesBeforeAnyStepFileOrProjectIsWritten() throws Exception {
        tree();
        migrate("6.1.0");
        Path master = changelogs().resolve("duende-operational.xml");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("r--r--r--"));

        assertRefusedWritingNothing("6.3.0", master + ": file is read-only");
        assertFalse(Files.exists(changelogs().resolve("configuration/6.1-to-6.3.xml")));
    }

    @Test
    void changelogFolderThatCannotBeCreatedRefusesBeforeAnyProjectIsWritten() throws Exception {
        tree();
        Path parent = Files.createDirectories(work.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            MigrateMojo mojo = MigrateRun.mojo(repo(), parent.resolve("changelog"), output(), "6.1.0");
            mojo.setLog(new CapturingLog());
            Map<String, byte[]> before = FileTreeSnapshot.of(repo());

            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

            assertTrue(e.getMessage().contains("folder " + parent + " is not writable"), e.getMessage());
            assertSameFiles(before, FileTreeSnapshot.of(repo()));
            assertFalse(Files.exists(parent.resolve("changelog")));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newChangelogFilesGetTheUsualModeNotAnOwnerOnlyOne() throws Exception {
        tree();
        Path probe = Files.createFile(work.resolve("made-by-this-process"));

        migrate("6.1.0");

        try (Stream<Path> files = Files.walk(changelogs())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file), file.toString());
            }
        }
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextOne() throws Exception {
        tree();
        write("src/A/.A.csproj.4711.duende-tmp", "<Project><!-- half");
        write("src/B/.B.csproj.4712.duende-tmp", "");
        Files.createDirectories(changelogs().resolve("operational"));
        Files.writeString(changelogs().resolve(".duende-99.tmp"), "<databaseChangeLog");
        Files.writeString(changelogs().resolve("operational/.baseline-6.0.xml.4713.duende-tmp"), "<databaseChangeLog");
        write("src/A/.keep.tmp", "not ours");

        migrate("6.1.0");

        try (Stream<Path> files = Stream.concat(Files.walk(repo()), Files.walk(changelogs()))) {
            assertEquals(java.util.List.of(repo().resolve("src/A/.keep.tmp")),
                    files.filter(p -> p.getFileName().toString().contains("tmp")).toList());
        }
    }

    @Test
    void aNewFolderWhoseFirstWriteStoppedBetweenTheTwoMastersIsCompletedByteForByte() throws Exception {
        tree();
        Path full = work.resolve("full");
        MigrateMojo reference = MigrateRun.mojo(repo(), full, work.resolve("out-full"), "6.1.0");
        reference.setLog(new CapturingLog());
        // Same tree, same target, a folder written without interruption, as the reference; then the project files go back.
        Map<String, byte[]> projects = FileTreeSnapshot.of(repo());
        reference.execute();
        projects.forEach((name, bytes) -> rewrite(repo().resolve(name), bytes));
        Map<String, byte[]> expected = FileTreeSnapshot.of(full);
        // What a run stopped after the configuration master leaves: every step file, one master.
        expected.forEach((name, bytes) -> {
            if (!name.equals("duende-operational.xml") && !name.equals("duende-changelog.xml")) {
                rewrite(changelogs().resolve(name), bytes);
            }
        });

        migrate("6.1.0");

        assertSameFiles(expected, FileTreeSnapshot.of(changelogs()));
        assertTrue(Files.readString(repo().resolve("src/A/A.csproj")).contains("6.1.0"));
    }

    @Test
    void aHalfDoneMoveIsCompletedByARunWithTheSameTarget() throws Exception {
        tree();
        migrate("6.1.0");
        // Stopped part way through the move to 6.2.0: A moved, B and the property not yet.
        Files.createDirectories(output());
        Files.writeString(output().resolve(MoveInProgress.FILE_NAME), "target=6.2.0\n");
        write("src/A/A.csproj", project("6.2.0"));
        write("src/B/B.csproj", project("6.1.0"));
        write("Directory.Build.props", PROPS.replace("6.0.0", "6.1.0"));

        CapturingLog log = migrate("6.2.0");

        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO Completing the move to 6.2.0")), log.lines.toString());
        assertEquals(project("6.2.0"), Files.readString(repo().resolve("src/B/B.csproj")));
        assertEquals(PROPS.replace("6.0.0", "6.2.0"), Files.readString(repo().resolve("Directory.Build.props")));
        assertFalse(Files.exists(output().resolve(MoveInProgress.FILE_NAME)));
    }

    @Test
    void projectsThatDisagreeWithoutAnUnfinishedMoveAreStillRefused() throws Exception {
        tree();
        write("src/A/A.csproj", project("6.2.0"));

        MojoFailureException e = refused("6.2.0");
        assertTrue(e.getMessage().contains("INCONSISTENT_VERSIONS"), e.getMessage());

        // An unfinished move to another target does not count either.
        Files.createDirectories(output());
        Files.writeString(output().resolve(MoveInProgress.FILE_NAME), "target=6.3.0\n");
        assertTrue(refused("6.2.0").getMessage().contains("INCONSISTENT_VERSIONS"));
    }

    private static void rewrite(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
