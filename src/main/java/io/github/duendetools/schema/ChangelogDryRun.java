package io.github.duendetools.schema;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.ChangelogResult;
import io.github.duendetools.nuget.NuGetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which changelog files a migration would write, without touching the changelog folder: the real update
 * runs on a scratch copy of the folder, so the answer is what {@link ChangelogUpdate} does, not a guess.
 */
public final class ChangelogDryRun {
    private final Catalog catalog;

    public ChangelogDryRun(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The files, relative to {@code options.directory()} with '/' separators, that would be created or changed. */
    public List<String> wouldWrite(NuGetVersion current, NuGetVersion target, boolean baseline, ChangelogOptions options)
            throws IOException, InputException {
        Path scratch = Files.createTempDirectory("duende-dry-run-");
        try {
            Path copy = scratch.resolve("changelog");
            copyTree(options.directory(), copy);
            ChangelogOptions onCopy = new ChangelogOptions(copy, options.defaultSchema(), options.configurationSchema(),
                    options.operationalSchema(), options.tableNames(), options.postgresLegacyTimestamps(), List.of(), null,
                    options.postgresLowLock());
            // A master is written by the baseline and again by the steps: listed once.
            Set<String> files = new LinkedHashSet<>();
            for (ChangelogResult result : new ChangelogUpdate(catalog, new ChangelogGenerator()).write(current, target, baseline, onCopy)
                    .results()) {
                result.filesWritten().forEach(f -> files.add(copy.relativize(f).toString().replace('\\', '/')));
            }
            return List.copyOf(files);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(f)) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }
}
