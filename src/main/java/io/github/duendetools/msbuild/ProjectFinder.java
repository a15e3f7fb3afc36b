package io.github.duendetools.msbuild;

import io.github.duendetools.Excerpt;
import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.SafeXmlReader;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * Finds {@code *.csproj}, {@code *.fsproj} and {@code *.vbproj} under a root, skipping build output,
 * VCS and package folders and the user's excludes, in a stable order. Symbolic links are not followed;
 * one that resolves outside the root is refused rather than silently skipped, because the user may expect
 * what it points at to be checked.
 */
final class ProjectFinder {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("bin", "obj", ".git", "node_modules");
    private static final Set<String> DIRECTORY_FILES =
            Set.of("directory.build.props", "directory.build.targets", "directory.packages.props");
    private static final Set<String> PROJECT_EXTENSIONS = Set.of(".csproj", ".fsproj", ".vbproj");

    private static final Comparator<Path> BY_TEXT = new ByText();

    private final List<Exclude> excludes = new ArrayList<>();

    /** Paths in the order of their text, which is the order reports list them in. */
    private static final class ByText implements Comparator<Path> {
        @Override
        public int compare(Path a, Path b) {
            return a.toString().compareTo(b.toString());
        }
    }

    /** A glob, matched against the path relative to the root, or against the bare name when it has no slash. */
    private record Exclude(PathMatcher matcher, boolean nameOnly) {
        boolean matches(Path relative) {
            Path subject = nameOnly ? relative.getFileName() : relative;
            return subject != null && matcher.matches(subject);
        }
    }

    /** @throws InputException naming {@code duende.excludes} when a glob is not one */
    public ProjectFinder(List<String> excludeGlobs) throws InputException {
        for (String glob : excludeGlobs) {
            String g = glob.strip();
            while (g.endsWith("/")) {
                g = g.substring(0, g.length() - 1);
            }
            if (!g.isEmpty()) {
                PathMatcher matcher;
                try {
                    matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
                } catch (PatternSyntaxException e) {
                    throw new InputException(null, 0, "duende.excludes: " + Excerpt.quoted(glob) + " is not a glob ("
                            + e.getDescription() + " near index " + e.getIndex() + ")");
                } catch (IllegalArgumentException e) {
                    throw new InputException(null, 0, "duende.excludes: " + Excerpt.quoted(glob) + " is not a glob ("
                            + SafeXmlReader.oneLine(e.getMessage()) + ")");
                }
                excludes.add(new Exclude(matcher, !g.contains("/")));
            }
        }
    }

    public List<Path> find(Path root) throws InputException {
        return walk(root, ProjectFinder::isProject);
    }

    /**
     * The {@code Directory.Build.props}, {@code Directory.Build.targets} and {@code Directory.Packages.props}
     * files under the root, outside the excludes, whether or not a project imports them.
     */
    public List<Path> findDirectoryFiles(Path root) throws InputException {
        return walk(root, file -> DIRECTORY_FILES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT)));
    }

    private List<Path> walk(Path root, Predicate<Path> wanted) throws InputException {
        Path start = root.toAbsolutePath().normalize();
        Path realRoot;
        try {
            realRoot = start.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(start, 0, "the project root does not exist (check duende.projectRoot)", e);
        } catch (IOException e) {
            throw new InputException(start, 0, "cannot read the project root: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(realRoot)) {
            throw new InputException(start, 0, "the project root is not a folder");
        }
        List<Path> projects = new ArrayList<>();
        try {
            // Walk the real folder (a root given through a symlink would otherwise be a single file to the
            // walker) but report paths under the root as the user wrote it.
            Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(realRoot)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                private boolean skipped(Path dir) {
                    String name = dir.getFileName().toString().toLowerCase(Locale.ROOT);
                    return SKIPPED_FOLDERS.contains(name) || !excludes.isEmpty() && excluded(realRoot.relativize(dir));
                }

                @Override
                public FileVisitResult visitFile(Path realFile, BasicFileAttributes attrs) {
                    Path relative = realRoot.relativize(realFile);
                    Path file = start.resolve(relative.toString());
                    if (excluded(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean project = wanted.test(file);
                    if (attrs.isSymbolicLink() && (project || Files.isDirectory(file))) {
                        checkLink(file, realRoot);
                    }
                    if (project && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        projects.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // A folder that cannot be opened is reported here, before preVisitDirectory: a skipped one
                    // (bin/ of mode 000) is skipped unread, as it would be if it could be read.
                    if (!file.equals(realRoot) && skipped(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (UncheckedInputException e) {
            throw e.input;
        } catch (IOException e) {
            throw new InputException(start, 0, "cannot walk the project root: " + e.getMessage(), e);
        }
        projects.sort(BY_TEXT);
        return projects;
    }

    private boolean excluded(Path relative) {
        for (Exclude exclude : excludes) {
            if (exclude.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    static boolean isProject(Path file) {
        String name = file.getFileName().toString();
        // Every project extension is a dot and six ASCII letters, which lower-casing leaves where they are.
        if (name.length() < 8 || name.charAt(name.length() - 7) != '.') {
            return false;
        }
        name = name.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && PROJECT_EXTENSIONS.contains(name.substring(dot));
    }

    private static void checkLink(Path link, Path realRoot) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                throw new UncheckedInputException(new InputException(link, 0,
                        "symbolic link resolves to " + target + ", outside the scanned root; refusing to follow it"));
            }
        } catch (NoSuchFileException e) {
            // A dangling link points at nothing we could read; nothing to refuse.
        } catch (IOException e) {
            // A loop of links, or one we may not follow: the user's to fix, not a crash.
            String reason = e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : String.valueOf(e.getMessage());
            throw new UncheckedInputException(new InputException(link, 0, "symbolic link cannot be followed ("
                    + SafeXmlReader.oneLine(reason) + "); fix it or leave it out with duende.excludes"));
        }
    }

    /** Carries an InputException out of the visitor, whose methods may only throw IOException. */
    private static final class UncheckedInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputException input;

        UncheckedInputException(InputException input) {
            super(input.getMessage(), null, false, false);
            this.input = input;
        }
    }
}
