package io.github.duendetools.report;

import io.github.duendetools.plan.UpgradePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes {@code upgrade-report.json} and {@code upgrade-report.md} into one folder, and nothing else. */
public final class ReportWriter {

    public static final String JSON = "upgrade-report.json";
    public static final String MARKDOWN = "upgrade-report.md";

    private ReportWriter() {
    }

    /** @return the files written */
    public static List<Path> write(UpgradePlan plan, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON);
        Path md = directory.resolve(MARKDOWN);
        replace(json, JsonReport.render(plan));
        replace(md, MarkdownReport.render(plan));
        return List.of(json, md);
    }

    /**
     * Write beside, then move, so a reader never sees half a report. The scratch file is created exclusively
     * under a name from the clock, the next name when another writer holds it; neither a random name (the JDK's
     * secure random source) nor the process id (which starts the JDK's process-reaper machinery) is cheap in the
     * cold JVM a gate runs in on every build.
     */
    public static void replace(Path file, String content) throws IOException {
        Path tmp = writeScratch(file, content);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path writeScratch(Path file, String content) throws IOException {
        for (long n = System.nanoTime(); ; n++) {
            Path tmp = file.resolveSibling(file.getFileName() + "." + Long.toHexString(n) + ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // another writer's scratch file: try the next name
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }
}
