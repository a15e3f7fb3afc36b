package io.github.duendetools.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.schema.SchemaGenerations.Generation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one list of schema generations ({@code duende/schema/generations.yaml}) is in {@link GenerationOrder}, or the
 * gate and the changelogs would disagree about what a version needs.
 */
class GenerationOrderTest {

    @Test
    void theListIsInGenerationOrder() {
        List<String> ids = SchemaGenerations.load().all().stream().map(Generation::id).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(GenerationOrder.OLDEST_FIRST);
        assertEquals(sorted, ids);
        assertEquals(DuendeSchema.load().generations(), SchemaGenerations.load().described());
    }

    @Test
    void aListOutOfOrderOrWithAnIdTwiceIsRefused() {
        Generation a = new Generation("6.3", "a", null);
        Generation b = new Generation("7.0", "b", null);
        Generation preview = new Generation("6.1-preview.2", "p", "not this one");
        assertEquals(List.of(a, b), SchemaGenerations.checked(List.of(a, b)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SchemaGenerations.checked(List.of(b, a)));
        assertTrue(e.getMessage().contains("generation 6.3 is listed after 7.0, not oldest first"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> SchemaGenerations.checked(List.of(a, b, b)));
        e = assertThrows(IllegalStateException.class, () -> SchemaGenerations.checked(List.of(preview, a)));
        assertTrue(e.getMessage().contains("the oldest generation must be described"), e.getMessage());
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
}
