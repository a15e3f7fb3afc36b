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
    private final Catalog catalog;

    /** @param catalogFile a user catalog overlay, or {@code null}; loaded when the check runs */
    public UpgradeCheck(ScanOptions scanOptions, Path catalogFile) {
        this.scanOptions = scanOptions;
        this.catalogFile = catalogFile;
        this.catalog = null;
    }

    /** With a catalog the caller already loaded (and uses for more than the plan). */
    public UpgradeCheck(ScanOptions scanOptions, Catalog catalog) {
        this.scanOptions = scanOptions;
        this.catalogFile = null;
        this.catalog = catalog;
    }

    public UpgradePlan run(Path root, PlanPolicy policy) throws InputException {
        Catalog c = catalog != null ? catalog : Catalog.load(catalogFile);
        return new UpgradePlanner(c).plan(new ProjectScanner(scanOptions).scan(root), policy);
    }
}
