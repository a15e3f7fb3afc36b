package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.Difference;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seeded drift on a 6.1 schema as EF creates it: a dropped index, an extra column, a widened column, a missing
 * foreign key and a 7.0 table present early. inspect lists exactly those differences from 6.1, nothing more
 * (SQLite cannot alter a column or drop a constraint in place, so it gets the other three).
 */
@Slow
class InspectDriftTest {

    static void seededDriftIsListedExactly(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = InspectTesting.build(db, "6.1", ProofVariant.DEFAULTS, false);
            Table par = ReferenceModel.get().at("7.0", naming).table("PushedAuthorizationRequests").orElseThrow();
            db.execute(new DdlWriter(engine, naming, false).create(new Schema("7.0", List.of(par))).toArray(String[]::new));
            String q = engine == Engine.MARIADB ? "`" : "\"";
            db.execute("DROP INDEX " + q + "IX_PersistedGrants_SubjectId_ClientId_Type" + q
                    + (engine == Engine.MARIADB ? " ON `PersistedGrants`" : ""));
            db.execute("ALTER TABLE " + q + "Clients" + q + " ADD " + (engine == Engine.H2 || engine == Engine.SQLITE ? "COLUMN " : "")
                    + q + "Custom" + q + " " + (engine == Engine.MARIADB ? "varchar(10) CHARACTER SET utf8mb4" : "varchar(10)") + " NULL");
            List<String> configuration = new ArrayList<>();
            String type200 = type(engine, 200);
            String type400 = type(engine, 400);
            switch (engine) {
                case H2 -> db.execute("ALTER TABLE \"ApiResources\" ALTER COLUMN \"DisplayName\" SET DATA TYPE CHARACTER VARYING(400)",
                        "ALTER TABLE \"ClientScopes\" DROP CONSTRAINT \"FK_ClientScopes_Clients_ClientId\"");
                case POSTGRESQL -> db.execute("ALTER TABLE \"ApiResources\" ALTER COLUMN \"DisplayName\" TYPE character varying(400)",
                        "ALTER TABLE \"ClientScopes\" DROP CONSTRAINT \"FK_ClientScopes_Clients_ClientId\"");
                case MARIADB -> db.execute("ALTER TABLE `ApiResources` MODIFY `DisplayName` varchar(400) CHARACTER SET utf8mb4 NULL",
                        "ALTER TABLE `ClientScopes` DROP FOREIGN KEY `FK_ClientScopes_Clients_ClientId`");
                default -> {
                }
            }
            if (engine != Engine.SQLITE) {
                configuration.add("table ApiResources column DisplayName: expected " + type200 + " but was " + type400);
                configuration.add("table ClientScopes foreign key FK_ClientScopes_Clients_ClientId: missing (ClientId) -> Clients(Id) ON DELETE CASCADE");
            }
            configuration.add("table Clients column Custom: not in this generation " + type(engine, 10));

            Map<Store, StoreReport> reports = InspectTesting.inspectReadOnly(db, naming, InspectTesting.options(naming,
                    ProofVariant.DEFAULTS, false).withTarget("7.0"));

            StoreReport conf = reports.get(Store.CONFIGURATION);
            assertEquals("6.1", conf.generation());
            assertFalse(conf.exact());
            assertEquals(sorted(configuration), sorted(texts(conf)));
            StoreReport op = reports.get(Store.OPERATIONAL);
            String missingIndex = "table PersistedGrants index IX_PersistedGrants_SubjectId_ClientId_Type: missing"
                    + " (SubjectId, ClientId, Type)";
            if (engine == Engine.SQLITE) {
                // 7.0's other operational change (ServerSideSessions.Id int to long) is INTEGER either way on SQLite,
                // so with the 7.0 table present the store is 7.0 less one index
                assertEquals("7.0", op.generation());
                assertEquals(List.of(missingIndex), texts(op));
            } else {
                assertEquals("6.1", op.generation(), "ties go to the older generation");
                assertEquals(sorted(List.of(missingIndex, "table PushedAuthorizationRequests: not in this generation")),
                        sorted(texts(op)));
            }
        }
    }

    private static String type(Engine engine, int length) {
        return switch (engine) {
            case H2, POSTGRESQL -> "character varying(" + length + ")";
            case MARIADB -> "varchar(" + length + ") character set utf8mb4";
            case SQLITE -> "varchar"; // sqlite-jdbc reports the declared type name without its length
        };
    }

    private static List<String> texts(StoreReport r) {
        return r.differences().stream().map(Difference::describe).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    @Test
    void onH2() throws Exception {
        seededDriftIsListedExactly(Engine.H2);
    }

    @Test
    void onSqlite() throws Exception {
        seededDriftIsListedExactly(Engine.SQLITE);
    }

    @org.junit.jupiter.api.Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void seeded() throws Exception {
            seededDriftIsListedExactly(Engine.POSTGRESQL);
        }
    }

    @org.junit.jupiter.api.Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @Test
        void seeded() throws Exception {
            seededDriftIsListedExactly(Engine.MARIADB);
        }
    }
}
