package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On MariaDB the 6.1 key move and IX_PersistedGrants_Key are built in one table copy by a changeset of their own; the
 * two released changesets it stands for are then marked ran. (The matrix proves schema, rows and rollback.)
 */
@Slow
@RequiresServer(Engine.MARIADB)
class MariadbKeyMoveTest {

    @TempDir
    Path dir;

    @Test
    void oneTableCopyDoesTheKeyMoveAndTheIndex() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.MARIADB)) {
            new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir.resolve("base")));
            new LiquibaseRunner(dir.resolve("base"), ChangelogSource.MASTER).update(db);
            db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`)"
                    + " SELECT sha2(seq, 256), 'refresh_token', 'client', now(), 'x' FROM seq_1_to_5000");
            new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir.resolve("steps")));
            new LiquibaseRunner(dir.resolve("steps"), ChangelogSource.MASTER).update(db);

            Map<String, String> ran = LiquibaseRunner.execTypes(db);
            assertEquals("EXECUTED", ran.get("duende-6.1-operational-persistedgrants-id-pk-one-pass"), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-persistedgrants-id-pk"), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-ix-persistedgrants-key"), ran.toString());
            assertEquals(5000, db.count("SELECT COUNT(DISTINCT `Id`) FROM `PersistedGrants`"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'PersistedGrants' AND INDEX_NAME = 'IX_PersistedGrants_Key' AND NON_UNIQUE = 0"));
        }
    }
}
