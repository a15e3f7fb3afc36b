package io.github.duendetools.changelog;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts this version's rollback checks into a step file already in the folder. A released changeset never changes its
 * checksum, and Liquibase's checksum covers only the forward changes (not the rollback, the preconditions, the
 * comment or XML comments), so the checks can join its rollback; a database that ran the file long ago gets them too.
 * <p>
 * Works on the text, so everything outside the marked block stays byte for byte, line ends included. The checks name
 * tables as this run's options do; they go only into a changeset whose forward changes are exactly the ones this run
 * would write, so a file written with other table names or schema (or edited by hand) never gets a check on a table
 * it does not have: it stays untouched and the caller is told which changeset was left.
 */
final class RollbackChecksInserter {

    private static final String BEGIN = ChangelogXmlWriter.CHECKS_INDENT + ChangelogXmlWriter.CHECKS_BEGIN;
    private static final String END = ChangelogXmlWriter.CHECKS_INDENT + ChangelogXmlWriter.CHECKS_END;

    /** The file's new text (the same string when nothing changed) and the changesets that could not get checks. */
    record Result(String xml, List<String> unmatched) {
        Result {
            unmatched = List.copyOf(unmatched);
        }
    }

    private RollbackChecksInserter() {
    }

    /**
     * {@code xml} with each changeset's checks in a marked block at the start of its rollback; a block from an
     * earlier run is replaced. When any changeset that has checks cannot be matched, {@code xml} is returned as it is.
     */
    static Result insert(String xml, List<ChangeSetSpec> changeSets) {
        String nl = xml.contains("\r\n") ? "\r\n" : "\n";
        String out = xml;
        List<String> unmatched = new ArrayList<>();
        for (ChangeSetSpec cs : changeSets) {
            StringBuilder block = new StringBuilder();
            ChangelogXmlWriter.rollbackChecks(block, cs);
            String checks = block.toString().replace("\n", nl);
            Place place = find(out, cs, nl);
            if (place == null) {
                if (!checks.isEmpty()) {
                    unmatched.add(cs.id());
                }
                continue;
            }
            out = out.substring(0, place.from) + checks + out.substring(place.to);
        }
        return unmatched.isEmpty() ? new Result(out, List.of()) : new Result(xml, unmatched);
    }

    /** Where the changeset's checks belong: its old block, or the empty range after its rollback line. */
    private record Place(int from, int to) {
    }

    private static Place find(String xml, ChangeSetSpec cs, String nl) {
        int start = xml.indexOf("    <changeSet id=\"" + Xml.attr(cs.id()) + "\" ");
        if (start < 0 || xml.indexOf("    <changeSet id=\"" + Xml.attr(cs.id()) + "\" ", start + 1) >= 0) {
            return null;
        }
        int end = xml.indexOf(nl + "    </changeSet>" + nl, start);
        String rollbackLine = "        <rollback>" + nl;
        int rollback = xml.indexOf(nl + rollbackLine, start);
        if (end < 0 || rollback < 0 || rollback > end) {
            return null;
        }
        // The forward changes carry the table names: equal to this run's, the checks name tables the file has.
        String forward = "</comment>" + nl + ChangelogXmlWriter.forward(cs).replace("\n", nl);
        if (!xml.startsWith(forward, rollback + nl.length() - forward.length())) {
            return null;
        }
        int at = rollback + nl.length() + rollbackLine.length();
        int close = xml.indexOf("        </rollback>" + nl, at);
        if (close < 0 || close > end) {
            return null;
        }
        int begin = xml.indexOf(BEGIN + nl, at);
        if (begin < 0 || begin > close) {
            return xml.indexOf(END, at) >= 0 && xml.indexOf(END, at) < close ? null : new Place(at, at);
        }
        int stop = xml.indexOf(END + nl, begin);
        if (stop < 0 || stop > close || (begin != at && xml.charAt(begin - 1) != '\n')) {
            return null;
        }
        return new Place(begin, stop + END.length() + nl.length());
    }
}
