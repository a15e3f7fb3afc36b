package io.github.duendetools.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaGenerations;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema generations (ids, order, descriptions) and which store each step changes are written once, in the schema
 * data; the release catalog derives both when the build compiles it. Fails when a second copy reappears in the
 * catalog's own files.
 */
class GenerationListOwnerTest {

    @Test
    void theCatalogFilesListNoGenerationAndNoStoreFlag() throws Exception {
        List<String> copies = new ArrayList<>();
        for (String name : Catalog.RESOURCES) {
            CatalogDocument doc;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                doc = CatalogDocument.read(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            doc.generations().forEach(g -> copies.add(name + ":" + g.line() + ": generation " + g.id()));
            for (CatalogDocument.StepEntry s : doc.steps()) {
                if (s.configuration() != null || s.operational() != null) {
                    copies.add(name + ":" + s.line() + ": store flags of step " + s.from() + " -> " + s.to());
                }
            }
        }
        assertEquals(List.of(), copies, "these belong to duende/schema (generations.yaml, steps/*.yaml) alone");
    }

    @Test
    void theCatalogsGenerationsAreTheSchemaDatas() {
        List<Generation> expected = SchemaGenerations.load().all().stream()
                .map(g -> new Generation(g.id(), g.description(), g.unsupported())).toList();
        assertEquals(expected, List.copyOf(Catalog.builtIn().generations().values()));
    }

    @Test
    void theLinesReachTheDescribedGenerationsInTheirOrder() {
        // each line's generation is the catalog's own fact; the lines must pass every generation with schema data,
        // oldest first, or a plan would skip a schema step
        List<String> reached = new ArrayList<>();
        for (ReleaseLine line : Catalog.builtIn().lines()) {
            if (!reached.contains(line.generation())) {
                reached.add(line.generation());
            }
        }
        assertEquals(DuendeSchema.load().generations(), reached);
    }

    @Test
    void aCatalogFileAddsAGenerationAfterThePlugins() throws Exception {
        Catalog c = Catalog.load(Path.of(getClass().getResource("/catalog/overlay-newer.yaml").toURI()));
        List<String> expected = new ArrayList<>(SchemaGenerations.load().all().stream().map(SchemaGenerations.Generation::id).toList());
        expected.add("8.1");
        assertEquals(expected, List.copyOf(c.generations().keySet()));
        assertEquals("hypothetical 8.1 schema", c.generation("8.1").orElseThrow().description());
        assertEquals("8.1", c.line("8.1").orElseThrow().generation());
    }
}
