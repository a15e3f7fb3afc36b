package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every generation, a schema created as EF's provider creates it is named exactly, with no drift: default
 * naming, a custom schema with renamed tables (SQLite has no schemas: renamed tables only) and, on PostgreSQL,
 * legacy timestamps.
 */
@Slow
class InspectGenerationTest {

    static void names(Engine engine, String generation, ProofVariant variant, boolean legacy) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = InspectTesting.build(db, generation, variant, legacy);
            InspectOptions options = InspectTesting.options(naming, variant, legacy);
            Map<Store, StoreReport> reports = InspectTesting.inspectReadOnly(db, naming, options);
            for (StoreReport r : reports.values()) {
                String what = engine + " " + generation + " " + variant.label() + " " + r.store();
                assertEquals(List.of(), r.differences().stream().map(d -> d.describe()).toList(), what);
                assertTrue(r.exactGenerations().contains(generation), what + ": matched " + r.exactGenerations());
            }
        }
    }

    static final ProofVariant RENAMED = new ProofVariant("renamed tables", null, ProofVariant.CUSTOM.tableNames());

    @Nested
    class OnH2 {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void defaults(String generation) throws Exception {
            names(Engine.H2, generation, ProofVariant.DEFAULTS, false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"4.1", "6.0", "6.1", "7.0", "8.0"})
        void customSchemaAndTables(String generation) throws Exception {
            names(Engine.H2, generation, ProofVariant.CUSTOM, false);
        }
    }

    @Nested
    class OnSqlite {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void defaults(String generation) throws Exception {
            names(Engine.SQLITE, generation, ProofVariant.DEFAULTS, false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5.2", "6.1", "8.0"})
        void renamedTables(String generation) throws Exception {
            names(Engine.SQLITE, generation, RENAMED, false);
        }
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void defaults(String generation) throws Exception {
            names(Engine.POSTGRESQL, generation, ProofVariant.DEFAULTS, false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5.2", "6.1", "8.0"})
        void customSchemaAndTables(String generation) throws Exception {
            names(Engine.POSTGRESQL, generation, ProofVariant.CUSTOM, false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"6.0", "7.0"})
        void legacyTimestamps(String generation) throws Exception {
            names(Engine.POSTGRESQL, generation, ProofVariant.DEFAULTS, true);
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void defaults(String generation) throws Exception {
            names(Engine.MARIADB, generation, ProofVariant.DEFAULTS, false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5.2", "6.1", "8.0"})
        void customSchemaAndTables(String generation) throws Exception {
            names(Engine.MARIADB, generation, ProofVariant.CUSTOM, false);
        }
    }
}
