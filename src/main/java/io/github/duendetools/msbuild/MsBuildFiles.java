package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.SafeXmlReader;
import io.github.duendetools.msbuild.xml.XmlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MSBuild files shared between projects ({@code Directory.*.props}, imported files), parsed once
 * and cached, and the "nearest ancestor" look-ups MSBuild does. Those go past the scan root, as MSBuild's
 * do: a scan of {@code bff/hosts} finds {@code bff/Directory.Packages.props}. Any other file whose real
 * location is outside the root is refused, so a symlink cannot make the scan read elsewhere.
 */
final class MsBuildFiles {
    private final Path root;
    private final Path realRoot;
    private final SafeXmlReader reader;
    private final Map<Path, XmlDocument> documents = new HashMap<>();
    /** Answers of {@link #nearestAbove} by file name, then by folder (absolute, normalised). */
    private final Map<String, Map<Path, Optional<Path>>> nearest = new HashMap<>();
    /** Files the ancestor look-ups found above the root: read like the others, never written. */
    private final Set<Path> above = new HashSet<>();

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
        if (above.contains(file.toAbsolutePath().normalize()) && !Files.isSymbolicLink(file)) {
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
     * The file at {@code path}, or, when it is absent, the one whose path differs only in letter case:
     * projects written on Windows import {@code ..\Build\Versions.props} for {@code build/versions.props}.
     * Only inside the root; null when there is no such file.
     */
    Path existingFile(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            // A nested props file imports its parent, found above the root by an ancestor look-up.
            return above.contains(normalized) ? normalized : null;
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
     * The nearest {@code fileName} in {@code directory} or one of its ancestors, up to the file system's
     * root as MSBuild looks; one found above the scan root may then be read (and imported) too.
     */
    Optional<Path> nearestAbove(Path directory, String fileName) {
        Path dir = directory.toAbsolutePath().normalize();
        // The folder asked about is mostly a project's own, asked about once; its ancestors are shared by many
        // projects, so only their answers are remembered.
        Optional<Path> found = nearestAboveFrom(dir, fileName, false);
        found.filter(f -> !f.startsWith(root)).ifPresent(above::add);
        return found;
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
            if (Files.isRegularFile(candidate)) {
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
