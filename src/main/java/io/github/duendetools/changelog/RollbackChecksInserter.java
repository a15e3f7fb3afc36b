package io.github.duendetools.changelog;

import java.util.List;

/**
 * Puts the rollback checks into a step file written before they existed. A released changeset never changes its
 * checksum, and Liquibase's checksum covers only the forward changes (not the rollback, the preconditions or the
 * comment), so the checks can join its rollback; a database that ran the file long ago gets them too. Works on the
 * text, so whatever else the file holds (changesets of an earlier release, a reviewer's comment) stays byte for byte.
 */
final class RollbackChecksInserter {

    private static final String ROLLBACK = "        <rollback>\n";

    private RollbackChecksInserter() {
    }

    /** {@code xml} with each changeset's checks at the start of its rollback, where they are not yet. */
    static String insert(String xml, List<ChangeSetSpec> changeSets) {
        String out = xml;
        for (ChangeSetSpec cs : changeSets) {
            if (cs.rollbackChecks().isEmpty()) {
                continue;
            }
            int start = out.indexOf("    <changeSet id=\"" + Xml.attr(cs.id()) + "\" ");
            int end = start < 0 ? -1 : out.indexOf("    </changeSet>\n", start);
            int rollback = start < 0 ? -1 : out.indexOf(ROLLBACK, start);
            if (rollback < 0 || rollback > end) {
                continue;
            }
            StringBuilder checks = new StringBuilder();
            ChangelogXmlWriter.rollbackChecks(checks, cs);
            int at = rollback + ROLLBACK.length();
            if (!out.startsWith(checks.toString(), at)) {
                out = out.substring(0, at) + checks + out.substring(at);
            }
        }
        return out;
    }
}
