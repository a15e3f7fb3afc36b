package io.github.duendetools.inspect;

import io.github.duendetools.InputException;
import io.github.duendetools.liquibase.FolderChangeSets;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one open connection's system tables and says, per store, which generation of the schema data it holds, how it
 * drifts, who manages it and what the steps up to the target cost. Runs queries of system tables and statistics only.
 */
public final class Inspector {

    private final DuendeSchema schema;
    private final SystemTables systemTables;

    public Inspector(DuendeSchema schema, SystemTables systemTables) {
        this.schema = schema;
        this.systemTables = systemTables;
    }

    public Map<Store, StoreReport> inspect(Connection connection, InspectOptions options)
            throws SQLException, InspectException {
        ExpectedSchema expected = new ExpectedSchema(schema, systemTables, options.tableNames(),
                options.postgresLegacyTimestamps());
        List<String> folderIds = folderIds(options, systemTables);
        String current = systemTables.currentNamespace(connection);
        Map<Store, StoreReport> reports = new EnumMap<>(Store.class);
        List<String> namespaces = new ArrayList<>();
        for (Store store : Store.values()) {
            String configured = options.schema(store);
            String namespace = configured == null ? current : configured;
            if (configured != null && !systemTables.namespaceExists(connection, configured)) {
                throw new InspectException("schema " + configured + " does not exist in this database; check duende.schema"
                        + " / duende." + store.id() + "Schema");
            }
            namespaces.add(namespace == null ? "(default)" : namespace);
            reports.put(store, store(connection, store, namespace, expected, options, folderIds));
        }
        if (reports.values().stream().noneMatch(StoreReport::present)) {
            throw new InspectException("no Duende tables in schema " + String.join(" / ", new java.util.LinkedHashSet<>(namespaces))
                    + "; check duende.schema / duende.tableNames");
        }
        return reports;
    }

    private StoreReport store(Connection connection, Store store, String namespace, ExpectedSchema expected,
                              InspectOptions options, List<String> folderIds) throws SQLException {
        Set<String> all = systemTables.tableNames(connection, namespace);
        Set<String> duende = new java.util.TreeSet<>(expected.allTableNames(store));
        duende.retainAll(all);
        History history = new HistoryReader(systemTables).read(connection, namespace, all, store.id(), folderIds);
        if (duende.isEmpty()) {
            return new StoreReport(store, namespace, false, List.of(), null, List.of(), history, Map.of(),
                    options.targetGeneration(), List.of());
        }
        Map<String, TableShape> live = systemTables.read(connection, namespace, duende);
        SchemaDiff diff = new SchemaDiff(systemTables.keepsPrimaryKeyNames());
        List<String> exact = new ArrayList<>();
        String closest = null;
        List<Difference> closestDiffs = null;
        for (String g : schema.generations()) {
            List<Difference> d = diff.compare(expected.at(store, g), live);
            if (d.isEmpty()) {
                exact.add(g);
            }
            // ties go to the older generation: a table or column of a later step present early reads as drift on
            // the generation the rest matches, and the older reading is the conservative one (more steps ahead)
            if (closestDiffs == null || d.size() < closestDiffs.size()) {
                closest = g;
                closestDiffs = d;
            }
        }
        // several generations with one schema: the one the project declares, else the newest
        String generation = exact.isEmpty() ? closest
                : exact.contains(options.declaredGeneration()) ? options.declaredGeneration() : exact.get(exact.size() - 1);
        List<Difference> differences = exact.isEmpty() ? closestDiffs : List.of();
        Map<String, TableStats> stats = new TreeMap<>();
        Map<String, TableStats> engineStats = systemTables.statistics(connection, namespace);
        duende.forEach(t -> stats.put(t, engineStats.getOrDefault(t, TableStats.UNKNOWN)));
        String target = options.targetGeneration();
        List<StepCost> costs = target == null ? List.of() : costs(store, generation, target, expected, stats, options.lowLock());
        differences = markBreaking(differences, store, generation, target, expected);
        return new StoreReport(store, namespace, true, exact, generation, differences, history, stats, target, costs,
                purgeable(connection, namespace, live, expected, options));
    }

    /** The rows Duende's token cleanup would delete, counted where an index makes that cheap. */
    private List<PurgeableRows> purgeable(Connection connection, String namespace, Map<String, TableShape> live,
                                          ExpectedSchema expected, InspectOptions options) {
        return new PurgeableCounter(systemTables.dialect(), options.postgresLegacyTimestamps(),
                systemTables.timeoutSeconds).count(connection, namespace, live, expected::mapped);
    }

    private List<StepCost> costs(Store store, String from, String to, ExpectedSchema expected,
                                 Map<String, TableStats> stats, boolean lowLock) {
        List<StepCost> costs = new ArrayList<>();
        if (schema.order(to) <= schema.order(from)) {
            return costs;
        }
        CostModel model = new CostModel(systemTables.dialect(), lowLock);
        for (SchemaStep step : schema.steps(from, to)) {
            for (Operation op : step.operations(store)) {
                if (model.changesNothing(op)) {
                    continue;
                }
                String table = expected.mapped(op.table());
                TableStats size = stats.getOrDefault(table, TableStats.UNKNOWN);
                costs.add(new StepCost(step.from() + " -> " + step.to(), table, model.change(op), model.how(op), size,
                        model.strategy(op), model.blocking(op, size), model.detail(op)));
            }
        }
        return costs;
    }

    /**
     * A difference breaks the changelogs when a step still to run needs what is missing: every step needs its
     * tables, keys and columns; a changed table also needs the indexes and types the step starts from.
     */
    private List<Difference> markBreaking(List<Difference> differences, Store store, String from, String to,
                                          ExpectedSchema expected) {
        Set<String> touched = new java.util.HashSet<>();
        if (to != null && schema.order(to) > schema.order(from)) {
            for (SchemaStep step : schema.steps(from, to)) {
                step.operations(store).forEach(op -> touched.add(expected.mapped(op.table())));
            }
        }
        List<Difference> marked = new ArrayList<>();
        for (Difference d : differences) {
            boolean breaks = switch (d.kind()) {
                case MISSING_TABLE, MISSING_COLUMN, PRIMARY_KEY -> true;
                case TYPE, IDENTITY, MISSING_INDEX, INDEX, MISSING_FOREIGN_KEY -> touched.contains(d.table());
                default -> false;
            };
            marked.add(d.withBreaks(breaks));
        }
        return marked;
    }

    private static List<String> folderIds(InspectOptions options, SystemTables systemTables) throws InspectException {
        if (options.changelogDirectory() == null || !java.nio.file.Files.isDirectory(options.changelogDirectory())) {
            return null;
        }
        try {
            return FolderChangeSets.ids(options.changelogDirectory(), systemTables.dialect());
        } catch (InputException e) {
            throw new InspectException(e.getMessage());
        }
    }
}
