package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The meta-test: a deliberately broken changeset (missing index, dropped row, changed value, wrong type) must make
 * the proof fail, with a message that names the table and the column. Without it a green matrix proves nothing.
 */
@Slow
class BrokenChangesetTest {

    static void expectCaught(Engine engine, String from, String to, BrokenChangelogs.Damage damage, String... mustName) {
        StepProof proof = new StepProof(engine, from, to, ProofVariant.DEFAULTS, new BrokenChangelogs(new PluginChangelogs(), damage));
        ProofFailure failure = assertThrows(ProofFailure.class, proof::run);
        for (String part : mustName) {
            assertTrue(failure.getMessage().contains(part), () -> "expected '" + part + "' in:\n" + failure.getMessage());
        }
    }

    abstract static class Damages {
        abstract Engine engine();

        @Test
        void missingIndexIsCaught() {
            expectCaught(engine(), "5.0", "5.1",
                    BrokenChangelogs.dropIndexCreation("operational/5.0-to-5.1.xml", "IX_PersistedGrants_ConsumedTime"),
                    "table PersistedGrants column ConsumedTime: index IX_PersistedGrants_ConsumedTime", "missing");
        }

        @Test
        void droppedRowIsCaught() {
            expectCaught(engine(), "6.0", "6.1", BrokenChangelogs.appendChangeSet("operational/6.0-to-6.1.xml", "damage-delete-grant",
                            "<sql>DELETE FROM \"PersistedGrants\" WHERE \"Type\" = 'device_code' AND \"Id\" = (SELECT MIN(\"Id\") FROM \"PersistedGrants\" WHERE \"Type\" = 'device_code')</sql>"),
                    "table PersistedGrants", "row Key=", "missing");
        }

        @Test
        void changedValueIsCaught() {
            expectCaught(engine(), "6.1", "6.3", BrokenChangelogs.appendChangeSet("configuration/6.1-to-6.3.xml", "damage-update-client",
                            "<sql>UPDATE \"ClientScopes\" SET \"Scope\" = 'tampered' WHERE \"Id\" = 5</sql>"),
                    "table ClientScopes row Id=5 column Scope: was ", "now tampered");
        }

        @Test
        void wrongTypeIsCaught() {
            expectCaught(engine(), "6.1", "6.3", BrokenChangelogs.appendChangeSet("configuration/6.1-to-6.3.xml", "damage-type",
                            "<sql dbms=\"h2\">ALTER TABLE \"Clients\" ALTER COLUMN \"ClientUri\" SET DATA TYPE CHARACTER VARYING(1000)</sql>"
                            + "<sql dbms=\"postgresql\">ALTER TABLE \"Clients\" ALTER COLUMN \"ClientUri\" TYPE character varying(1000)</sql>"),
                    "table Clients column ClientUri: type expected", "(2000)", "(1000)");
        }
    }

    @Nested
    class OnH2 extends Damages {
        @Override
        Engine engine() {
            return Engine.H2;
        }
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql extends Damages {
        @Override
        Engine engine() {
            return Engine.POSTGRESQL;
        }
    }
}
