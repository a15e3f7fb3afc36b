package io.github.duendetools.changelog;

import io.github.duendetools.schema.CleanupRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Test helper: the released changelogs (default options, every step and every baseline, and every step with every
 * opt-in changeset: low lock on each engine and the purge) parsed by Liquibase.
 */
final class ChangelogFiles {

    private ChangelogFiles() {
    }

    /**
     * Writes every step 4.1 to 8.0 into {@code dir}/steps, the same with every opt-in changeset into
     * {@code dir}/steps-low-lock, and every generation's baseline into {@code dir}/baseline-*.
     */
    static List<Path> writeAll(Path dir) throws Exception {
        ChangelogGenerator generator = new ChangelogGenerator();
        List<Path> roots = new ArrayList<>();
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("steps")));
        roots.add(dir.resolve("steps"));
        // Every opt-in changeset: each engine's low-lock ones and the purge.
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("steps-low-lock")).withLowLock(true)
                .withPurge(new PurgeOptions(true, true, CleanupRule.DEFAULT_CONSUMED_DELAY_SECONDS)));
        roots.add(dir.resolve("steps-low-lock"));
        for (String generation : generator.schema().generations()) {
            Path d = dir.resolve("baseline-" + generation);
            generator.baseline(generation, ChangelogOptions.defaults(d));
            roots.add(d);
        }
        return roots;
    }

    static List<ChangeSet> parse(Path root, String file) throws Exception {
        List<ChangeSet> out = new ArrayList<>();
        LiquibaseScope.run(root, () -> {
            DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(root.toFile());
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(file, accessor)
                    .parse(file, new ChangeLogParameters(), accessor);
            out.addAll(log.getChangeSets());
        });
        return out;
    }
}
