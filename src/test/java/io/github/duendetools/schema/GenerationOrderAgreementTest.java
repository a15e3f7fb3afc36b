package io.github.duendetools.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.ReleaseLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The release catalog (which version has which schema) and the schema data (what each schema is) list the
 * generations separately, one for the check goal, which must not read schema data, one for the changelogs. Both must
 * list them in {@link GenerationOrder}, or the gate and the changelogs would disagree about what a version needs.
 */
class GenerationOrderAgreementTest {

    @Test
    void catalogLinesReachTheSchemaGenerationsInTheSameOrder() throws Exception {
        assertEquals(SchemaCatalog.load().generations(), catalogGenerations());
    }

    @Test
    void bothListsAreInGenerationOrder() throws Exception {
        for (List<String> ids : List.of(SchemaCatalog.load().generations(), catalogGenerations())) {
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(GenerationOrder.OLDEST_FIRST);
            assertEquals(sorted, ids);
        }
    }

    @Test
    void everySupportedCatalogGenerationHasSchemaData() throws Exception {
        List<String> schema = SchemaCatalog.load().generations();
        for (String id : catalogGenerations()) {
            assertTrue(Catalog.builtIn().generation(id).orElseThrow().supported(), id);
            assertTrue(schema.contains(id), id);
        }
    }

    @Test
    void generationsCompareByTheirNumbers() {
        assertTrue(GenerationOrder.compare("6.3", "7.0") < 0);
        assertTrue(GenerationOrder.compare("6.10", "6.9") > 0);
        assertEquals(0, GenerationOrder.compare("8.0", "8.0"));
    }

    @Test
    void aPreviewsOwnSchemaComesBetweenTheGenerationsAroundIt() {
        // 6.1.0-preview.2 shipped a schema of its own; the gate compares it with what a changelog folder covers
        assertTrue(GenerationOrder.compare("6.0", "6.1-preview.2") < 0);
        assertTrue(GenerationOrder.compare("6.1-preview.2", "6.1") < 0);
        assertTrue(GenerationOrder.compare("6.1-preview.2", "6.1-preview.10") < 0);
        assertEquals(0, GenerationOrder.compare("6.1-preview.2", "6.1-preview.2"));
        assertTrue(GenerationOrder.compare("6.1", "6.1-preview.2") > 0);
    }

    /** The generations the catalog's minor lines reach, in line order, each once. */
    private static List<String> catalogGenerations() throws Exception {
        List<String> ids = new ArrayList<>();
        for (ReleaseLine line : Catalog.builtIn().lines()) {
            if (!ids.contains(line.generation())) {
                ids.add(line.generation());
            }
        }
        return ids;
    }
}
