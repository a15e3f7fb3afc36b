package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lowLock} option adds MySQL/MariaDB changesets in front of the ones they stand for and PostgreSQL's low-lock
 * changesets exactly as {@code postgresLowLock} writes them; every other changeset keeps its bytes and place.
 */
class MySqlLowLockChangelogTest {

    @TempDir
    Path dir;

    @Test
    void addsMySqlChangesetsBeforeTheReleasedOnesAndPostgresOnesAsTheirOwnOptionDoes() throws Exception {
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("pg")).withPostgresLowLock(true));
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("all")).withLowLock(true));
        int added = 0;
        for (Store store : Store.values()) {
            for (String file : ChangelogCoverage.read(dir.resolve("pg")).includes(store)) {
                Map<String, String> pg = changeSets(dir.resolve("pg").resolve(file));
                Map<String, String> all = changeSets(dir.resolve("all").resolve(file));
                List<String> ids = new ArrayList<>(all.keySet());
                List<String> others = new ArrayList<>();
                for (Map.Entry<String, String> cs : all.entrySet()) {
                    if (cs.getKey().contains(MySqlLowLock.SUFFIX)) {
                        added++;
                        assertTrue(cs.getValue().contains(" dbms=\"mysql,mariadb\""), cs.getKey());
                        String standsFor = cs.getKey().substring(0, cs.getKey().indexOf(MySqlLowLock.SUFFIX));
                        assertTrue(pg.containsKey(standsFor), cs.getKey() + " stands for a released changeset");
                        assertTrue(ids.indexOf(cs.getKey()) < ids.indexOf(standsFor), cs.getKey() + " runs first");
                    } else {
                        others.add(cs.getKey());
                        assertEquals(pg.get(cs.getKey()), cs.getValue(), file + ": " + cs.getKey());
                    }
                }
                assertEquals(new ArrayList<>(pg.keySet()), others, file);
            }
        }
        // The 6.1 key move and the 7.0 widening (two each), and the 5.0, 6.0 and 6.1 indexes on existing tables.
        assertTrue(added >= 4 + 15, "MySQL low-lock changesets: " + added);
    }

    @Test
    void theKeyMoveGoesThroughAShadowTableAndComesBeforeTheOnePassCopy() throws Exception {
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir).withLowLock(true));
        Map<String, String> cs = changeSets(dir.resolve("operational/6.0-to-6.1.xml"));
        String prefix = "duende-6.1-operational-persistedgrants-id-pk";
        assertEquals(List.of(prefix + MySqlLowLock.SUFFIX + "-copy", prefix + MySqlLowLock.SUFFIX + "-cleanup",
                prefix + "-one-pass"), new ArrayList<>(cs.keySet()).subList(0, 3));
        String copy = cs.get(prefix + MySqlLowLock.SUFFIX + "-copy");
        assertTrue(copy.contains("runInTransaction=\"false\""));
        assertTrue(copy.contains("CREATE TABLE IF NOT EXISTS `PersistedGrants_new`"));
        // Every final index, with the released names, is in the shadow before a row is copied.
        assertTrue(copy.contains("UNIQUE INDEX `IX_PersistedGrants_Key` (`Key`)"));
        assertTrue(copy.contains("INDEX `IX_PersistedGrants_ConsumedTime` (`ConsumedTime`)"));
        for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
            assertTrue(copy.contains("CREATE TRIGGER IF NOT EXISTS `PersistedGrants_copy_" + event.toLowerCase()
                    + "` AFTER " + event + " ON `PersistedGrants`"), event);
        }
        assertTrue(copy.contains("LOCK IN SHARE MODE"));
        assertTrue(copy.contains("RENAME TABLE `PersistedGrants` TO `PersistedGrants_old`, `PersistedGrants_new` TO"
                + " `PersistedGrants`"));
        assertTrue(cs.get(prefix + MySqlLowLock.SUFFIX + "-cleanup").contains("DROP TABLE IF EXISTS `PersistedGrants_old`"));
        assertTrue(cs.get("duende-6.1-operational-ix-persistedgrants-key" + MySqlLowLock.SUFFIX).contains(
                "ADD UNIQUE INDEX `IX_PersistedGrants_Key` (`Key`), ALGORITHM=INPLACE, LOCK=NONE"));
    }

    @Test
    void theWideningKeepsTheIdsAndGoesThroughAShadowTable() throws Exception {
        new ChangelogGenerator().generate("6.3", "7.0", ChangelogOptions.defaults(dir).withLowLock(true));
        Map<String, String> cs = changeSets(dir.resolve("operational/6.3-to-7.0.xml"));
        String copy = cs.get("duende-7.0-operational-serversidesessions-id-long" + MySqlLowLock.SUFFIX + "-copy");
        assertTrue(copy.contains("`Id` bigint NOT NULL AUTO_INCREMENT"), copy);
        // The Id itself is copied, so every session keeps its number.
        assertTrue(copy.contains("INSERT IGNORE INTO `ServerSideSessions_new` (`Id`, "), copy);
        assertTrue(copy.contains("DELETE FROM `ServerSideSessions_new` WHERE `Id` = OLD.`Id`"), copy);
    }

    @Test
    void theOptionIsOffByDefault() throws Exception {
        new ChangelogGenerator().generate("4.1", "8.0", ChangelogOptions.defaults(dir).withPostgresLowLock(true));
        PostgresLowLockChangelogTest.noFileContains(dir, MySqlLowLock.SUFFIX);
    }

    private static Map<String, String> changeSets(Path file) throws Exception {
        return PostgresLowLockChangelogTest.changeSets(file);
    }
}
