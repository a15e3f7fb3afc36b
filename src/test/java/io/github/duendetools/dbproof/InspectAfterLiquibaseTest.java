package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.History;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A database EF created at 6.0, with the changelogs migrate writes for 6.0 to 7.0: before Liquibase runs them,
 * inspect names 6.0 and every changeset of the folder as not run; after, 7.0 with no drift, managed by the plugin's
 * changesets (the steps executed, a tag per store), nothing of the folder left to run.
 */
@Slow
class InspectAfterLiquibaseTest {

    static void managedByThePluginAfterUpdate(Engine engine) throws Exception {
        Path folder = Files.createTempDirectory("inspect-changelogs");
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = InspectTesting.build(db, "6.0", ProofVariant.DEFAULTS, false);
            new PluginChangelogs().write("6.0", "7.0", ProofVariant.DEFAULTS, folder);
            InspectOptions options = InspectTesting.options(naming, ProofVariant.DEFAULTS, false).withTarget("7.0")
                    .withChangelogDirectory(folder);

            Map<Store, StoreReport> before = InspectTesting.inspectReadOnly(db, naming, options);
            for (StoreReport r : before.values()) {
                assertEquals("6.0", r.generation(), engine + " " + r.store());
                assertFalse(r.history().liquibaseManaged());
                assertEquals("neither EF Core migrations nor this plugin's Liquibase changesets", r.history().managedBy());
                assertFalse(r.history().pendingChangeSets().isEmpty());
                assertFalse(r.costs().isEmpty(), "steps 6.0 -> 7.0 cost something");
            }

            new LiquibaseRunner(folder, ChangelogSource.MASTER).update(db);
            Map<Store, StoreReport> after = InspectTesting.inspectReadOnly(db, naming, options);

            for (StoreReport r : after.values()) {
                String what = engine + " " + r.store();
                assertEquals(List.of(), r.differences(), what);
                assertTrue(r.exactGenerations().contains("7.0"), what + ": " + r.exactGenerations());
                History h = r.history();
                assertEquals("this plugin's Liquibase changesets", h.managedBy(), what);
                assertTrue(h.changeSets().stream().anyMatch(c -> c.execType().equals("EXECUTED")
                        && c.id().startsWith("duende-7.0-" + r.store().id() + "-")), what + ": 7.0 step executed");
                assertTrue(h.tags().contains("duende-7.0-" + r.store().id()), what + ": " + h.tags());
                assertEquals(List.of(), h.pendingChangeSets(), what);
                assertEquals(List.of(), r.costs(), what + ": nothing left to apply");
            }
        }
    }

    @Test
    void onH2() throws Exception {
        managedByThePluginAfterUpdate(Engine.H2);
    }

    @Test
    void onSqlite() throws Exception {
        managedByThePluginAfterUpdate(Engine.SQLITE);
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void afterUpdate() throws Exception {
            managedByThePluginAfterUpdate(Engine.POSTGRESQL);
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @Test
        void afterUpdate() throws Exception {
            managedByThePluginAfterUpdate(Engine.MARIADB);
        }
    }
}
