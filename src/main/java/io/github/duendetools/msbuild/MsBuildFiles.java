package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.SafeXmlReader;
import io.github.duendetools.msbuild.xml.XmlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MSBuild files shared between projects ({@code Directory.*.props}, imported files), parsed once
 * and cached, and the "nearest ancestor" look-ups MSBuild does. Every file the evaluator opens passes
 * {@link #requireReadable}: a file whose real location is inside the root, or one of MSBuild's
 * {@code Directory.*} files in a folder above the root, as MSBuild's look-ups find them (a scan of
 * {@code bff/hosts} finds {@code bff/Directory.Packages.props}). Nothing else outside the root is read,
 * whatever a property function or a symlink points at.
 */
final class MsBuildFiles {
    private final Path root;
    private final Path realRoot;
    private final SafeXmlReader reader;
    private final Map<Path, XmlDocument> documents = new HashMap<>();
    /** The files MSBuild looks for in every ancestor folder: the only ones read above the root. */
    static final Set<String> DIRECTORY_FILES =
            Set.of("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props");

    /** Answers of {@link #nearestAbove} by file name, then by folder (absolute, normalised). */
    private final Map<String, Map<Path, Optional<Path>>> nearest = new HashMap<>();

    MsBuildFiles(Path root, SafeXmlReader reader) throws InputException {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
        try {
            this.realRoot = this.root.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(root, 0, "the project root does not exist (check duende.projectRoot)", e);
        } catch (IOException e) {
            throw new InputException(root, 0, "cannot read the project root: " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    SafeXmlReader reader() {
        return reader;
    }

    /** A shared file, parsed once. */
    XmlDocument document(Path file) throws InputException {
        Path key = file.toAbsolutePath().normalize();
        XmlDocument cached = documents.get(key);
        if (cached == null) {
            requireReadable(key);
            cached = reader.read(key);
            documents.put(key, cached);
        }
        return cached;
    }

    /** Every shared file parsed so far. */
    Collection<XmlDocument> documentsRead() {
        return documents.values();
    }

    /**
     * The one check before the evaluator opens a file: its real location (after symlinks) is inside the scan root, or
     * it is an {@linkplain #aboveRoot ancestor's Directory.* file}; anything else is refused.
     */
    void requireReadable(Path file) throws InputException {
        if (aboveRoot(file)) {
            return;
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new InputException(file, 0, "resolves to " + real + ", outside the scanned root " + root
                        + "; refusing to follow it");
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code file} is one MSBuild reads from above the root: a {@code Directory.*} file, itself no symlink,
     * in a folder the root is inside. Not a file in any other folder outside, whatever the look-up started from.
     */
    boolean aboveRoot(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path folder = normalized.getParent();
        return folder != null && !normalized.startsWith(root) && root.startsWith(folder)
                && DIRECTORY_FILES.contains(normalized.getFileName().toString())
                && !Files.isSymbolicLink(normalized);
    }

    /**
     * The file at {@code path}, or, when it is absent, the one whose path differs only in letter case:
     * projects written on Windows import {@code ..\Build\Versions.props} for {@code build/versions.props}.
     * Only inside the root; null when there is no such file.
     */
    Path existingFile(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            // A nested props file imports its parent, found above the root by an ancestor look-up.
            return aboveRoot(normalized) && Files.exists(normalized) ? normalized : null;
        }
        if (isFile(normalized)) {
            return normalized;
        }
        Path current = root;
        for (Path name : root.relativize(normalized)) {
            Path exact = current.resolve(name.toString());
            if (Files.exists(exact)) {
                current = exact;
                continue;
            }
            Path match = null;
            try (var entries = Files.list(current)) {
                match = entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name.toString()))
                        .sorted().findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
            if (match == null) {
                return null;
            }
            current = match;
        }
        return isFile(current) ? current : null;
    }

    /**
     * Anything but a folder, as MSBuild's {@code File.Exists} sees it: a FIFO or a device is then refused by name when
     * it is read, not passed over as a missing file.
     */
    private static boolean isFile(Path path) {
        return Files.exists(path) && !Files.isDirectory(path);
    }

    /**
     * The nearest {@code fileName} in {@code directory} or one of its ancestors, up to the file system's
     * root as MSBuild looks. A file found is only a path: reading it is up to {@link #requireReadable}.
     */
    Optional<Path> nearestAbove(Path directory, String fileName) {
        Path dir = directory.toAbsolutePath().normalize();
        // The folder asked about is mostly a project's own, asked about once; its ancestors are shared by many
        // projects, so only their answers are remembered.
        return nearestAboveFrom(dir, fileName, false);
    }

    /** @param dir absolute and normalised */
    private Optional<Path> nearestAboveFrom(Path dir, String fileName, boolean remember) {
        Map<Path, Optional<Path>> byFolder = remember ? nearest.get(fileName) : null;
        if (remember && byFolder == null) {
            byFolder = new HashMap<>();
            nearest.put(fileName, byFolder);
        }
        Optional<Path> found = byFolder == null ? null : byFolder.get(dir);
        if (found == null) {
            Path candidate = dir.resolve(fileName);
            if (isFile(candidate)) {
                found = Optional.of(candidate);
            } else if (dir.getParent() == null) {
                found = Optional.empty();
            } else {
                found = nearestAboveFrom(dir.getParent(), fileName, true);
            }
            if (byFolder != null) {
                byFolder.put(dir, found);
            }
        }
        return found;
    }
}
