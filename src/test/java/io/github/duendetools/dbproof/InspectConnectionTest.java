package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.SystemTables;
import io.github.duendetools.inspect.InspectException;
import io.github.duendetools.inspect.ReadOnlyConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The connection inspect opens is read only even for a user who may write (the server refuses a write in it), its
 * statements are bounded, and wrong credentials on a real server are one line without the password.
 */
@Slow
class InspectConnectionTest {

    private static Connection open(TestDatabase db, String user, String password) throws InspectException, SQLException {
        SystemTables catalog = InspectTesting.engineOf(db.engine()).systemTables(7);
        return ReadOnlyConnection.open(DriverManager.getDriver(db.url()), db.url(), user, password, catalog);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void readOnlyEvenForASuperuserAndBounded() throws Exception {
            try (TestDatabase db = TestDatabase.create(Engine.POSTGRESQL)) {
                Connection c = open(db, "postgres", "");
                try (Statement s = c.createStatement()) {
                    assertEquals("7s", single(c, "SHOW statement_timeout"));
                    SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE probe (id int)"));
                    assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
                } finally {
                    ReadOnlyConnection.close(c);
                }
            }
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @Test
        void readOnlyEvenForRootAndBounded() throws Exception {
            try (TestDatabase db = TestDatabase.create(Engine.MARIADB)) {
                db.execute("CREATE TABLE probe (id int)");
                Connection c = open(db, "root", "");
                try (Statement s = c.createStatement()) {
                    assertEquals("7.000000", single(c, "SELECT @@max_statement_time"));
                    SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO probe VALUES (1)"));
                    assertTrue(e.getMessage().contains("READ ONLY"), e.getMessage());
                } finally {
                    ReadOnlyConnection.close(c);
                }
                assertEquals(0, db.count("SELECT COUNT(*) FROM probe"));
            }
        }

        @Test
        void wrongPasswordIsOneLineWithoutIt() throws Exception {
            try (TestDatabase db = TestDatabase.create(Engine.MARIADB);
                 ReadOnlyUser user = ReadOnlyUser.create(db, List.of(db.name()))) {
                InspectException e = assertThrows(InspectException.class,
                        () -> open(db, user.name(), "Wrong-" + ReadOnlyUser.PASSWORD));
                assertTrue(e.getMessage().startsWith("cannot connect to " + db.url() + ": "), e.getMessage());
                assertTrue(e.getMessage().contains("Access denied"), e.getMessage());
                assertFalse(e.getMessage().contains(ReadOnlyUser.PASSWORD), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }
}
