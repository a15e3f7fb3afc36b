package io.github.duendetools.dbproof;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Changelogs written by hand under src/test/resources/dbproof/handmade/&lt;from&gt;-to-&lt;to&gt;/, for proving the
 * harness without the plugin's emitter (default names only).
 */
final class HandMadeChangelogs implements ChangelogSource {

    @Override
    public void write(String from, String to, ProofVariant variant, Path directory) throws IOException {
        if (!variant.tableNames().isEmpty()) {
            throw new IllegalArgumentException("hand-made changelogs use default table names only");
        }
        Path source;
        try {
            source = Path.of(HandMadeChangelogs.class.getResource("/dbproof/handmade/" + from + "-to-" + to).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no hand-made changelog for " + from + " -> " + to, e);
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = directory.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, copy);
                }
            }
        }
    }
}
