package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build step that compiles the built-in YAML catalog into {@link CompiledCatalog}'s form. Maven runs
 * it after the classes are compiled, with the YAML resources already on the class path, so a broken
 * catalog fails the build instead of the first user's gate.
 */
public final class CatalogCompiler {

    private CatalogCompiler() {
    }

    /** @param args the classes folder to write {@link CompiledCatalog#RESOURCE} into */
    public static void main(String[] args) throws IOException, InputException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogCompiler <classes folder>");
        }
        Path target = Path.of(args[0]).resolve(CompiledCatalog.RESOURCE);
        Files.createDirectories(target.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            CompiledCatalog.write(Catalog.fromYaml(), out);
        }
    }
}
