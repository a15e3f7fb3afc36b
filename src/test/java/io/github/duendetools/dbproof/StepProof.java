package io.github.duendetools.dbproof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves one changelog (from -> to) on one engine, with data, in every way the issue asks:
 * apply, rows kept, new columns defaulted, schema equals the reference, roll back to the source, apply again,
 * a further update runs nothing, and a database EF had already migrated is only marked ran.
 * Each check that passes is recorded (for docs/compatibility.md); the first that fails throws a {@link ProofFailure}.
 */
final class StepProof {
    private static final long SEED = 20240101L;
    /** The EF-migrated database only has to show that nothing changes; fewer grants keep the suite fast. */
    private static final int EF_MIGRATED_GRANTS = 1_000;

    private final Engine engine;
    private final String from;
    private final String to;
    private final ProofVariant variant;
    private final ChangelogSource changelogs;
    private final List<String> verified = new ArrayList<>();

    StepProof(Engine engine, String from, String to, ProofVariant variant, ChangelogSource changelogs) {
        this.engine = engine;
        this.from = from;
        this.to = to;
        this.variant = variant;
        this.changelogs = changelogs;
    }

    List<String> verified() {
        return verified;
    }

    /** Runs every check and records the outcome, pass or fail. */
    void runAndRecord() throws Exception {
        try {
            run();
            ProofResults.record(engine, from, to, variant, verified, null);
        } catch (Exception | AssertionError e) {
            ProofResults.record(engine, from, to, variant, verified, e.getMessage());
            throw e;
        }
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("dbproof-" + engine.name().toLowerCase() + "-" + from + "-" + to);
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = variant.naming(engine, db);
            Schema source = ReferenceModel.get().at(from, naming);
            Schema target = ReferenceModel.get().at(to, naming);
            createAndFill(db, naming, source, DataFiller.PERSISTED_GRANTS);
            RowSnapshot before = snapshot(db, naming, source);

            changelogs.write(from, to, variantFor(db, naming), dir);
            LiquibaseRunner liquibase = new LiquibaseRunner(dir, ChangelogSource.MASTER);
            liquibase.update(db);
            List<LiquibaseRunner.Ran> ranFirst = LiquibaseRunner.ran(db);
            expectSchema(db, naming, target, "after update " + from + " -> " + to);
            RowSnapshot after = snapshot(db, naming, target);
            Schema stable = withoutNewIdentities(source, target);
            RowSnapshot afterFirst = snapshot(db, naming, stable);
            expectNoProblems("rows after update", before.missingOrChangedIn(after));
            verified.add("update: schema = reference " + to);
            verified.add("rows kept (" + before.totalRows() + " rows, " + before.rows(naming.table("PersistedGrants")) + " grants)");
            expectNoProblems("new columns on existing rows", NewColumnCheck.check(source, target, before, after));
            verified.add("new columns: documented defaults");

            rollBackToSource(db, liquibase, ranFirst);
            expectSchema(db, naming, source, "after rollback to " + from);
            RowSnapshot rolledBack = snapshot(db, naming, source);
            expectNoProblems("rows after rollback", before.missingOrChangedIn(rolledBack));
            verified.add("rollback to " + from + ": schema and rows as before");

            liquibase.update(db);
            expectSchema(db, naming, target, "after second update " + from + " -> " + to);
            expectNoProblems("rows after re-applying", afterFirst.missingOrChangedIn(snapshot(db, naming, stable)));
            verified.add("re-apply after rollback: same result");

            int ranBefore = LiquibaseRunner.ran(db).size();
            liquibase.update(db);
            List<LiquibaseRunner.Ran> ranAfter = LiquibaseRunner.ran(db);
            if (ranAfter.size() != ranBefore) {
                throw new ProofFailure("second update", List.of("DATABASECHANGELOG: " + ranBefore + " rows before, "
                        + ranAfter.size() + " after; a further update must run nothing"));
            }
            expectSchema(db, naming, target, "after a further update");
            verified.add("further update runs nothing");
        } finally {
            deleteTree(dir);
        }
        proveOnEfMigratedDatabase();
    }

    /** A database EF already brought to the target (schema there, no Liquibase tables): every changeset is marked ran. */
    private void proveOnEfMigratedDatabase() throws Exception {
        Path dir = Files.createTempDirectory("dbproof-ef-" + engine.name().toLowerCase());
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = variant.naming(engine, db);
            Schema target = ReferenceModel.get().at(to, naming);
            createAndFill(db, naming, target, EF_MIGRATED_GRANTS);
            RowSnapshot before = snapshot(db, naming, target);
            changelogs.write(from, to, variantFor(db, naming), dir);
            new LiquibaseRunner(dir, ChangelogSource.MASTER).update(db);
            // Harm first (schema, rows), then bookkeeping: a changeset that re-ran harmlessly is a lesser defect.
            expectSchema(db, naming, target, "EF-migrated " + to + " database after update");
            expectNoProblems("rows of the EF-migrated database", before.missingOrChangedIn(snapshot(db, naming, target)));
            verified.add("EF-migrated " + to + " database: schema and rows unchanged");
            List<String> problems = new ArrayList<>();
            for (LiquibaseRunner.Ran ran : LiquibaseRunner.ran(db)) {
                // tags and the empty changesets that keep them off the last row change nothing and need no guard
                if (!"MARK_RAN".equals(ran.execType()) && !String.valueOf(ran.description()).startsWith("tagDatabase")
                        && !"empty".equals(ran.description())) {
                    problems.add("changeset " + ran.id() + ": " + ran.execType() + " (" + ran.description()
                            + ") on a database EF had already migrated to " + to + "; expected MARK_RAN");
                }
            }
            expectNoProblems("update of an EF-migrated " + to + " database (schema and rows unchanged)", problems);
            verified.add("EF-migrated " + to + " database: every changeset marked ran");
        } finally {
            deleteTree(dir);
        }
    }

    private ProofVariant variantFor(TestDatabase db, Naming naming) {
        return new ProofVariant(variant.label(), naming.configurationSchema(), variant.tableNames(),
                variant.lowLock());
    }

    private void rollBackToSource(TestDatabase db, LiquibaseRunner liquibase, List<LiquibaseRunner.Ran> ran) throws Exception {
        String tag = null;
        for (String store : List.of("configuration", "operational")) {
            String candidate = "duende-" + from + "-" + store;
            if (ran.stream().anyMatch(r -> candidate.equals(r.tag()))) {
                tag = tag == null ? candidate : tag;
            }
        }
        if (tag != null) {
            liquibase.rollbackToTag(db, tag);
        } else {
            liquibase.rollbackCount(db, ran.size());
        }
    }

    private void createAndFill(TestDatabase db, Naming naming, Schema schema, int grants) throws Exception {
        db.execute(new DdlWriter(engine, naming, false).create(schema).toArray(String[]::new));
        try (Connection connection = db.connect()) {
            new DataFiller(engine, naming, false, SEED, grants).fill(connection, schema);
        }
    }

    private RowSnapshot snapshot(TestDatabase db, Naming naming, Schema schema) throws Exception {
        try (Connection connection = db.connect()) {
            return RowSnapshot.capture(connection, schema, engine, naming, false);
        }
    }

    private void expectSchema(TestDatabase db, Naming naming, Schema expected, String stage) throws Exception {
        List<String> problems = new ArrayList<>();
        SchemaReader reader = new SchemaReader(engine);
        SchemaComparator comparator = new SchemaComparator(engine, false);
        Set<String> namespaces = new HashSet<>();
        try (Connection connection = db.connect()) {
            for (String store : List.of("configuration", "operational")) {
                String namespace = naming.schema(store) == null ? db.defaultSchema() : naming.schema(store);
                if (namespaces.add(String.valueOf(namespace))) {
                    List<Table> tables = expected.tables().stream()
                            .filter(t -> String.valueOf(namespace).equals(String.valueOf(
                                    naming.schema(t.store()) == null ? db.defaultSchema() : naming.schema(t.store()))))
                            .toList();
                    Map<String, Table> actual = reader.read(connection, namespace);
                    problems.addAll(comparator.compare(tables, actual));
                }
            }
        }
        expectNoProblems("schema " + stage + " differs from the reference for " + expected.generation(), problems);
    }

    /** Identity columns added by the step are renumbered by design (a SQLite rebuild gives new ids), so re-runs skip them. */
    private static Schema withoutNewIdentities(Schema source, Schema target) {
        List<Table> tables = new ArrayList<>();
        for (Table table : target.tables()) {
            Table old = source.table(table.logicalName()).orElse(null);
            tables.add(new Table(table.store(), table.logicalName(), table.name(), table.rowKey(),
                    table.columns().stream().filter(c -> !(c.identity() && (old == null || old.column(c.name()).isEmpty()))).toList(),
                    table.primaryKeyName(), table.primaryKey(), table.indexes(), table.foreignKeys()));
        }
        return new Schema(target.generation(), tables);
    }

    private static void expectNoProblems(String stage, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ProofFailure(stage, problems);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
