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
            CostModel model = new CostModel(dialect);
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
