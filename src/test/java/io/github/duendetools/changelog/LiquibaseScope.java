package io.github.duendetools.changelog;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase in-process quietly: no analytics call, no console UI, no JUL flood on the build's output.
 * Changelog paths are resolved inside {@code directory}.
 */
public final class LiquibaseScope {

    private LiquibaseScope() {
    }

    public interface Work {
        void run() throws Exception;
    }

    public static void run(Path directory, Work work) throws Exception {
        Map<String, Object> values = Map.of(
                Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(directory.toFile()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.logService.name(), new NoOpLogService(),
                "liquibase.analytics.enabled", false);
        Scope.child(values, work::run);
    }
}
