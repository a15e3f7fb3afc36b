package io.github.duendetools.plan;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import java.nio.file.Path;

/**
 * The whole check without Maven: scan the repository and plan against the catalog. Touches no
 * database code, so the gate stays light.
 */
public final class UpgradeCheck {

    private final ScanOptions scanOptions;
    private final Catalog catalog;

    /** @param catalog the built-in catalog, or it with a user overlay ({@link Catalog#load}) */
    public UpgradeCheck(ScanOptions scanOptions, Catalog catalog) {
        this.scanOptions = scanOptions;
        this.catalog = catalog;
    }

    public UpgradePlan run(Path root, PlanPolicy policy) throws InputException {
        return new UpgradePlanner(catalog).plan(new ProjectScanner(scanOptions).scan(root), policy);
    }
}
