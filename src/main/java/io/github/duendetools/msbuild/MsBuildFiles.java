package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MSBuild files shared between projects ({@code Directory.*.props}, imported files), parsed once
 * and cached, and the "nearest ancestor" look-ups MSBuild does, bounded by the scan root. A file whose
 * real location is outside the root is refused, so a symlink cannot make the scan read elsewhere.
 */
final class MsBuildFiles {
    private final Path root;
    private final Path realRoot;
    private final SafeXmlReader reader;
    private final Map<Path, XmlDocument> documents = new HashMap<>();
    /** Answers of {@link #nearestAbove} by file name, then by folder (absolute, normalised). */
    private final Map<String, Map<Path, Optional<Path>>> nearest = new HashMap<>();

    MsBuildFiles(Path root, SafeXmlReader reader) throws InputException {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
        try {
            this.realRoot = this.root.toRealPath();
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
            requireInsideRoot(key);
            cached = reader.read(key);
            documents.put(key, cached);
        }
        return cached;
    }

    /** Every shared file parsed so far. */
    Collection<XmlDocument> documentsRead() {
        return documents.values();
    }

    /** Refuses a path whose real location (after symlinks) is outside the scan root. */
    void requireInsideRoot(Path file) throws InputException {
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
     * The file at {@code path}, or, when it is absent, the one whose path differs only in letter case:
     * projects written on Windows import {@code ..\Build\Versions.props} for {@code build/versions.props}.
     * Only inside the root; null when there is no such file.
     */
    Path existingFile(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            return null;
        }
        if (Files.isRegularFile(normalized)) {
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
        return Files.isRegularFile(current) ? current : null;
    }

    /**
     * The nearest {@code fileName} in {@code directory} or one of its ancestors, not above the scan
     * root (MSBuild would look further up; we keep the scan inside what the user pointed us at).
     */
    Optional<Path> nearestAbove(Path directory, String fileName) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!dir.startsWith(root)) {
            return Optional.empty();
        }
        // The folder asked about is mostly a project's own, asked about once; its ancestors are shared by many
        // projects, so only their answers are remembered.
        return nearestAboveInside(dir, fileName, false);
    }

    /** @param dir absolute, normalised and inside the root, as are its parents up to the root */
    private Optional<Path> nearestAboveInside(Path dir, String fileName, boolean remember) {
        Map<Path, Optional<Path>> byFolder = remember ? nearest.get(fileName) : null;
        if (remember && byFolder == null) {
            byFolder = new HashMap<>();
            nearest.put(fileName, byFolder);
        }
        Optional<Path> found = byFolder == null ? null : byFolder.get(dir);
        if (found == null) {
            Path candidate = dir.resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
            } else if (dir.equals(root) || dir.getParent() == null) {
                found = Optional.empty();
            } else {
                found = nearestAboveInside(dir.getParent(), fileName, true);
            }
            if (byFolder != null) {
                byFolder.put(dir, found);
            }
        }
        return found;
    }
}
