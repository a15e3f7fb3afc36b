package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the harness itself: the DDL written from the reference model, read back through JDBC metadata,
 * equals the reference model on every engine and for every generation. Without this, a green matrix could
 * mean that writer and reader share a blind spot.
 */
@Slow
class ReferenceSchemaRoundTripTest {

    static void roundTrip(Engine engine, String generation) throws Exception {
        Naming naming = Naming.defaults(engine);
        Schema schema = ReferenceModel.get().at(generation, naming);
        try (TestDatabase db = TestDatabase.create(engine)) {
            db.execute(new DdlWriter(engine, naming, false).create(schema).toArray(String[]::new));
            try (Connection connection = db.connect()) {
                List<String> problems = new ArrayList<>(new SchemaComparator(engine, false)
                        .compare(schema.tables(), new SchemaReader(engine).read(connection, db.defaultSchema())));
                assertEquals(List.of(), problems, engine + " " + generation);
            }
        }
    }

    @Nested
    class OnH2 {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void matches(String generation) throws Exception {
            roundTrip(Engine.H2, generation);
        }
    }

    @Nested
    class OnSqlite {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void matches(String generation) throws Exception {
            roundTrip(Engine.SQLITE, generation);
        }
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void matches(String generation) throws Exception {
            roundTrip(Engine.POSTGRESQL, generation);
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @ParameterizedTest
        @ValueSource(strings = {"4.1", "5.0", "5.1", "5.2", "6.0", "6.1", "6.3", "7.0", "8.0"})
        void matches(String generation) throws Exception {
            roundTrip(Engine.MARIADB, generation);
        }
    }
}
