package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge only adds changesets, and only where a step rewrites or indexes a populated PersistedGrants: each opens
 * its step file, runs only with the changelog parameter, is skipped (not recorded) without it, and has an empty
 * rollback; every other changeset keeps its bytes.
 */
class PurgeChangeSetsTest {

    private static final Pattern PURGE = Pattern.compile("\n    <changeSet id=\"[^\"]*-purge-[^\"]*\"[\\s\\S]*?</changeSet>\n");

    @TempDir
    Path dir;

    @Test
    void addsOnlyThePurgeChangesetsAtTheStartOfTheBigTableSteps() throws Exception {
        Path plain = dir.resolve("plain");
        Path purged = dir.resolve("purged");
        new ChangelogGenerator().generate("4.1", "8.0", ChangelogOptions.defaults(plain));
        new ChangelogGenerator().generate("4.1", "8.0", ChangelogOptions.defaults(purged)
                .withPurge(new PurgeOptions(true, false, 0)));

        List<String> withPurge = new ArrayList<>();
        try (Stream<Path> files = Files.walk(purged)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = purged.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                String without = PURGE.matcher(text).replaceAll("");
                assertEquals(Files.readString(plain.resolve(relative)), without, relative);
                if (!without.equals(text)) {
                    withPurge.add(relative);
                }
            }
        }
        assertEquals(List.of("operational/5.0-to-5.1.xml", "operational/6.0-to-6.1.xml"), withPurge);

        String step = Files.readString(purged.resolve("operational/6.0-to-6.1.xml"));
        List<String> ids = ids(step);
        assertEquals(List.of("duende-6.1-operational-purge-expired-grants",
                "duende-6.1-operational-purge-expired-device-codes"), ids.subList(0, 2), "first in the file");
        Matcher m = PURGE.matcher(step);
        assertTrue(m.find());
        String changeSet = m.group();
        assertTrue(changeSet.contains(" labels=\"duende-6.1,duende-purge\" runInTransaction=\"false\" "), changeSet);
        assertTrue(changeSet.contains("<preConditions onFail=\"CONTINUE\""), changeSet);
        assertTrue(changeSet.contains("<changeLogPropertyDefined property=\"duende.purge\" value=\"true\"/>"), changeSet);
        assertTrue(changeSet.contains("        <rollback>\n        </rollback>\n"), changeSet);
        assertEquals(6 + 3, changeSet.split("<sql dbms=").length - 1, "one statement per database family, MySQL's four");
        assertFalse(step.contains("ConsumedTime\" &lt;"), "no consumed purge unless asked for");
    }

    @Test
    void theConsumedPurgeUsesTheDelay() throws Exception {
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir)
                .withPurge(new PurgeOptions(false, true, 600)));
        String step = Files.readString(dir.resolve("operational/6.0-to-6.1.xml"));
        assertEquals(List.of("duende-6.1-operational-purge-consumed-grants"),
                ids(step).stream().filter(id -> id.contains("-purge-")).toList());
        assertTrue(step.contains("now() - INTERVAL '600 seconds'"), step);
        assertTrue(step.contains("DATEADD(SECOND, -600, SYSUTCDATETIME())"), step);
        assertTrue(step.contains("UTC_TIMESTAMP(6) - INTERVAL 600 SECOND"), step);
    }

    @Test
    void aStepFileAlreadyWrittenKeepsItsBytesAndTheRunSaysSo() throws Exception {
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir));
        byte[] before = Files.readAllBytes(dir.resolve("operational/6.0-to-6.1.xml"));
        GeneratedSteps again = new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir)
                .withPurge(new PurgeOptions(true, false, 0)));
        assertEquals(new String(before), Files.readString(dir.resolve("operational/6.0-to-6.1.xml")));
        assertEquals(List.of("operational/6.0-to-6.1.xml is already in the changelog folder and is never rewritten, so"
                + " it does not get the purge changesets asked for"), again.warnings());
    }

    private static List<String> ids(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<changeSet id=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
