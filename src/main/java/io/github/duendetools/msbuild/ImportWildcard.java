package io.github.duendetools.msbuild;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

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

    /**
     * Folders one wildcard import may visit below its base. A {@code **} import walks the whole subtree, which a
     * hostile repository can make as large as it likes; real imports match a handful of files in a few folders.
     */
    static final int MAX_FOLDERS_VISITED = 10_000;

    /** The matching files, in MSBuild's import order. */
    List<Path> matches() throws IOException, WildcardTooBroad {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        boolean recursive = pattern.contains("**");
        int maxDepth = recursive ? Integer.MAX_VALUE : pattern.size() - 1;
        List<String> found = new ArrayList<>();
        Deque<String> folders = new ArrayDeque<>();
        folders.push("");
        int visited = 0;
        while (!folders.isEmpty()) {
            String folder = folders.pop();
            if (++visited > MAX_FOLDERS_VISITED) {
                throw new WildcardTooBroad("matching it visits more than " + MAX_FOLDERS_VISITED
                        + " folders (the limit for one wildcard import)");
            }
            int depth = folder.isEmpty() ? 0 : folder.split("/", -1).length;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.isEmpty() ? base : base.resolve(folder))) {
                for (Path entry : entries) {
                    String relative = folder.isEmpty() ? entry.getFileName().toString()
                            : folder + "/" + entry.getFileName();
                    // Folders are entered as the JDK's walk enters them, never through a symlink.
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        if (depth < maxDepth) {
                            folders.push(relative);
                        }
                    } else if (Files.isRegularFile(entry) && matches(relative.split("/", -1))) {
                        found.add(relative);
                    }
                }
            }
        }
        found.sort(ORDINAL_IGNORE_CASE);
        List<Path> files = new ArrayList<>(found.size());
        for (String relative : found) {
            files.add(base.resolve(relative));
        }
        return files;
    }

    /**
     * Whether the path's names match the pattern's segments, {@code **} standing for any number of names. Dynamic
     * programming over (segment, name): time proportional to their product, whatever the number of {@code **}.
     */
    boolean matches(String[] names) {
        int s = pattern.size();
        int n = names.length;
        // reach[j]: the segments so far can consume exactly the first j names.
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        for (String segment : pattern) {
            boolean[] next = new boolean[n + 1];
            if (segment.equals("**")) {
                boolean any = false;
                // "**" consumes zero or more folder names, never the file name itself.
                for (int j = 0; j <= n; j++) {
                    any |= reach[j];
                    next[j] = any && j < n;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    next[j + 1] = reach[j] && globMatches(segment, names[j]);
                }
            }
            reach = next;
        }
        return s > 0 && reach[n];
    }

    /**
     * {@code *} and {@code ?} within one name, letter case ignored. The usual greedy match that returns to the last
     * {@code *} only: time proportional to the product of the lengths, never exponential as a regular expression's
     * backtracking over {@code *a*a*a*...} is.
     */
    static boolean globMatches(String glob, String name) {
        int g = 0;
        int i = 0;
        int star = -1;
        int resume = 0;
        while (i < name.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) != '*' && sameIgnoringCase(glob.charAt(g), name.charAt(i)))) {
                g++;
                i++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = i;
            } else if (star >= 0) {
                g = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** A wildcard whose matching would go past {@link #MAX_FOLDERS_VISITED}. */
    static final class WildcardTooBroad extends Exception {
        private static final long serialVersionUID = 1L;

        WildcardTooBroad(String message) {
            super(message, null, false, false);
        }
    }
}
