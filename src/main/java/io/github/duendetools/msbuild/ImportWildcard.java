package io.github.duendetools.msbuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An {@code Import Project} with wildcards ({@code build/*.props}, {@code build/**}{@code /*.props}), matched
 * as MSBuild matches it: {@code *} and {@code ?} within one folder or file name, {@code **} any number of
 * folders (none included), and the matches imported in the order MSBuild sorts them, ordinal and
 * ignoring case ({@code Array.Sort(files, StringComparer.OrdinalIgnoreCase)} in MSBuild's
 * {@code EngineFileUtilities.GetFileList}). Names match ignoring case, as on Windows, where most of these
 * files are written.
 */
final class ImportWildcard {
    /** Sorted as .NET's {@code StringComparer.OrdinalIgnoreCase}: char by char, upper-cased. */
    static final Comparator<String> ORDINAL_IGNORE_CASE = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = Character.toUpperCase(a.charAt(i));
            char y = Character.toUpperCase(b.charAt(i));
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    };

    /** The folder the matching starts from, and the wildcard part below it (segments). */
    private final Path base;
    private final List<String> pattern;

    private ImportWildcard(Path base, List<String> pattern) {
        this.base = base;
        this.pattern = pattern;
    }

    static boolean isWildcard(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0;
    }

    /**
     * @param directory the folder of the importing file
     * @param path      the expanded {@code Project} text, with wildcards
     * @return null when the text is not a usable path
     */
    static ImportWildcard of(Path directory, String path) {
        String normalized = path.strip().replace('\\', '/');
        List<String> segments = new ArrayList<>(Arrays.asList(normalized.split("/", -1)));
        int first = 0;
        while (first < segments.size() && !isWildcard(segments.get(first))) {
            first++;
        }
        // "/x/*.props" splits to "", "x", "*.props": an empty first segment is the file system's root.
        String fixed = first == 1 && segments.get(0).isEmpty() ? "/" : String.join("/", segments.subList(0, first));
        try {
            Path base = fixed.isEmpty() ? directory : directory.resolve(fixed);
            return new ImportWildcard(base.normalize(), List.copyOf(segments.subList(first, segments.size())));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The folder matching starts from: where the first wildcard is. */
    Path base() {
        return base;
    }

    /** The matching files, in MSBuild's import order. */
    List<Path> matches() throws IOException {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        boolean recursive = pattern.contains("**");
        List<Pattern> segments = new ArrayList<>(pattern.size());
        for (String segment : pattern) {
            segments.add(segment.equals("**") ? null : segmentPattern(segment));
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base, recursive ? Integer.MAX_VALUE : pattern.size())) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = base.relativize(file).toString().replace('\\', '/');
                if (matches(relative.split("/"), 0, segments, 0)) {
                    found.add(relative);
                }
            });
        }
        found.sort(ORDINAL_IGNORE_CASE);
        List<Path> files = new ArrayList<>(found.size());
        for (String relative : found) {
            files.add(base.resolve(relative));
        }
        return files;
    }

    private static boolean matches(String[] names, int name, List<Pattern> segments, int segment) {
        if (segment == segments.size()) {
            return name == names.length;
        }
        Pattern p = segments.get(segment);
        if (p == null) {
            // "**": no folder, or one more and try again.
            return matches(names, name, segments, segment + 1)
                    || name < names.length - 1 && matches(names, name + 1, segments, segment);
        }
        return name < names.length && p.matcher(names[name]).matches()
                && matches(names, name + 1, segments, segment + 1);
    }

    private static Pattern segmentPattern(String segment) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
