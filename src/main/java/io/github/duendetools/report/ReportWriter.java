package io.github.duendetools.report;

import io.github.duendetools.plan.UpgradePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
     * Write beside, then move, so a reader never sees half a report. The scratch name is unique per process and
     * thread rather than random: a random one initialises the JDK's secure random source, which a gate run in a cold
     * JVM would otherwise pay for on every build.
     */
    public static void replace(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
