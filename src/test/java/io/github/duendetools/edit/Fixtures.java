package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.duendetools.msbuild.VersionSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies fixture trees into temp folders and finds version spans the way the scanner reports them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/edit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The span of the {@code occurrence}-th (0-based; -1 = last) ASCII {@code text} in the file. */
    static VersionSpan span(Path file, String text, int occurrence) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        int found = -1;
        int seen = 0;
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                if (occurrence < 0 || seen == occurrence) {
                    found = i;
                    if (occurrence >= 0) {
                        break;
                    }
                }
                seen++;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(text + " not in " + file);
        }
        return new VersionSpan(file, found, found + needle.length, text);
    }

    static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual),
                () -> actual + " differs from " + expected);
    }
}
