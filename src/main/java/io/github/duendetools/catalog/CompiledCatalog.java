package io.github.duendetools.catalog;

import io.github.duendetools.nuget.NuGetVersion;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalog in the compact binary form the build writes next to its YAML sources
 * ({@link CatalogCompiler}). {@code check-upgrade} runs in every build, in a cold JVM, and reading this
 * needs only {@link java.io.DataInputStream}: no YAML parser to load and warm up, and no merge or
 * validation, which the build already did. The YAML stays the only source of truth: a test compares
 * the shipped bytes with what the YAML compiles to.
 */
final class CompiledCatalog {

    /** Where the build puts the compiled form on the class path. */
    static final String RESOURCE = "duende/catalog/catalog.bin";

    /** Changes whenever the layout below changes, so that a mismatch fails loudly instead of misreading. */
    private static final String FORMAT = "duende-catalog-1";

    private CompiledCatalog() {
    }

    static void write(Catalog catalog, DataOutput out) throws IOException {
        StringTable strings = new StringTable();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeBody(catalog, new DataOutputStream(body), strings);
        out.writeUTF(FORMAT);
        out.writeShort(strings.values.size());
        for (String value : strings.values) {
            out.writeUTF(value);
        }
        out.write(body.toByteArray());
    }

    private static void writeBody(Catalog catalog, DataOutput out, StringTable strings) throws IOException {
        out.writeShort(catalog.generations().size());
        for (Generation g : catalog.generations().values()) {
            strings.write(out, g.id());
            strings.write(out, g.description());
            strings.write(out, g.unsupported());
        }
        out.writeShort(catalog.lines().size());
        for (ReleaseLine l : catalog.lines()) {
            strings.write(out, l.line());
            strings.write(out, l.product());
            strings.write(out, l.generation());
            strings.write(out, l.frameworks());
            out.writeShort(l.releases().size());
            for (Release r : l.releases()) {
                strings.write(out, r.version().toNormalizedString());
                strings.write(out, r.date());
                strings.write(out, r.line());
                strings.write(out, r.generation());
                strings.write(out, r.frameworks());
            }
        }
        out.writeShort(catalog.allSteps().size());
        for (Step s : catalog.allSteps()) {
            strings.write(out, s.fromLine());
            strings.write(out, s.toLine());
            strings.write(out, s.fromGeneration());
            strings.write(out, s.toGeneration());
            out.writeBoolean(s.configuration());
            out.writeBoolean(s.operational());
            strings.write(out, s.guide());
            out.writeShort(s.breakingChanges().size());
            for (BreakingChange b : s.breakingChanges()) {
                strings.write(out, b.text());
                strings.write(out, b.link());
            }
            strings.write(out, s.frameworks());
        }
    }

    static Catalog read(DataInput in) throws IOException {
        String format = in.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("compiled catalog has format '" + format + "', this plugin reads '" + FORMAT + "'");
        }
        String[] strings = new String[in.readUnsignedShort() + 1];
        for (int i = 1; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            Generation g = new Generation(string(in, strings), string(in, strings), string(in, strings));
            generations.put(g.id(), g);
        }
        List<ReleaseLine> lines = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            String line = string(in, strings);
            String product = string(in, strings);
            String generation = string(in, strings);
            List<String> frameworks = list(in, strings);
            List<Release> releases = new ArrayList<>();
            for (int j = in.readUnsignedShort(); j > 0; j--) {
                NuGetVersion version = NuGetVersion.parse(string(in, strings));
                String date = string(in, strings);
                String releaseLine = string(in, strings);
                String releaseGeneration = string(in, strings);
                releases.add(new Release(version, date, releaseLine, releaseGeneration, list(in, strings)));
            }
            lines.add(new ReleaseLine(line, product, generation, frameworks, releases));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            String fromLine = string(in, strings);
            String toLine = string(in, strings);
            String fromGeneration = string(in, strings);
            String toGeneration = string(in, strings);
            boolean configuration = in.readBoolean();
            boolean operational = in.readBoolean();
            String guide = string(in, strings);
            List<BreakingChange> breaking = new ArrayList<>();
            for (int j = in.readUnsignedShort(); j > 0; j--) {
                breaking.add(new BreakingChange(string(in, strings), string(in, strings)));
            }
            steps.add(new Step(fromLine, toLine, fromGeneration, toGeneration, configuration, operational, guide,
                    breaking, list(in, strings)));
        }
        return new Catalog(generations, lines, steps);
    }

    /** A string by its number in the table; number 0 stands for {@code null}. */
    private static String string(DataInput in, String[] strings) throws IOException {
        return strings[in.readUnsignedShort()];
    }

    private static List<String> list(DataInput in, String[] strings) throws IOException {
        String[] values = new String[in.readUnsignedShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = string(in, strings);
        }
        return List.of(values);
    }

    /**
     * Every distinct string once, numbered from 1 in the order of first use (so the output is the same
     * for the same catalog); the body refers to them by number. Most of the catalog repeats itself
     * (line, generation and frameworks on every release), so this keeps the form small and its reading
     * short.
     */
    private static final class StringTable {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        void write(DataOutput out, String value) throws IOException {
            if (value == null) {
                out.writeShort(0);
                return;
            }
            Integer number = numbers.get(value);
            if (number == null) {
                values.add(value);
                number = values.size();
                if (number > 0xFFFF) {
                    throw new IOException("catalog has more than 65535 distinct strings");
                }
                numbers.put(value, number);
            }
            out.writeShort(number);
        }

        void write(DataOutput out, List<String> list) throws IOException {
            out.writeShort(list.size());
            for (String value : list) {
                write(out, value);
            }
        }
    }
}
