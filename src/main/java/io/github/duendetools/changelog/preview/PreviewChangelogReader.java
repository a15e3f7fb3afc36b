package io.github.duendetools.changelog.preview;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import io.github.duendetools.liquibase.DbmsList;
import io.github.duendetools.schema.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a changelog, and the files it includes in place, into the changesets Liquibase's offline SQL is made of.
 * It accepts what the plugin writes ({@code <sql>} with {@code splitStatements="false"}, {@code <tagDatabase>},
 * {@code <comment>}, preconditions, rollbacks, includes) and refuses, naming file and line, anything that would make
 * Liquibase print something this reader does not reproduce: a preview that differs from what Liquibase would run is
 * worse than none.
 */
final class PreviewChangelogReader {

    private static final Set<String> NO_ATTRIBUTES = Set.of();
    private static final Set<String> CHANGELOG_ATTRIBUTES = Set.of("objectQuotingStrategy", "context", "contextFilter",
            "logicalFilePath");
    /** Attributes that leave offline output against an empty history alone (runOrder, ignore, runWith do not). */
    private static final Set<String> CHANGESET_ATTRIBUTES = Set.of("id", "author", "labels", "context", "contextFilter",
            "dbms", "runOnChange", "runAlways", "failOnError", "onValidationFail", "runInTransaction",
            "objectQuotingStrategy", "created", "logicalFilePath");
    private static final Set<String> INCLUDE_ATTRIBUTES = Set.of("file", "relativeToChangelogFile", "context",
            "contextFilter", "labels");
    private static final Set<String> PRECONDITION_ATTRIBUTES = Set.of("onFail", "onError", "onFailMessage",
            "onErrorMessage", "onSqlOutput");
    private static final Set<String> SQL_ATTRIBUTES = Set.of("dbms", "splitStatements", "stripComments");

    private final Path root;
    private final List<PreviewChangeSet> changeSets = new ArrayList<>();
    private final Set<String> identities = new HashSet<>();
    private final Deque<String> reading = new ArrayDeque<>();

    private PreviewChangelogReader(Path root) {
        this.root = root;
    }

    /** Every changeset of {@code file} (a path inside {@code root}) and of the files it includes, in run order. */
    static List<PreviewChangeSet> read(Path root, String file) throws InputException {
        String path = ChangelogPath.normalize(file);
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("not a changelog path inside " + root + ": " + file);
        }
        PreviewChangelogReader reader = new PreviewChangelogReader(root);
        reader.readFile(path, root.resolve(path));
        return List.copyOf(reader.changeSets);
    }

    private void readFile(String path, Path file) throws InputException {
        reading.push(path);
        try {
            HardenedXml.parse(file, new FileHandler(path), "cannot preview this changelog");
        } finally {
            reading.pop();
        }
    }

    /** One file's parse. Elements the output ignores (preconditions, rollbacks) are skipped as whole subtrees. */
    private final class FileHandler extends DefaultHandler {
        private final String path;
        /** The path Liquibase records and prints for the file's changesets: its logicalFilePath, else its path. */
        private String logicalPath;
        /** The changeset's own logicalFilePath, else the file's. */
        private String changeSetPath;
        private final Deque<String> open = new ArrayDeque<>();
        private Locator locator;
        private int skipped;
        private StringBuilder text;
        private String id;
        private String author;
        private String changeSetDbms;
        private String comment;
        private String sqlDbms;
        private List<PreviewChangeSet.Sql> sql;
        /** The changeset's preconditions Liquibase tests in update-sql, while they are being read. */
        private OfflinePreconditions.Builder tested;
        /** What the changeset's tested preconditions do when they fail. */
        private String onFail;
        /** Whether the changeset's preconditions fail offline with CONTINUE: Liquibase then prints its header only. */
        private boolean skippedOffline;

        FileHandler(String path) {
            this.path = path;
            this.logicalPath = path;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (skipped > 0) {
                skipped++;
                return;
            }
            if (tested != null) {
                startTested(local, atts);
                return;
            }
            String parent = open.peek();
            if (parent == null) {
                startChangelog(local, atts);
            } else if ("databaseChangeLog".equals(parent)) {
                startTopLevel(local, atts);
            } else if ("changeSet".equals(parent)) {
                startChange(local, atts);
            } else {
                throw unsupported("<" + local + "> inside <" + parent + ">");
            }
            if (skipped == 0) {
                open.push(local);
            }
        }

        private void startChangelog(String local, Attributes atts) throws SAXException {
            if (!"databaseChangeLog".equals(local)) {
                throw invalid("not a Liquibase changelog: the root element is <" + local + ">");
            }
            allowOnly(local, atts, CHANGELOG_ATTRIBUTES);
            if (atts.getValue("logicalFilePath") != null) {
                logicalPath = atts.getValue("logicalFilePath");
            }
        }

        private void startTopLevel(String local, Attributes atts) throws SAXException {
            switch (local) {
                case "preConditions" -> skipPreconditions(atts);
                case "changeSet" -> startChangeSet(atts);
                case "include" -> {
                    allowOnly(local, atts, INCLUDE_ATTRIBUTES);
                    String file = required(local, atts, "file");
                    include(file, "true".equalsIgnoreCase(atts.getValue("relativeToChangelogFile")));
                    skipped = 1;
                }
                default -> throw unsupported("<" + local + "> in a changelog");
            }
        }

        private void startChangeSet(Attributes atts) throws SAXException {
            allowOnly("changeSet", atts, CHANGESET_ATTRIBUTES);
            id = required("changeSet", atts, "id");
            author = required("changeSet", atts, "author");
            changeSetPath = atts.getValue("logicalFilePath") != null ? atts.getValue("logicalFilePath") : logicalPath;
            changeSetDbms = literal(atts.getValue("dbms"));
            Optional<String> unknown = DbmsList.unknownChangeSetEntry(changeSetDbms);
            if (unknown.isPresent()) {
                throw invalid("changeset " + id + " has dbms=\"" + changeSetDbms + "\", which names '" + unknown.get()
                        + "': Liquibase refuses unknown names, and the preview knows only the databases it renders");
            }
            comment = null;
            sql = new ArrayList<>();
            skippedOffline = false;
        }

        private void startChange(String local, Attributes atts) throws SAXException {
            switch (local) {
                case "comment" -> {
                    allowOnly(local, atts, NO_ATTRIBUTES);
                    if (comment != null) {
                        throw unsupported("a second <comment> in changeset " + id);
                    }
                    text = new StringBuilder();
                }
                case "sql" -> {
                    allowOnly(local, atts, SQL_ATTRIBUTES);
                    // Liquibase splits statements itself unless told not to, and strips comments when told to.
                    if (!"false".equals(atts.getValue("splitStatements"))) {
                        throw unsupported("<sql> without splitStatements=\"false\"");
                    }
                    if (atts.getValue("stripComments") != null && !"false".equals(atts.getValue("stripComments"))) {
                        throw unsupported("<sql stripComments=\"" + atts.getValue("stripComments") + "\">");
                    }
                    sqlDbms = literal(atts.getValue("dbms"));
                    text = new StringBuilder();
                }
                case "tagDatabase" -> {
                    // Offline, the tag only goes into Liquibase's own history table, which the preview leaves out.
                    allowOnly(local, atts, Set.of("tag"));
                    skipped = 1;
                }
                case "preConditions" -> startPreconditions(atts);
                case "rollback", "validCheckSum" -> skipped = 1;
                default -> throw unsupported("<" + local + "> (the preview renders <sql> and <tagDatabase> only)");
            }
        }

        /** A changeset's preconditions: skipped in update-sql, unless onSqlOutput="TEST" asks Liquibase to test them. */
        private void startPreconditions(Attributes atts) throws SAXException {
            if ("TEST".equals(atts.getValue("onSqlOutput"))) {
                allowOnly("preConditions", atts, PRECONDITION_ATTRIBUTES);
                tested = new OfflinePreconditions.Builder();
                onFail = atts.getValue("onFail");
            } else {
                skipPreconditions(atts);
            }
        }

        private void startTested(String local, Attributes atts) throws SAXException {
            if (!OfflinePreconditions.ELEMENTS.contains(local)) {
                throw unsupported("<" + local + "> in preconditions tested in update-sql");
            }
            String value = switch (local) {
                case "dbms" -> {
                    allowOnly(local, atts, Set.of("type"));
                    yield literal(atts.getValue("type"));
                }
                case "changeLogPropertyDefined" -> {
                    allowOnly(local, atts, Set.of("property", "value"));
                    if (atts.getValue("property") == null || atts.getValue("value") == null) {
                        throw unsupported("<changeLogPropertyDefined> without a property and a value, in preconditions"
                                + " tested in update-sql,");
                    }
                    // Any other property is one the preview's run is not given, whose check therefore fails.
                    yield "database.databaseProductName".equals(atts.getValue("property"))
                            ? literal(atts.getValue("value")) : null;
                }
                case "sqlCheck" -> {
                    allowOnly(local, atts, Set.of("expectedResult"));
                    yield null;
                }
                default -> {
                    allowOnly(local, atts, NO_ATTRIBUTES);
                    yield null;
                }
            };
            tested.start(local, value);
        }

        /**
         * Offline, Liquibase prints a tested changeset's SQL only where its preconditions pass without a database, and
         * only the header and comment of one whose preconditions fail everywhere with CONTINUE.
         */
        private void requirePassOffline(OfflinePreconditions.Node container) throws SAXException {
            if ("CONTINUE".equals(onFail) && failsEverywhere(container)) {
                skippedOffline = true;
                return;
            }
            for (Dialect d : Dialect.values()) {
                for (String dbms : d.databaseNames()) {
                    if (!DbmsList.matchesChangeSet(changeSetDbms, dbms)) {
                        continue;
                    }
                    OfflinePreconditions.Outcome outcome = OfflinePreconditions.check(container, dbms);
                    if (outcome != OfflinePreconditions.Outcome.PASS) {
                        throw unsupported("preconditions of changeset " + id + " tested in update-sql that "
                                + (outcome == OfflinePreconditions.Outcome.FAIL ? "fail" : "reach a sqlCheck")
                                + " offline on " + dbms + ",");
                    }
                }
            }
        }

        private boolean failsEverywhere(OfflinePreconditions.Node container) {
            for (String dbms : Dialect.shortNames()) {
                if (DbmsList.matchesChangeSet(changeSetDbms, dbms)
                        && OfflinePreconditions.check(container, dbms) != OfflinePreconditions.Outcome.FAIL) {
                    return false;
                }
            }
            return true;
        }

        /** In updateSql mode Liquibase skips preconditions unless onSqlOutput asks it to test or fail them. */
        private void skipPreconditions(Attributes atts) throws SAXException {
            allowOnly("preConditions", atts, PRECONDITION_ATTRIBUTES);
            String onSqlOutput = atts.getValue("onSqlOutput");
            if (onSqlOutput != null && !"IGNORE".equals(onSqlOutput)) {
                throw unsupported("<preConditions onSqlOutput=\"" + onSqlOutput + "\">");
            }
            skipped = 1;
        }

        private void include(String file, boolean relative) throws SAXException {
            String included = ChangelogPath.include(path, file, relative);
            if (included == null) {
                throw invalid("include of " + file + ": not a relative path inside the changelog folder");
            }
            if (reading.contains(included)) {
                throw invalid("include of " + included + ": that file is already being read (an include cycle)");
            }
            Path target = root.resolve(included);
            if (!Files.isRegularFile(target)) {
                throw invalid("include of " + included + ": no such file");
            }
            try {
                readFile(included, target);
            } catch (InputException e) {
                // the included file's own failure, with its own file and line, goes out unchanged
                throw new SAXException(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (skipped > 0) {
                skipped--;
                return;
            }
            if (tested != null) {
                OfflinePreconditions.Node container = tested.end();
                if (container == null) {
                    return;
                }
                tested = null;
                requirePassOffline(container);
            }
            open.pop();
            switch (local) {
                case "comment" -> comment = literal(text.toString());
                case "sql" -> sql.add(new PreviewChangeSet.Sql(sqlDbms, statement(text.toString())));
                case "changeSet" -> addChangeSet();
                default -> {
                    // the changelog's end; includes and skipped elements were handled at their start
                }
            }
            text = null;
        }

        private String statement(String value) throws SAXException {
            if (value.trim().isEmpty()) {
                throw invalid("empty <sql> in changeset " + id + " (Liquibase refuses it)");
            }
            return literal(value);
        }

        private void addChangeSet() throws SAXException {
            PreviewChangeSet changeSet = new PreviewChangeSet(changeSetPath, id, author, changeSetDbms, comment, sql);
            if (!identities.add(changeSet.identity())) {
                throw invalid("changeset " + changeSet.identity() + " appears twice (Liquibase refuses duplicates)");
            }
            changeSets.add(skippedOffline ? changeSet.withoutSql() : changeSet);
        }

        private String required(String element, Attributes atts, String name) throws SAXException {
            String value = atts.getValue(name);
            if (value == null || value.isEmpty()) {
                throw invalid("<" + element + "> without " + name);
            }
            return literal(value);
        }

        /**
         * Liquibase replaces {@code ${name}} with changelog parameters, environment variables and system properties
         * of the machine that runs it; the preview cannot know those, so it shows no SQL rather than the wrong SQL.
         */
        private String literal(String value) throws SAXException {
            if (value != null && value.contains("${")) {
                throw invalid("'${' in \"" + value.strip() + "\": Liquibase substitutes a property there when it runs,"
                        + " so the preview cannot show what it would run");
            }
            return value;
        }

        /** Attributes in another namespace (xsi:schemaLocation) never reach the output. */
        private void allowOnly(String element, Attributes atts, Set<String> allowed) throws SAXException {
            for (int i = 0; i < atts.getLength(); i++) {
                if (atts.getURI(i).isEmpty() && !allowed.contains(atts.getLocalName(i))) {
                    throw unsupported("<" + element + " " + atts.getLocalName(i) + "=\"" + atts.getValue(i) + "\">");
                }
            }
        }

        private SAXParseException unsupported(String what) {
            return invalid(what + " changes Liquibase's output in a way the preview does not reproduce");
        }

        private SAXParseException invalid(String problem) {
            return new SAXParseException(problem, locator);
        }
    }
}
