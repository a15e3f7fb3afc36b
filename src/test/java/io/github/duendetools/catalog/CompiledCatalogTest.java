package io.github.duendetools.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The YAML under {@code duende/catalog/} is the only source of truth: the compiled form the build ships
 * must say exactly what the YAML says, and the plugin must read the compiled form.
 */
class CompiledCatalogTest {

    @Test
    void theShippedCompiledCatalogIsTheYamlCompiled() throws Exception {
        byte[] shipped;
        try (InputStream in = CompiledCatalogTest.class.getClassLoader().getResourceAsStream(CompiledCatalog.RESOURCE)) {
            assertNotNull(in, CompiledCatalog.RESOURCE + " is on the class path (written by the build's process-classes phase)");
            shipped = in.readAllBytes();
        }
        assertArrayEquals(compile(Catalog.fromYaml()), shipped,
                "the compiled catalog is stale or was not written from the YAML; rebuild with mvn process-classes");
    }

    @Test
    void readingTheCompiledFormGivesTheCatalogTheYamlDescribes() throws Exception {
        Catalog yaml = Catalog.fromYaml();
        Catalog compiled = read(compile(yaml));
        assertEquals(List.copyOf(yaml.generations().entrySet()), List.copyOf(compiled.generations().entrySet()));
        assertEquals(yaml.lines(), compiled.lines());
        assertEquals(yaml.allSteps(), compiled.allSteps());
        assertEquals(yaml.releases(), compiled.releases());
        // NuGet equality folds case and short forms; the compiled versions keep the text as well
        assertEquals(yaml.releases().stream().map(r -> r.version().toNormalizedString()).toList(),
                compiled.releases().stream().map(r -> r.version().toNormalizedString()).toList());
        assertEquals(yaml.newestStable(), compiled.newestStable());
    }

    @Test
    void theBuiltInCatalogIsTheCompiledOne() throws Exception {
        Catalog yaml = Catalog.fromYaml();
        assertEquals(yaml.lines(), Catalog.builtIn().lines());
        assertEquals(yaml.allSteps(), Catalog.builtIn().allSteps());
        assertEquals(List.copyOf(yaml.generations().entrySet()), List.copyOf(Catalog.builtIn().generations().entrySet()));
    }

    @Test
    void nullsAndEmptyListsSurvive() throws Exception {
        Catalog yaml = Catalog.fromYaml();
        Catalog compiled = read(compile(yaml));
        assertTrue(compiled.generation("6.1-preview.2").orElseThrow().unsupported() != null);
        assertEquals(null, compiled.generation("7.0").orElseThrow().unsupported());
        assertTrue(compiled.line("4.1").orElseThrow().releases().isEmpty());
        assertTrue(compiled.releases().stream().anyMatch(r -> r.date() == null));
    }

    @Test
    void anotherFormatIsRefusedNotMisread() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF("duende-catalog-0");
        IOException e = assertThrows(IOException.class, () -> read(bytes.toByteArray()));
        assertTrue(e.getMessage().contains("duende-catalog-0"), e.getMessage());
    }

    private static byte[] compile(Catalog catalog) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledCatalog.write(catalog, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static Catalog read(byte[] bytes) throws IOException {
        return CompiledCatalog.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
