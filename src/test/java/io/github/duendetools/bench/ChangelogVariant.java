package io.github.duendetools.bench;

import io.github.duendetools.changelog.ChangelogCoverage;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Variant (a): the operational changelog the plugin emits for the 6.0 → 6.1 step, applied by Liquibase's
 * {@code update} command, exactly as a user's {@code liquibase:update} would run it; on PostgreSQL also with the
 * low-lock changesets ({@code duende.postgresLowLock} on PostgreSQL, {@code duende.lowLock} on MariaDB).
 */
final class ChangelogVariant {
    private ChangelogVariant() {
    }

    static GrantsVariant forEngine(GrantsEngine engine, boolean lowLock) {
        String id = lowLock ? "changelog-low-lock" : "changelog";
        Path directory = BenchConfig.outputDir().resolve(id + "-6.0-to-6.1");
        try {
            FileTrees.deleteTree(directory);
            ChangelogOptions options = ChangelogOptions.defaults(directory);
            new ChangelogGenerator().generate("6.0", "6.1", engine.id().equals("postgresql")
                    ? options.withPostgresLowLock(lowLock) : options.withLowLock(lowLock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate the 6.0 -> 6.1 changelog: " + e.getMessage(), e);
        }
        String master = ChangelogFolder.masterFileName(Store.OPERATIONAL);
        String what = !lowLock ? "" : engine.id().equals("postgresql")
                ? " with `duende.postgresLowLock` (trigger-kept copy of the table, indexes built on the copy, short swap)"
                : " with `duende.lowLock` (shadow table kept current by triggers, copied in committed chunks, one RENAME)";
        return new GrantsVariant(id, "emitted changelog `" + master + "` (6.0 → 6.1)" + what + " applied by Liquibase `update`",
                "PersistedGrants", connection -> LiquibaseApply.update(connection, directory, master));
    }
}
