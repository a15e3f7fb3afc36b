package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the main code's packages in layers: a package may use only packages of a lower layer, so
 * there are no cycles and no arrows back up. Reads the compiled classes, so a fully qualified name
 * or a method descriptor counts as much as an import does.
 */
class PackageLayersTest {

    private static final String ROOT = "io/github/duendetools/";

    /**
     * Lowest first. The root package holds the few types every layer shares. A sub-package is named from
     * its parent's package, {@code msbuild.xml}, and has a layer of its own.
     */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("", 0),
            Map.entry("msbuild.xml", 1),
            Map.entry("msbuild.memo", 2),
            Map.entry("nuget", 3),
            Map.entry("schema", 3),
            // msbuild reads target frameworks through nuget's model
            Map.entry("msbuild", 4),
            Map.entry("catalog", 4),
            // one class per database: its names, types and SQL forms, below everything that writes or reads SQL
            Map.entry("database", 4),
            // Liquibase's dbms lists and the changelog folder's layout, which the writer and the readers share
            Map.entry("liquibase", 4),
            Map.entry("changelog.preview", 5),
            Map.entry("changelog", 6),
            Map.entry("plan", 6),
            Map.entry("report", 7),
            Map.entry("edit", 8),
            Map.entry("inspect", 8),
            // the migrate goal's run: changelogs and project files in the order it writes them
            Map.entry("migrate", 9),
            Map.entry("mojo", 10),
            // the help goal that maven-plugin-plugin generates
            Map.entry("duende_maven_plugin", 10));

    @Test
    void everyPackageUsesOnlyLowerLayers() throws Exception {
        Map<String, Set<String>> uses = packageUses(classesDirectory());
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : uses.entrySet()) {
            String from = entry.getKey();
            assertTrue(LAYERS.containsKey(from), "package '" + from + "' has no layer: add it to LAYERS");
            for (String to : entry.getValue()) {
                assertTrue(LAYERS.containsKey(to), "package '" + to + "' has no layer: add it to LAYERS");
                if (!to.equals(from) && LAYERS.get(to) >= LAYERS.get(from)) {
                    violations.add(name(from) + " -> " + name(to));
                }
            }
        }
        assertEquals(List.of(), violations, "packages using a package of the same or a higher layer");
    }

    @Test
    void theLayerCheckSeesRealDependencies() throws Exception {
        // Guards the reader itself: the goals and the migrate run use lower packages, so an empty result means the
        // constant-pool reading broke, not that the layers are clean.
        Map<String, Set<String>> uses = packageUses(classesDirectory());
        Set<String> mojoUses = uses.get("mojo");
        assertTrue(mojoUses.containsAll(Set.of("plan", "migrate", "msbuild", "catalog")), String.valueOf(mojoUses));
        Set<String> migrateUses = uses.get("migrate");
        assertTrue(migrateUses.containsAll(Set.of("edit", "changelog", "plan")), String.valueOf(migrateUses));
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(InputException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, Set<String>> packageUses(Path classes) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve(ROOT))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String from = packageOf(classes.relativize(file).toString().replace('\\', '/'));
            Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (String text : utf8Constants(file)) {
                int at = text.indexOf(ROOT);
                while (at >= 0) {
                    int end = at + ROOT.length();
                    while (end < text.length() && isNameChar(text.charAt(end))) {
                        end++;
                    }
                    to.add(packageOf(text.substring(at, end)));
                    at = text.indexOf(ROOT, end);
                }
            }
        }
        return uses;
    }

    private static boolean isNameChar(char c) {
        return Character.isJavaIdentifierPart(c) || c == '/';
    }

    /**
     * "io/github/duendetools/plan/UpgradePlan" to "plan", a class of a sub-package to "changelog.preview", a class of
     * the root package to "".
     */
    private static String packageOf(String internalName) {
        String rest = internalName.substring(ROOT.length());
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash).replace('/', '.');
    }

    /** The UTF-8 entries of a class file's constant pool: every class name, descriptor and signature. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            data.readUnsignedShort(); // major
            int count = data.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(data.readUTF());
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }
}
