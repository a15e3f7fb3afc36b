package io.github.duendetools.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Duende schema facts loaded from {@code duende/schema/*.yaml}: the generations with schema data
 * ({@link SchemaGenerations}), the oldest generation's tables and one change list per step. A new Duende schema step needs a data file, not Java.
 */
public final class DuendeSchema {

    static final String ROOT = "duende/schema/";

    private final List<String> generations;
    private final Map<Store, SchemaState> baseline;
    private final List<SchemaStep> steps;

    private DuendeSchema(List<String> generations, Map<Store, SchemaState> baseline, List<SchemaStep> steps) {
        this.generations = List.copyOf(generations);
        this.baseline = baseline;
        this.steps = List.copyOf(steps);
    }

    public static DuendeSchema load() {
        List<String> generations = SchemaGenerations.load().described();
        Map<String, Object> base = read("baseline-" + generations.get(0) + ".yaml");
        Map<Store, SchemaState> baseline = new EnumMap<>(Store.class);
        for (Store store : Store.values()) {
            List<Table> tables = new ArrayList<>();
            for (Object t : list(base.get(store.id()))) {
                tables.add(table(map(t)));
            }
            baseline.put(store, new SchemaState(tables));
        }
        List<SchemaStep> steps = new ArrayList<>();
        for (int i = 1; i < generations.size(); i++) {
            String from = generations.get(i - 1);
            String to = generations.get(i);
            Map<String, Object> data = read("steps/" + from + "-to-" + to + ".yaml");
            Map<Store, List<Operation>> ops = new EnumMap<>(Store.class);
            for (Store store : Store.values()) {
                List<Operation> list = new ArrayList<>();
                for (Object o : list(data.get(store.id()))) {
                    list.add(operation(map(o)));
                }
                ops.put(store, list);
            }
            steps.add(new SchemaStep(from, to, ops));
        }
        return new DuendeSchema(generations, baseline, steps);
    }

    /** The generations the schema data describes, oldest first ({@link SchemaGenerations#described()}). */
    public List<String> generations() {
        return generations;
    }

    public int order(String generation) {
        int i = generations.indexOf(generation);
        if (i < 0) {
            throw new IllegalArgumentException("unknown schema generation '" + generation + "', known: " + generations);
        }
        return i;
    }

    /** The name of every table of both stores in any generation, in the order they first appear. */
    public List<String> tableNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String generation : generations) {
            for (Store store : Store.values()) {
                stateAt(store, generation).tables().forEach(t -> names.add(t.name()));
            }
        }
        return List.copyOf(names);
    }

    /** Steps after {@code from} up to and including {@code to}. */
    public List<SchemaStep> steps(String from, String to) {
        int a = order(from);
        int b = order(to);
        return steps.subList(Math.min(a, b), b);
    }

    /** Tables of a store as they are at a generation. */
    public SchemaState stateAt(Store store, String generation) {
        SchemaState state = baseline.get(store);
        for (SchemaStep step : steps.subList(0, order(generation))) {
            for (Operation op : step.operations(store)) {
                state = state.apply(op);
            }
        }
        return state;
    }

    /**
     * The type corrections of a store up to a generation, oldest first. A baseline creates the tables as the
     * released changesets did and then runs these, so that it reaches the same schema by the same changesets.
     */
    public List<Operation.CorrectType> corrections(Store store, String generation) {
        List<Operation.CorrectType> out = new ArrayList<>();
        for (SchemaStep step : steps.subList(0, order(generation))) {
            for (Operation op : step.operations(store)) {
                if (op instanceof Operation.CorrectType c) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Operation operation(Map<String, Object> entry) {
        if (entry.size() != 1) {
            throw new IllegalStateException("an operation has exactly one kind: " + entry);
        }
        String kind = entry.keySet().iterator().next();
        Map<String, Object> a = map(entry.get(kind));
        String table = (String) a.get("table");
        return switch (kind) {
            case "addColumn" -> new Operation.AddColumn(table, Column.parse((String) a.get("column")));
            case "createTable" -> new Operation.CreateTable(table(a));
            case "createIndex" -> new Operation.CreateIndex(table, index(a));
            case "dropIndex" -> new Operation.DropIndex(table, index(a));
            case "shrinkColumn" -> new Operation.ShrinkColumn(table, (String) a.get("column"),
                    LogicalType.parse((String) a.get("from")), LogicalType.parse((String) a.get("to")));
            case "moveKeyToIdentity" -> new Operation.MoveKeyToIdentity(table,
                    Column.parse((String) a.get("column")), (String) a.get("oldKey"));
            case "widenIdentity" -> new Operation.WidenIdentity(table, (String) a.get("column"),
                    LogicalType.parse((String) a.get("from")), LogicalType.parse((String) a.get("to")));
            case "correctType" -> new Operation.CorrectType(table, (String) a.get("column"),
                    LogicalType.parse((String) a.get("from")), LogicalType.parse((String) a.get("to")));
            default -> throw new IllegalStateException("unknown operation kind '" + kind + "'");
        };
    }

    private static Table table(Map<String, Object> t) {
        List<Column> columns = strings(t.get("columns")).stream().map(Column::parse).toList();
        List<ForeignKey> fks = new ArrayList<>();
        for (Object f : list(t.get("foreignKeys"))) {
            Map<String, Object> fk = map(f);
            List<String> referenced = fk.containsKey("referencedColumns") ? strings(fk.get("referencedColumns"))
                    : List.of("Id");
            fks.add(new ForeignKey(strings(fk.get("columns")), (String) fk.get("references"), referenced));
        }
        List<Index> indexes = list(t.get("indexes")).stream().map(i -> index(map(i))).toList();
        return new Table((String) t.get("name"), columns, strings(t.get("primaryKey")), fks, indexes);
    }

    private static Index index(Map<String, Object> i) {
        return new Index(strings(i.get("columns")), Boolean.TRUE.equals(i.get("unique")));
    }

    static Map<String, Object> read(String name) {
        try (InputStream in = DuendeSchema.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema data file " + ROOT + name);
            }
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ROOT + name, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) o;
        return l;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }
}
