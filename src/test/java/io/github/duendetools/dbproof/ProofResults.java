package io.github.duendetools.dbproof;

import io.github.duendetools.Regeneration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps each proof's outcome as a small file under target/dbproof/results and regenerates the compatibility
 * page from all of them after every proof, so the page always reflects what actually ran.
 * With {@code -Dduende.regenerate=true} ({@link Regeneration}) the page is also copied to docs/compatibility.md.
 */
final class ProofResults {
    private ProofResults() {
    }

    static Path directory() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("dbproof");
    }

    static synchronized void record(Engine engine, String from, String to, ProofVariant variant, List<String> verified,
                                    String failure) {
        ProofResult result = new ProofResult(engine, from, to, variant.label(), List.copyOf(verified),
                failure == null ? null : failure.lines().limit(4).map(String::strip).reduce((a, b) -> a + " " + b).orElse(failure));
        try {
            Path results = directory().resolve("results");
            Files.createDirectories(results);
            Files.writeString(results.resolve(result.fileName()), result.serialise(), StandardCharsets.UTF_8);
            writePage(Regeneration.requested());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders target/dbproof/compatibility.md from every recorded result, and copies it to docs/ when asked. */
    static synchronized Path writePage(boolean publish) throws IOException {
        String page = CompatibilityReport.render(ProofResult.readAll(directory().resolve("results")));
        Path target = directory().resolve("compatibility.md");
        Files.writeString(target, page, StandardCharsets.UTF_8);
        if (publish) {
            Path docs = Regeneration.projectFile("docs/compatibility.md");
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, page, StandardCharsets.UTF_8);
        }
        return target;
    }
}
