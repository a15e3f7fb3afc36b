package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Runs the whole proof on a hand-made changelog: the harness must pass a correct changelog on every engine. */
@Slow
class HarnessSelfTest {

    static void prove(Engine engine) throws Exception {
        StepProof proof = new StepProof(engine, "5.0", "5.1", ProofVariant.DEFAULTS, new HandMadeChangelogs());
        proof.run();
        assertTrue(proof.verified().size() >= 7, () -> "checks done: " + proof.verified());
    }

    @Nested
    class OnH2 {
        @Test
        void correctChangelogPasses() throws Exception {
            prove(Engine.H2);
        }
    }

    @Nested
    class OnSqlite {
        @Test
        void correctChangelogPasses() throws Exception {
            prove(Engine.SQLITE);
        }
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void correctChangelogPasses() throws Exception {
            prove(Engine.POSTGRESQL);
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @Test
        void correctChangelogPasses() throws Exception {
            prove(Engine.MARIADB);
        }
    }
}
