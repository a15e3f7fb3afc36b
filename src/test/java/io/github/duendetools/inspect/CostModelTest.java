package io.github.duendetools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A type correction costs something only where the database spells the two types differently. */
class CostModelTest {

    @Test
    void typeCorrectionsCostOnlyWhereTheTypesDiffer() {
        List<Operation.CorrectType> corrections = corrections();
        assertFalse(corrections.isEmpty(), "the schema data has type corrections");
        Map<String, List<String>> costly = new TreeMap<>();
        for (Dialect dialect : Dialect.values()) {
            CostModel model = new CostModel(dialect, false);
            List<String> columns = new ArrayList<>();
            for (Operation.CorrectType c : corrections) {
                if (!model.changesNothing(c)) {
                    columns.add(c.table() + "." + c.column());
                }
            }
            costly.put(dialect.name(), columns);
        }
        assertEquals(Map.of(
                "MSSQL", List.of(),
                "POSTGRESQL", List.of("SamlServiceProviders.AllowedSignatureAlgorithms"),
                "MYSQL", List.of("SamlLogoutSessions.Version"),
                "ORACLE", List.of("SamlLogoutSessions.Version"),
                "SQLITE", List.of(),
                "H2", List.of()), costly);
    }

    /** Online, low-lock or blocking, per database and with or without duende.lowLock, on the 6.0 -> 6.1 grants steps. */
    @Test
    void strategiesFollowTheDatabaseAndTheLowLockOption() {
        List<Operation> ops = DuendeSchema.load().steps("6.0", "6.1").get(0).operations(Store.OPERATIONAL);
        Operation move = ops.stream().filter(o -> o instanceof Operation.MoveKeyToIdentity).findFirst().orElseThrow();
        Operation index = ops.stream().filter(o -> o instanceof Operation.CreateIndex c
                && c.table().equals("PersistedGrants")).findFirst().orElseThrow();
        Operation table = ops.stream().filter(o -> o instanceof Operation.CreateTable).findFirst().orElseThrow();
        Map<String, String> seen = new TreeMap<>();
        for (Dialect dialect : Dialect.values()) {
            for (boolean lowLock : new boolean[] {false, true}) {
                CostModel model = new CostModel(dialect, lowLock);
                seen.put(dialect + (lowLock ? " low-lock" : ""), model.strategy(move).text() + " / "
                        + model.strategy(index).text() + " / " + model.strategy(table).text());
            }
        }
        assertEquals("blocking / blocking / online", seen.get("POSTGRESQL"));
        assertEquals("low-lock / online / online", seen.get("POSTGRESQL low-lock"));
        assertEquals("blocking / online / online", seen.get("MYSQL"));
        assertEquals("low-lock / online / online", seen.get("MYSQL low-lock"));
        for (String other : List.of("MSSQL", "ORACLE", "SQLITE", "H2")) {
            assertEquals("blocking / blocking / online", seen.get(other), other);
            assertEquals(seen.get(other), seen.get(other + " low-lock"), other + ": no low-lock changesets there");
        }
        assertEquals("move-key", CostModel.changeKind(move));
        assertEquals("create-index", CostModel.changeKind(index));
    }

    private static List<Operation.CorrectType> corrections() {
        List<Operation.CorrectType> found = new ArrayList<>();
        DuendeSchema schema = DuendeSchema.load();
        List<String> generations = schema.generations();
        for (SchemaStep step : schema.steps(generations.get(0), generations.get(generations.size() - 1))) {
            for (Store store : Store.values()) {
                for (Operation op : step.operations(store)) {
                    if (op instanceof Operation.CorrectType c) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }
}
