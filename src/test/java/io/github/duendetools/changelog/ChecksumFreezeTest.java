package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.Regeneration;
import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' databases store each changeset's checksum; Liquibase refuses to run when a released changeset changes.
 * This test compares every changeset the generator emits with default options against the checked-in table
 * {@code changelog/checksums.txt}, per database. {@code -Dduende.regenerate=true} ({@link Regeneration}) appends the
 * checksums of new changesets (those of a new Duende step); a frozen one that changed fails all the same.
 */
@Slow
class ChecksumFreezeTest {

    private static final List<String> DATABASES = List.of("mssql", "postgresql", "mysql", "mariadb", "oracle", "sqlite", "h2");

    @TempDir
    Path dir;

    @Test
    void releasedChangesetsNeverChange() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Path root : ChangelogFiles.writeAll(dir)) {
            List<ChangeSet> changeSets = ChangelogFiles.parse(root, ChangelogFolder.ROOT_MASTER);
            // Liquibase sums only the changes meant for the database at hand (and caches the sum), so every
            // database has its own frozen value.
            for (String dbms : DATABASES) {
                Database database = DatabaseFactory.getInstance().getDatabase(dbms);
                Scope.child(Scope.Attr.database.name(), database, () -> {
                    for (ChangeSet cs : changeSets) {
                        cs.clearCheckSum();
                        actual.put(cs.getFilePath() + "::" + cs.getId() + "::" + dbms,
                                cs.generateCheckSum(ChecksumVersion.V9).toString());
                    }
                });
            }
        }
        Map<String, String> frozen;
        try (InputStream in = getClass().getResourceAsStream("/" + FrozenChecksums.RESOURCE)) {
            frozen = FrozenChecksums.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        boolean regenerate = Regeneration.requested();
        FrozenChecksums.Comparison comparison = FrozenChecksums.compare(frozen, actual, regenerate);
        if (!comparison.problems().isEmpty()) {
            fail(comparison.problems().size() + " checksum problem(s):\n" + String.join("\n", comparison.problems()));
        }
        if (regenerate) {
            FrozenChecksums.append(Regeneration.projectFile("src/test/resources/" + FrozenChecksums.RESOURCE), comparison.appended());
        }
        assertTrue(frozen.size() > 7 * 600, "the table covers every step and baseline: " + frozen.size());
    }

    @Test
    void everyChangesetHasPreconditionsRollbackAndComment() throws Exception {
        int checked = 0;
        for (Path root : ChangelogFiles.writeAll(dir)) {
            for (ChangeSet cs : ChangelogFiles.parse(root, ChangelogFolder.ROOT_MASTER)) {
                assertEquals("duende-maven-plugin", cs.getAuthor());
                assertTrue(cs.getLabels().toString().startsWith("duende-"), cs.getId());
                if (cs.getId().endsWith("-tag")) {
                    continue;
                }
                assertTrue(cs.getPreconditions() != null && !cs.getPreconditions().getNestedPreconditions().isEmpty(),
                        cs.getId() + " has preconditions");
                assertTrue(!cs.getRollback().getChanges().isEmpty(), cs.getId() + " has a rollback");
                assertTrue(cs.getComments() != null && !cs.getComments().isBlank(), cs.getId() + " has a comment");
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked);
        assertTrue(Files.exists(dir.resolve("steps/operational/6.0-to-6.1.xml")));
    }
}
