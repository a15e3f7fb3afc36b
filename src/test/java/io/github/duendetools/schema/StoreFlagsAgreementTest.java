package io.github.duendetools.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The release catalog reports per step which store's schema changes (the check goal reads it from the compiled catalog,
 * without schema data); the schema data owns the fact and the build derives the catalog's flags from it. The compiled
 * catalog must say what the schema data says, or the report and the changelogs would tell a user different things.
 */
class StoreFlagsAgreementTest {

    @Test
    void catalogStoreFlagsMatchTheSchemaSteps() {
        SchemaCatalog schema = SchemaCatalog.load();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Step step : Catalog.builtIn().allSteps()) {
            if (step.fromGeneration() == null || step.fromGeneration().equals(step.toGeneration())) {
                if (step.schemaChange()) {
                    disagreements.add(step.fromLine() + " -> " + step.toLine() + ": flagged as a schema change within one generation");
                }
                continue;
            }
            List<SchemaStep> steps = schema.steps(step.fromGeneration(), step.toGeneration());
            compared++;
            check(disagreements, step, Store.CONFIGURATION, step.configuration(), steps);
            check(disagreements, step, Store.OPERATIONAL, step.operational(), steps);
        }
        assertFalse(compared == 0, "no catalog step crosses a schema generation: the comparison ran on nothing");
        assertEquals(List.of(), disagreements);
    }

    private static void check(List<String> disagreements, Step step, Store store, boolean flagged, List<SchemaStep> steps) {
        boolean changes = steps.stream().anyMatch(s -> !s.operations(store).isEmpty());
        if (flagged != changes) {
            disagreements.add(step.fromLine() + " -> " + step.toLine() + " " + store + ": catalog says "
                    + (flagged ? "changes" : "unchanged") + ", schema data has " + (changes ? "operations" : "none"));
        }
    }
}
