package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code bin/} folder the scan may not open (mode 000) is skipped unread, as documented, instead of failing the scan.
 * As root, which reads any folder, the scan runs in a child JVM without the capabilities that override permissions.
 */
class UnreadableFolderTest {

    /** Prints the projects found under {@code args[0]}, one a line, or the error; the child's entry point. */
    public static void main(String[] args) throws Exception {
        try {
            for (Path p : new ProjectFinder(List.of()).find(Path.of(args[0]))) {
                System.out.println(Path.of(args[0]).relativize(p).toString().replace('\\', '/'));
            }
        } catch (io.github.duendetools.InputException e) {
            System.out.println("ERROR " + e.getMessage());
        }
    }

    @Test
    void anUnreadableBinFolderIsSkipped(@TempDir Path root) throws Exception {
        assertEquals("App/App.csproj\n", findWithUnreadable(root, "bin"));
    }

    /** The same tree with the unreadable folder under another name: the set-up really makes it unreadable. */
    @Test
    void anUnreadableFolderThatIsNotSkippedStillFailsTheScan(@TempDir Path root) throws Exception {
        String out = findWithUnreadable(root, "lib");
        assertTrue(out.startsWith("ERROR ") && out.contains("cannot walk the project root"), out);
    }

    private static String findWithUnreadable(Path root, String folder) throws Exception {
        Files.createDirectories(root.resolve(folder));
        Files.writeString(root.resolve(folder + "/X.csproj"), "<Project/>");
        Files.createDirectories(root.resolve("App"));
        Files.writeString(root.resolve("App/App.csproj"), "<Project/>");
        Path unreadable = root.resolve(folder);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        try {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    UnreadableFolderTest.class.getName(), root.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("child failed: " + out);
            }
            return out;
        } finally {
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
