package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import io.github.duendetools.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The table and schema names a run writes into SQL and XML, checked before anything is rendered. Quotes, semicolons
 * and comment markers are fine: every identifier is quoted and every literal escaped for its database. Refused are
 * the names no escaping makes safe everywhere, and names that would put two tables in one place.
 */
final class TableNameCheck {
    /** PostgreSQL keeps the first 63 bytes of an identifier and drops the rest without a word; MySQL allows 64 characters. */
    static final int MAX_NAME_BYTES = 63;

    private TableNameCheck() {
    }

    static void check(ChangelogOptions options, DuendeSchema schema) throws InputException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : options.tableNames().entrySet()) {
            String problem = problem(e.getValue());
            if (problem != null) {
                problems.add("duende.tableNames: " + e.getKey() + " = " + shown(e.getValue()) + " " + problem);
            }
        }
        String[][] schemas = {{"duende.schema", options.defaultSchema()},
            {"duende.configurationSchema", options.configurationSchema()},
            {"duende.operationalSchema", options.operationalSchema()}};
        for (String[] s : schemas) {
            String problem = s[1] == null || s[1].isEmpty() ? null : problem(s[1]);
            if (problem != null) {
                problems.add(s[0] + " = " + shown(s[1]) + " " + problem);
            }
        }
        problems.addAll(collisions(options, schema));
        if (!problems.isEmpty()) {
            throw new InputException(null, 0, "refusing these names before writing anything: " + String.join("; ", problems));
        }
    }

    /** Why {@code name} cannot be written safely on every database, or null. */
    static String problem(String name) {
        if (name.isBlank()) {
            return "is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return "contains the control character U+" + String.format("%04X", (int) c)
                        + ", which an XML changelog cannot hold";
            }
            if (c == '\\') {
                return "contains a backslash, which MySQL and MariaDB read as an escape in a string literal (unless"
                        + " NO_BACKSLASH_ESCAPES is set): no literal means this name on every server";
            }
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            return "is " + bytes + " bytes long; PostgreSQL keeps only the first " + MAX_NAME_BYTES;
        }
        return null;
    }

    /** Two Duende tables that would be one table: same name (letter case aside, as SQL Server compares) and schema. */
    private static List<String> collisions(ChangelogOptions options, DuendeSchema schema) {
        Map<String, String> byPlace = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Store store : Store.values()) {
            TreeSet<String> tables = new TreeSet<>();
            for (String generation : schema.generations()) {
                for (Table t : schema.stateAt(store, generation).tables()) {
                    tables.add(t.name());
                }
            }
            String storeSchema = options.schema(store);
            for (String logical : tables) {
                String name = options.tableNames().getOrDefault(logical, logical);
                String place = (storeSchema == null ? "" : storeSchema.toLowerCase(Locale.ROOT)) + "\u0000"
                        + name.toLowerCase(Locale.ROOT);
                String other = byPlace.putIfAbsent(place, logical);
                if (other != null && !other.equals(logical)) {
                    problems.add("duende.tableNames: " + other + " and " + logical + " would both be table " + shown(name)
                            + (storeSchema == null ? "" : " in schema " + shown(storeSchema)));
                }
            }
        }
        return problems;
    }

    /** A name as a message shows it: quoted, control characters escaped so that it cannot forge a log line. */
    private static String shown(String name) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < name.length() && i < 120; i++) {
            char c = name.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04X", (int) c) : c);
        }
        return sb.append(name.length() > 120 ? "...'" : "'").toString();
    }
}
