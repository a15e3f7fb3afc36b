package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every goal parameter says in its javadoc which release it appeared in ({@code @since}): the site's generated
 * parameter reference shows it, and users of an older release read there whether they have it.
 */
class EveryParameterHasSinceTest {

    @Test
    void everyParameterHasSince() throws IOException {
        Path mojos = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/io/github/duendetools/mojo");
        List<String> without = new ArrayList<>();
        int parameters = 0;
        try (Stream<Path> files = Files.list(mojos)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("@Parameter")) {
                        parameters++;
                        if (!javadocAbove(lines, i).contains("@since ")) {
                            without.add(file.getFileName() + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertTrue(parameters > 0, "no @Parameter found under " + mojos);
        assertEquals(List.of(), without, "parameters without @since in their javadoc");
    }

    /** The javadoc comment that ends right above the annotations on line {@code annotation}, or "". */
    private static String javadocAbove(List<String> lines, int annotation) {
        int end = annotation - 1;
        while (end >= 0 && lines.get(end).strip().startsWith("@")) {
            end--;
        }
        if (end < 0 || !lines.get(end).strip().endsWith("*/")) {
            return "";
        }
        int start = end;
        while (start > 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        return String.join("\n", lines.subList(start, end + 1));
    }
}
