package io.github.duendetools.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogGenerator;
import org.junit.jupiter.api.Test;

/**
 * The release catalog (which version has which schema) and the schema data (what each schema is) list the
 * generations separately, one for the check goal, which must not read schema data, one for the changelogs. They
 * must agree, or the gate and the changelogs would disagree about what a version needs.
 */
class GenerationOrderAgreementTest {

    @Test
    void catalogLinesReachTheSchemaGenerationsInTheSameOrder() throws Exception {
        GenerationOrder catalogOrder = new GenerationOrder(Catalog.builtIn());
        assertEquals(new ChangelogGenerator().catalog().generations(), catalogOrder.ids());
    }

    @Test
    void everySupportedCatalogGenerationHasSchemaData() throws Exception {
        var schema = new ChangelogGenerator().catalog().generations();
        for (String id : new GenerationOrder(Catalog.builtIn()).ids()) {
            assertTrue(Catalog.builtIn().generation(id).orElseThrow().supported(), id);
            assertTrue(schema.contains(id), id);
        }
    }
}
