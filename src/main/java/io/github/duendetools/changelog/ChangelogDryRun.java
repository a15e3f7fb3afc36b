package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.nuget.NuGetVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which changelog files a migration would write, without touching the changelog folder: the real update is
 * prepared in memory and its pending writes are listed, so the answer is what {@link ChangelogUpdate} does, not a guess.
 */
public final class ChangelogDryRun {
    private final Catalog catalog;

    public ChangelogDryRun(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The files, relative to {@code options.directory()} with '/' separators, that would be created or changed. */
    public List<String> wouldWrite(NuGetVersion current, NuGetVersion target, boolean baseline, ChangelogOptions options)
            throws IOException, InputException, UnknownGenerationException {
        // The SQL preview is not part of the changelog set.
        ChangelogOptions withoutPreview = options.withoutPreview();
        Path directory = options.directory();
        List<String> files = new ArrayList<>();
        for (Path file : new ChangelogUpdate(catalog, new ChangelogGenerator())
                .prepare(current, target, baseline, withoutPreview).writes().files()) {
            files.add(directory.relativize(file).toString().replace('\\', '/'));
        }
        return files;
    }
}
