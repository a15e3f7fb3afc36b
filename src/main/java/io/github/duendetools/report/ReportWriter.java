package io.github.duendetools.report;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.plan.UpgradePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // Replaced whole, never truncated in place: a reader sees the old report or the new one.
        AtomicFile.write(json, JsonReport.render(plan).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(md, MarkdownReport.render(plan).getBytes(StandardCharsets.UTF_8));
        return List.of(json, md);
    }
}
