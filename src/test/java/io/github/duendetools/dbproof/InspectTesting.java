package io.github.duendetools.dbproof;

import io.github.duendetools.inspect.SystemTables;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.Inspector;
import io.github.duendetools.inspect.ReadOnlyConnection;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs inspect on databases the proof harness built the way EF's providers create them, so that inspect's reading
 * (the plugin's schema data) is checked against the harness's independent reference model.
 */
final class InspectTesting {
    static final DuendeSchema SCHEMA = DuendeSchema.load();

    private InspectTesting() {
    }

    static io.github.duendetools.inspect.Engine engineOf(Engine engine) {
        return switch (engine) {
            case H2 -> io.github.duendetools.inspect.Engine.H2;
            case SQLITE -> io.github.duendetools.inspect.Engine.SQLITE;
            case POSTGRESQL -> io.github.duendetools.inspect.Engine.POSTGRESQL;
            case MARIADB -> io.github.duendetools.inspect.Engine.MARIADB;
        };
    }

    /** Creates the reference schema of a generation with the variant's naming and returns the naming used. */
    static Naming build(TestDatabase db, String generation, ProofVariant variant, boolean legacyTimestamps)
            throws Exception {
        Naming naming = variant.naming(db.engine(), db);
        Schema schema = ReferenceModel.get().at(generation, naming);
        db.execute(new DdlWriter(db.engine(), naming, legacyTimestamps).create(schema).toArray(String[]::new));
        return naming;
    }

    static InspectOptions options(Naming naming, ProofVariant variant, boolean legacyTimestamps) {
        return InspectOptions.defaults().withSchemas(null, naming.configurationSchema(), naming.operationalSchema())
                .withTableNames(variant.tableNames()).withPostgresLegacyTimestamps(legacyTimestamps);
    }

    static Map<Store, StoreReport> inspect(TestDatabase db, InspectOptions options) throws Exception {
        return inspect(db.url(), db.engine() == Engine.POSTGRESQL ? "postgres" : db.engine() == Engine.MARIADB ? "root" : null,
                "", db.engine(), options);
    }

    /**
     * On the servers, as a user that may only read (checked: the server refuses it a write); on H2 and SQLite, which
     * have no such users here, through the read-only connection alone.
     */
    static Map<Store, StoreReport> inspectReadOnly(TestDatabase db, Naming naming, InspectOptions options) throws Exception {
        if (db.engine() != Engine.POSTGRESQL && db.engine() != Engine.MARIADB) {
            return inspect(db, options);
        }
        List<String> namespaces = new ArrayList<>();
        if (db.engine() == Engine.MARIADB) {
            namespaces.add(db.defaultSchema()); // the database the connection opens
        }
        for (String store : List.of("configuration", "operational")) {
            String ns = naming.schema(store) == null ? db.defaultSchema() : naming.schema(store);
            if (!namespaces.contains(ns)) {
                namespaces.add(ns);
            }
        }
        try (ReadOnlyUser user = ReadOnlyUser.create(db, namespaces)) {
            String q = db.engine() == Engine.MARIADB ? "`" : "\"";
            user.proveReadOnly(db.url(), q + namespaces.get(0) + q + "." + q + naming.table("Clients") + q);
            return inspect(db.url(), user.name(), ReadOnlyUser.PASSWORD, db.engine(), options);
        }
    }

    /** Through the same read-only connection the goal opens. */
    static Map<Store, StoreReport> inspect(String url, String user, String password, Engine engine, InspectOptions options)
            throws Exception {
        SystemTables catalog = engineOf(engine).systemTables(30);
        Connection connection = ReadOnlyConnection.open(DriverManager.getDriver(url), url, user, password, catalog);
        try {
            return new Inspector(SCHEMA, catalog).inspect(connection, options);
        } finally {
            ReadOnlyConnection.close(connection);
        }
    }
}
