package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof that the SQL preview is what Liquibase would run: every file the plugin emits (each step from 4.1 to
 * 8.0, the 8.0 baseline, both store masters and the root master), rendered by the plugin and by Liquibase's own
 * offline {@code updateSql}, is byte-identical on all seven databases, with default options, with custom schemas,
 * names and timestamps, and with PostgreSQL's low-lock changesets.
 */
@Slow
class PreviewMatchesLiquibaseTest {

    static final List<String> DATABASES = List.of("mssql", "postgresql", "mysql", "mariadb", "oracle", "sqlite", "h2");

    static List<String> databases() {
        return DATABASES;
    }

    @TempDir
    Path dir;

    /** Options that change the emitted SQL: schemas, mapped (and truncated, quoted, escaped) names, timestamps, locks. */
    enum Variant {
        DEFAULTS(ChangelogOptions::defaults),
        CUSTOM(directory -> new ChangelogOptions(directory, "idsrv", null, "ops grants", Map.of(
                "Clients", "OIDC Clients",
                "PersistedGrants", "Grants <&> \"q\" 'a' [b] `c` -- /* x */",
                "ClientRedirectUris", "ClientRedirectUrisWithAVeryLongConfiguredNameThatEveryProviderMustTruncate",
                "ApiResources", "Ressourcen_Über_資源"), true, List.of(), null)),
        /**
         * Every engine's low-lock changesets: a changeset-level dbms, runInTransaction="false", and on MySQL/MariaDB
         * trigger and procedure bodies sent as one statement each.
         */
        LOW_LOCK(directory -> ChangelogOptions.defaults(directory).withLowLock(true)),
        /** The same with names that need quoting and escaping inside those bodies. */
        CUSTOM_LOW_LOCK(directory -> CUSTOM.options.apply(directory).withLowLock(true)),
        /** Purge changesets for every database, skipped offline (no duende.purge parameter) with onFail CONTINUE. */
        PURGE(directory -> ChangelogOptions.defaults(directory).withPurge(new PurgeOptions(true, true, 300)));

        private final Function<Path, ChangelogOptions> options;

        Variant(Function<Path, ChangelogOptions> options) {
            this.options = options;
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyEmittedFileRendersAsLiquibaseRendersIt(Variant variant) throws Exception {
        ChangelogOptions options = variant.options.apply(dir.resolve("changelogs"));
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.generate("4.1", "8.0", options);
        generator.baseline("8.0", options);
        List<String> files = new ArrayList<>();
        for (Store store : Store.values()) {
            files.addAll(ChangelogCoverage.read(options.directory()).includes(store));
            files.add(ChangelogFolder.masterFileName(store));
        }
        files.add(ChangelogFolder.ROOT_MASTER);
        int compared = 0;
        for (String db : DATABASES) {
            for (String file : files) {
                String liquibase = LiquibaseOfflineSql.render(options.directory(), file, db, dir.resolve("scratch"));
                assertEquals(liquibase, SqlPreviewWriter.render(options.directory(), file, db), file + " on " + db);
                compared++;
                if (file.equals(ChangelogFolder.ROOT_MASTER)) {
                    assertTrue(liquibase.contains("CREATE TABLE"), "the comparison saw real DDL on " + db);
                }
            }
        }
        assertEquals(7 * (2 * 9 + 3), compared, "every step, baseline and master on every database");
    }
}
