package io.github.duendetools.plan;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.msbuild.ScanResult;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The whole check without Maven: scan the repository and plan against the catalog. Touches no
 * database code, so the gate stays light.
 */
public final class UpgradeCheck {

    /** Where the catalog comes from; read on a thread of its own while the scan runs. */
    @FunctionalInterface
    public interface CatalogSource {
        Catalog load() throws InputException;
    }

    /** The catalog the plan was made against, for the checks that follow it, and the plan. */
    public record Checked(Catalog catalog, UpgradePlan plan) {
    }

    private final ScanOptions scanOptions;
    private final CatalogSource catalogSource;

    /** @param catalog the built-in catalog, or it with a user overlay ({@link Catalog#load}) */
    public UpgradeCheck(ScanOptions scanOptions, Catalog catalog) {
        this(scanOptions, () -> catalog);
    }

    public UpgradeCheck(ScanOptions scanOptions, CatalogSource catalogSource) {
        this.scanOptions = scanOptions;
        this.catalogSource = catalogSource;
    }

    public UpgradePlan run(Path root, PlanPolicy policy) throws InputException {
        return check(root, policy).plan();
    }

    /**
     * Reads the catalog and scans the project files at the same time. In a build both are cold-start
     * work (class loading and interpreted code, YAML on one side, XML on the other), so on a machine with
     * two cores the gate costs the longer of the two instead of their sum. A broken catalog is reported
     * before a broken project file, as it would be if the two ran one after the other.
     */
    public Checked check(Path root, PlanPolicy policy) throws InputException {
        FutureTask<Catalog> catalog = new FutureTask<>(catalogSource::load);
        Thread loader = new Thread(catalog, "duende-catalog");
        loader.setDaemon(true);
        loader.start();
        ScanResult scan = null;
        InputException scanFailure = null;
        try {
            scan = new ProjectScanner(scanOptions).scan(root);
        } catch (InputException e) {
            scanFailure = e;
        }
        Catalog loaded = await(catalog);
        if (scanFailure != null) {
            throw scanFailure;
        }
        return new Checked(loaded, new UpgradePlanner(loaded).plan(scan, policy));
    }

    private static Catalog await(FutureTask<Catalog> catalog) throws InputException {
        try {
            return catalog.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the release catalog", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw input;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the release catalog failed", cause);
        }
    }
}
