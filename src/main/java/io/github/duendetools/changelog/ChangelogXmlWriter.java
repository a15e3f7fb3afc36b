package io.github.duendetools.changelog;

import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Dialect;
import java.util.List;
import java.util.Map;

/**
 * Writes changelog XML by hand so that the output is byte-stable: fixed attribute order, four-space indent,
 * LF line ends, trailing newline, no timestamps.
 */
final class ChangelogXmlWriter {

    /**
     * The XML schema the files declare. Liquibase validates a changelog against the schema it names and, with
     * {@code secureParsing} on (its default), only reads schemas from its own jar: every release from 4.9 to 4.33
     * ships this one, byte for byte the same, while newer names ({@code dbchangelog-4.33.xsd}, and
     * {@code dbchangelog-latest.xsd}, absent before 4.10) fail on the older releases. Nothing the plugin writes needs
     * a later schema.
     */
    static final String XSD = "dbchangelog-4.9.xsd";
    private static final String HEADER_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog\n"
            + "        xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/";
    /** The header the files of the first releases carry: no logical path, a schema only Liquibase 4.33 ships. */
    static final String RELEASED_HEADER = HEADER_START + "dbchangelog-4.33.xsd\">\n";
    /**
     * Every changeset's preconditions and statements name the databases they know; on any other database they would
     * all be marked ran with nothing executed, so each file refuses to run there.
     */
    private static final String DBMS_GUARD = "    <preConditions onFail=\"HALT\" onFailMessage=\"The Duende changelogs support "
            + "only these databases: " + supportedDbms() + "\">\n"
            + "        <dbms type=\"" + supportedDbms() + "\"/>\n"
            + "    </preConditions>\n";
    private static final String FOOTER = "</databaseChangeLog>\n";
    /** The markers around a rollback's checks; never reworded, a later migrate finds the block by them. */
    static final String CHECKS_BEGIN = "<!-- duende rollback checks: migrate replaces the lines up to the end marker -->";
    static final String CHECKS_END = "<!-- end of duende rollback checks -->";
    static final String CHECKS_INDENT = "            ";

    private ChangelogXmlWriter() {
    }

    /** The opening of every file: the schema every supported Liquibase reads from its own jar. */
    static final String HEADER = HEADER_START + XSD + "\">\n";

    /**
     * {@code xml} with every changeset of the plugin's naming {@code logicalPath}, its path inside the changelog folder,
     * and with the header of this version in place of a first release's; in the file's own line ends. Liquibase
     * identifies a changeset by id, author and the path of its file as the file was reached
     * ({@code configuration/6.1.xml} through the folder, {@code db/changelog/duende/configuration/6.1.xml} through the
     * class path); the changeset's own logical path makes it the path inside the folder, however the folder is
     * reached. It is set on each changeset, not on the file: Liquibase 4.33 follows a file-wide one into a look-up of
     * the history that fails on an offline history file (a NullPointerException in offline {@code rollback-sql}).
     * Neither the header nor a logical path is part of a checksum, so a file written by an earlier release keeps its
     * changesets' checksums; what changes is the path they are recorded under (see README on databases that ran them
     * through another path).
     */
    static String withLogicalPaths(String xml, String logicalPath) {
        String nl = xml.contains("\r\n") ? "\r\n" : "\n";
        String released = RELEASED_HEADER.replace("\n", nl);
        String text = xml.startsWith(released) ? HEADER.replace("\n", nl) + xml.substring(released.length()) : xml;
        String opening = "    <changeSet id=\"";
        String ours = "\" author=\"" + ChangelogFolder.AUTHOR + "\"";
        String attribute = " logicalFilePath=\"" + Xml.attr(logicalPath) + "\"";
        StringBuilder out = new StringBuilder(text.length() + 4096);
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(at, end);
            String body = line.stripTrailing();
            if (body.startsWith(opening) && body.contains(ours) && body.endsWith("\">")
                    && !body.contains(" logicalFilePath=")) {
                line = body.substring(0, body.length() - 1) + attribute + ">" + line.substring(body.length());
            }
            out.append(line);
            at = end;
        }
        return out.toString();
    }

    /** @param logicalPath the file's path inside the changelog folder, with {@code /} */
    static String changelog(String logicalPath, List<ChangeSetSpec> changeSets, String label, String tag) {
        StringBuilder sb = new StringBuilder(HEADER).append(DBMS_GUARD);
        for (ChangeSetSpec cs : changeSets) {
            changeSet(sb, cs);
        }
        tagChangeSet(sb, tag, label);
        return withLogicalPaths(sb.append(FOOTER).toString(), logicalPath);
    }

    /** A master changelog around {@code body}: includes and the masters' own changesets. */
    static String master(String logicalPath, String body) {
        return withLogicalPaths(HEADER + DBMS_GUARD + body + FOOTER, logicalPath);
    }

    static void include(StringBuilder sb, String file) {
        sb.append("    <include file=\"").append(Xml.attr(file)).append("\" relativeToChangelogFile=\"true\"/>\n");
    }

    /** The changeset {@code <tag>-tag} that tags the database; Liquibase allows nothing else beside a tagDatabase. */
    static void tagChangeSet(StringBuilder sb, String tag, String label) {
        sb.append('\n');
        sb.append("    <changeSet id=\"").append(Xml.attr(tag)).append("-tag\" author=\"").append(ChangelogFolder.AUTHOR)
                .append("\" labels=\"").append(Xml.attr(label)).append("\">\n");
        sb.append("        <tagDatabase tag=\"").append(Xml.attr(tag)).append("\"/>\n");
        sb.append("    </changeSet>\n");
    }

    /** A changeset that changes nothing (Liquibase records it as "empty" and has nothing to roll back). */
    static void emptyChangeSet(StringBuilder sb, String id, String label, String comment) {
        sb.append('\n');
        sb.append("    <changeSet id=\"").append(Xml.attr(id)).append("\" author=\"").append(ChangelogFolder.AUTHOR)
                .append("\" labels=\"").append(Xml.attr(label)).append("\">\n");
        sb.append("        <comment>").append(Xml.text(comment)).append("</comment>\n");
        sb.append("    </changeSet>\n");
    }

    private static String supportedDbms() {
        return java.util.Arrays.stream(Dialect.values()).map(Dialect::dbms).collect(java.util.stream.Collectors.joining(","));
    }

    private static void changeSet(StringBuilder sb, ChangeSetSpec cs) {
        sb.append('\n');
        sb.append("    <changeSet id=\"").append(Xml.attr(cs.id())).append("\" author=\"").append(ChangelogFolder.AUTHOR)
                .append("\" labels=\"").append(Xml.attr(cs.label()));
        // Absent unless set, so that the changesets released before these attributes existed keep their bytes.
        if (cs.dbms() != null) {
            sb.append("\" dbms=\"").append(Xml.attr(cs.dbms()));
        }
        if (!cs.runInTransaction()) {
            sb.append("\" runInTransaction=\"false");
        }
        sb.append("\" objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\">\n");
        sb.append("        <preConditions onFail=\"").append(cs.onFail()).append('"');
        if (cs.onFailMessage() != null) {
            sb.append(" onFailMessage=\"").append(Xml.attr(cs.onFailMessage())).append('"');
        }
        if (cs.onError() != null) {
            sb.append(" onError=\"").append(cs.onError()).append('"');
        }
        // Tested in update-sql as in update, so that a live update-sql prints what update would run.
        sb.append(" onSqlOutput=\"TEST\">\n");
        // One condition per line, so a reviewer can read which check guards which database.
        for (String line : cs.preconditions().split("\n")) {
            if (!line.isBlank()) {
                sb.append("            ").append(line).append('\n');
            }
        }
        sb.append("        </preConditions>\n");
        sb.append("        <comment>").append(Xml.text(cs.comment())).append("</comment>\n");
        statements(sb, cs.forward(), "        ");
        sb.append("        <rollback>\n");
        rollbackChecks(sb, cs);
        statements(sb, cs.rollback(), "            ");
        sb.append("        </rollback>\n");
        sb.append("    </changeSet>\n");
    }

    /**
     * The checks that open a changeset's rollback, between two marker comments (none without checks): a later migrate
     * finds the block by its markers and replaces it, so a reworded check never stacks on the old one. Comments and
     * the rollback are outside Liquibase's checksum.
     */
    static void rollbackChecks(StringBuilder sb, ChangeSetSpec cs) {
        if (cs.rollbackChecks().isEmpty()) {
            return;
        }
        sb.append(CHECKS_INDENT).append(CHECKS_BEGIN).append('\n');
        for (DbmsStatement check : cs.rollbackChecks()) {
            sql(sb, CHECKS_INDENT, check.dbms(), check.sql());
        }
        sb.append(CHECKS_INDENT).append(CHECKS_END).append('\n');
    }

    /** The forward statements of a changeset, the lines between its comment and its rollback. */
    static String forward(ChangeSetSpec cs) {
        StringBuilder sb = new StringBuilder();
        statements(sb, cs.forward(), "        ");
        return sb.toString();
    }

    /** One {@code <sql>} per statement, so no dialect's splitter ever cuts a statement (SQL Server batches). */
    private static void statements(StringBuilder sb, Map<Dialect, List<String>> byDialect, String indent) {
        for (Dialect d : Dialect.values()) {
            for (String statement : byDialect.getOrDefault(d, List.of())) {
                sql(sb, indent, d.dbms(), statement);
            }
        }
    }

    private static void sql(StringBuilder sb, String indent, String dbms, String statement) {
        sb.append(indent).append("<sql dbms=\"").append(dbms).append("\" splitStatements=\"false\">")
                .append(Xml.text(statement)).append("</sql>\n");
    }
}
