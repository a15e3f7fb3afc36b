package io.github.duendetools.plan;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.report.JsonReport;
import io.github.duendetools.report.LogReport;
import io.github.duendetools.report.MarkdownReport;
import java.nio.file.Path;
import java.util.function.Function;

/** Everything check-upgrade does short of Maven: scan, plan, render. Run inside an isolating class loader. */
public final class CheckPathRunner implements Function<Path, String> {

    @Override
    public String apply(Path root) {
        try {
            UpgradePlan plan = new UpgradeCheck(ScanOptions.defaults(), Catalog.builtIn()).run(root, new PlanPolicy("7.0.0", false, false, null));
            LogReport log = new LogReport(plan);
            return String.join("\n", log.references()) + "\n" + String.join("\n", log.path()) + "\n"
                    + MarkdownReport.render(plan).length() + "\n" + JsonReport.render(plan);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
