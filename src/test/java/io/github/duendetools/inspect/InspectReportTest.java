package io.github.duendetools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.database.Strategy;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict's reasons and how the report words drift, history and cost, on hand-made store reports. */
class InspectReportTest {
    private static final DuendeSchema SCHEMA = DuendeSchema.load();
    private static final History NONE = new History(List.of(), List.of(), List.of(), List.of(), false, List.of());

    private static Map<Store, StoreReport> stores(StoreReport configuration, StoreReport operational) {
        Map<Store, StoreReport> map = new EnumMap<>(Store.class);
        map.put(Store.CONFIGURATION, configuration);
        map.put(Store.OPERATIONAL, operational);
        return map;
    }

    private static StoreReport exact(Store store, List<String> generations) {
        return new StoreReport(store, "public", true, generations, generations.get(generations.size() - 1), List.of(),
                NONE, Map.of(), null, List.of());
    }

    @Test
    void everyReasonAtOnce() {
        Difference missing = new Difference(Difference.Kind.MISSING_INDEX, "PersistedGrants", "index IX_PersistedGrants_Key",
                "UNIQUE (Key)", null, true);
        StoreReport drifted = new StoreReport(Store.OPERATIONAL, "public", true, List.of(), "6.1", List.of(missing), NONE,
                Map.of(), null, List.of());
        Verdict v = Verdict.of(stores(exact(Store.CONFIGURATION, List.of("7.0")), drifted), SCHEMA, "6.1", "6.1.8",
                true, true);
        assertEquals(List.of(
                "configuration store is at generation 7.0, ahead of 6.1 that the project declares (6.1.8): this code would"
                        + " run against a newer schema than it was built for",
                "operational store matches no Duende schema generation exactly: closest is 6.1 with 1 difference"
                        + " (1 would make the changelogs fail)"), v.violations());
        Verdict relaxed = Verdict.of(stores(exact(Store.CONFIGURATION, List.of("6.1")), drifted), SCHEMA, "6.1", "6.1.8",
                false, true);
        assertEquals(List.of(), relaxed.violations());
        assertEquals(1, relaxed.warnings().size());
    }

    @Test
    void aStoreKeptElsewhereOnlyWarns() {
        StoreReport absent = new StoreReport(Store.OPERATIONAL, "public", false, List.of(), null, List.of(), NONE, Map.of(),
                null, List.of());
        Verdict v = Verdict.of(stores(exact(Store.CONFIGURATION, List.of("6.1")), absent), SCHEMA, "6.1", "6.1.8", true, true);
        assertEquals(List.of(), v.violations());
        assertEquals(List.of("operational store: no Duende tables in schema public (kept in another database?)"), v.warnings());
    }

    @Test
    void reportsDriftHistoryAndCostInEveryForm() {
        Difference widened = new Difference(Difference.Kind.TYPE, "Clients", "column ClientName", "character varying(200)",
                "character varying(400)", false);
        History liquibase = new History(List.of(), List.of(new History.ChangeSetRun("duende-6.1-configuration-tag",
                "EXECUTED", "duende-6.1-configuration", "configuration/6.0-to-6.1.xml")), List.of("duende-6.1-configuration"),
                List.of("duende-6.3-configuration-clients-requiredpop"), true, List.of());
        StepCost cost = new StepCost("6.1 -> 6.3", "Clients", "add column RequireDPoP", StepCost.How.METADATA,
                new TableStats(1234567, 3L * 1024 * 1024 * 1024), Strategy.ONLINE, BlockingEstimate.NONE,
                "catalog change only; no rows are rewritten");
        StoreReport conf = new StoreReport(Store.CONFIGURATION, "public", true, List.of(), "6.1", List.of(widened),
                liquibase, Map.of("Clients", cost.stats()), "6.3", List.of(cost));
        Map<Store, StoreReport> map = new EnumMap<>(Store.class);
        map.put(Store.CONFIGURATION, conf);
        Verdict v = Verdict.of(map, SCHEMA, null, null, true, true);
        InspectReport report = new InspectReport("jdbc:postgresql://db/identity?password=****", "PostgreSQL 16.4", map, v);

        assertEquals(List.of(
                "Inspected jdbc:postgresql://db/identity?password=**** (PostgreSQL 16.4, read only)",
                "configuration store (schema public): no exact generation, closest 6.1 with 1 difference",
                "  drift: table Clients column ClientName: expected character varying(200) but was character varying(400)",
                "  managed by this plugin's Liquibase changesets (1 changesets, 0 marked ran, tags duende-6.1-configuration)",
                "  changelog folder: 1 changeset not run here yet",
                "  to 6.3: 1 change",
                "    6.1 -> 6.3 Clients: add column RequireDPoP — metadata-only, ~1,234,567 rows, 3.0 GB; online, writers"
                        + " blocked none; catalog change only; no rows are rewritten"), report.lines());
        String json = io.github.duendetools.report.Json.write(report.json());
        assertTrue(json.contains("\"kind\": \"type\""), json);
        assertTrue(json.contains("\"pendingChangeSets\": [\n          \"duende-6.3-configuration-clients-requiredpop\""), json);
        assertTrue(json.contains("\"rows\": 1234567"), json);
        assertTrue(json.contains("\"strategy\": \"online\""), json);
        assertTrue(json.contains("\"writersBlocked\": {\n"), json);
        assertTrue(json.contains("\"passed\": false"), json);
        String md = report.markdown();
        assertTrue(md.contains("| table Clients column ClientName: expected character varying(200) but was character varying(400) | no |"), md);
        assertTrue(md.contains("| 6.1 -> 6.3 | Clients | add column RequireDPoP | metadata-only | ~1,234,567 rows, 3.0 GB"
                + " | online | none | catalog change only; no rows are rewritten |"), md);
    }

    /** A blocking key move on grants three in four expired: the purge line quotes the rows left and a quarter of the wait. */
    @Test
    void aPurgeShortensABlockingChangeInProportion() {
        TableStats grants = new TableStats(2_000_000, -1);
        StepCost move = new StepCost("6.0 -> 6.1", "PersistedGrants", "move the primary key from Key to a new identity"
                + " column Id", StepCost.How.TABLE_COPY, grants, Strategy.BLOCKING,
                new BlockingEstimate(20.0, "10.0 s per million rows, measured on PostgreSQL 15.20"), "table rewrite");
        StoreReport op = new StoreReport(Store.OPERATIONAL, "public", true, List.of("6.0"), "6.0", List.of(),
                new History(List.of(), List.of(), List.of(), List.of(), false, List.of()), Map.of("PersistedGrants", grants),
                "6.1", List.of(move), List.of(new PurgeableRows("PersistedGrants",
                        io.github.duendetools.schema.CleanupRule.EXPIRED_GRANTS, 1_500_000, "index range count")));
        assertEquals(List.of(
                "  purgeable PersistedGrants expired (Expiration before now): 1500000 rows (index range count)",
                "    with a purge first, 6.0 -> 6.1 PersistedGrants full table copy: at most 500000 of ~2000000 rows,"
                        + " writers blocked about 5.0 s (10.0 s per million rows, measured on PostgreSQL 15.20)"),
                InspectReport.purgeLines(op));
    }
}
