package io.github.duendetools.dbproof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The reference description of Duende's EF schema across generations (reference-model.yaml), resolved to the
 * tables of one generation with EF's names for a given naming (schema, renamed tables, identifier limit).
 */
final class ReferenceModel {
    private static final ReferenceModel INSTANCE = load();

    private final List<String> generations;
    private final Map<String, Map<String, Map<String, Object>>> stores;

    private ReferenceModel(List<String> generations, Map<String, Map<String, Map<String, Object>>> stores) {
        this.generations = generations;
        this.stores = stores;
    }

    static ReferenceModel get() {
        return INSTANCE;
    }

    List<String> generations() {
        return generations;
    }

    Schema at(String generation, Naming naming) {
        int gen = position(generation);
        List<Table> tables = new ArrayList<>();
        for (var store : stores.entrySet()) {
            for (var entry : store.getValue().entrySet()) {
                Map<String, Object> spec = entry.getValue();
                if (!presentAt(new Attributes(spec), gen)) {
                    continue;
                }
                tables.add(table(store.getKey(), entry.getKey(), spec, gen, naming));
            }
        }
        return new Schema(generation, List.copyOf(tables));
    }

    int position(String generation) {
        int index = generations.indexOf(generation);
        if (index < 0) {
            throw new IllegalArgumentException("unknown generation " + generation + "; known: " + generations);
        }
        return index;
    }

    private Table table(String store, String logical, Map<String, Object> spec, int gen, Naming naming) {
        String name = naming.table(logical);
        List<Column> columns = new ArrayList<>();
        for (Line line : lines(spec, "columns", logical)) {
            if (presentAt(line.attributes, gen)) {
                columns.add(new Column(line.head[0], line.head[1], line.attributes.flag("null"),
                        line.attributes.flag("identity"), line.attributes.value("default")));
            }
        }
        List<String> key = List.of();
        for (Line line : lines(spec, "key", logical)) {
            if (presentAt(line.attributes, gen)) {
                key = Arrays.asList(line.head[0].split(","));
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (Line line : lines(spec, "indexes", logical)) {
            if (presentAt(line.attributes, gen)) {
                List<String> cols = Arrays.asList(line.head[0].split(","));
                indexes.add(new Index(naming.identifier("IX_" + name + "_" + String.join("_", cols)), cols,
                        line.attributes.flag("unique")));
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Line line : lines(spec, "foreignKeys", logical)) {
            if (presentAt(line.attributes, gen)) {
                String principal = naming.table(line.head[2]);
                foreignKeys.add(new ForeignKey(naming.identifier("FK_" + name + "_" + principal + "_" + line.head[0]),
                        line.head[0], principal, "Id", "CASCADE"));
            }
        }
        return new Table(store, logical, name, (String) spec.get("rowKey"), List.copyOf(columns),
                naming.identifier("PK_" + name), List.copyOf(key), List.copyOf(indexes), List.copyOf(foreignKeys));
    }

    private boolean presentAt(Attributes attributes, int gen) {
        String since = attributes.value("since");
        String until = attributes.value("until");
        return (since == null || position(since) <= gen) && (until == null || gen < position(until));
    }

    @SuppressWarnings("unchecked")
    private static List<Line> lines(Map<String, Object> spec, String section, String table) {
        List<Line> result = new ArrayList<>();
        for (Object item : (List<Object>) spec.getOrDefault(section, List.of())) {
            result.add(Line.parse(String.valueOf(item), table + "." + section));
        }
        return result;
    }

    /** A model line: positional head words, then flags and key=value attributes. */
    private record Line(String[] head, Attributes attributes) {
        static Line parse(String text, String where) {
            List<String> head = new ArrayList<>();
            Map<String, String> values = new HashMap<>();
            for (String word : text.trim().split("\\s+")) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    values.put(word.substring(0, eq), word.substring(eq + 1));
                } else if (word.equals("null") || word.equals("identity") || word.equals("unique")) {
                    values.put(word, "true");
                } else {
                    head.add(word);
                }
            }
            if (head.isEmpty()) {
                throw new IllegalStateException("reference-model.yaml " + where + ": empty line '" + text + "'");
            }
            return new Line(head.toArray(String[]::new), new Attributes(values));
        }
    }

    private record Attributes(Map<String, ?> values) {
        String value(String name) {
            Object value = values.get(name);
            return value == null ? null : String.valueOf(value);
        }

        boolean flag(String name) {
            return "true".equals(value(name));
        }
    }

    @SuppressWarnings("unchecked")
    private static ReferenceModel load() {
        try (InputStream in = ReferenceModel.class.getResourceAsStream("/dbproof/reference-model.yaml")) {
            Map<String, Object> root = new Yaml().load(in);
            return new ReferenceModel((List<String>) root.get("generations"),
                    (Map<String, Map<String, Map<String, Object>>>) root.get("stores"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
