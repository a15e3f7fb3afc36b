package io.github.duendetools.plan;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import java.nio.file.Path;

/**
 * The whole check without Maven: scan the repository, load the catalog, plan. Touches no
 * database code, so the gate stays light.
 */
public final class UpgradeCheck {

    private final ScanOptions scanOptions;
    private final Path catalogFile;

    /** @param catalogFile a user catalog overlay, or {@code null} */
    public UpgradeCheck(ScanOptions scanOptions, Path catalogFile) {
        this.scanOptions = scanOptions;
        this.catalogFile = catalogFile;
    }

    public UpgradePlan run(Path root, PlanPolicy policy) throws InputException {
        Catalog catalog = Catalog.load(catalogFile);
        return new UpgradePlanner(catalog).plan(new ProjectScanner(scanOptions).scan(root), policy);
    }
}
