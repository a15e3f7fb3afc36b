package io.github.duendetools.liquibase;

import io.github.duendetools.schema.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Liquibase {@code dbms} attribute read as Liquibase 4.33 reads it: a comma list of short names, each trimmed;
 * {@code all} matches every database and wins over everything, {@code none} then matches none, {@code !x} excludes x,
 * and a list of exclusions only admits every other database. No attribute, or a blank one, matches. On a change the
 * names are compared as written; on a changeset Liquibase lower-cases them first.
 */
public final class DbmsList {

    private DbmsList() {
    }

    /** Whether a change ({@code <sql dbms>}) runs on the database. */
    public static boolean matches(String definition, String shortName) {
        List<String> entries = entries(definition);
        if (entries.contains("all")) {
            return true;
        }
        if (entries.contains("none") || entries.contains("!" + shortName)) {
            return false;
        }
        List<String> admitted = entries.stream().filter(e -> !e.startsWith("!")).toList();
        return admitted.isEmpty() || admitted.contains(shortName);
    }

    /** Whether a changeset ({@code <changeSet dbms>}) runs on the database. */
    public static boolean matchesChangeSet(String definition, String shortName) {
        return matches(definition == null ? null : definition.toLowerCase(Locale.ROOT), shortName);
    }

    /**
     * A changeset entry Liquibase's validation refuses when the changeset runs (an empty entry or an unknown name), as
     * far as the preview can tell: it knows only the databases the plugin writes for, so it refuses any other name.
     */
    public static Optional<String> unknownChangeSetEntry(String definition) {
        String lower = definition == null ? null : definition.toLowerCase(Locale.ROOT);
        return entries(lower).stream().filter(e -> !"all".equals(e) && !"none".equals(e) && !e.startsWith("!")
                && Dialect.forDbms(e).isEmpty()).findFirst();
    }

    /** The trimmed entries; String.split drops trailing empty ones, exactly like Liquibase's splitAndTrim. */
    private static List<String> entries(String definition) {
        List<String> entries = new ArrayList<>();
        if (definition == null || definition.trim().isEmpty()) {
            return entries;
        }
        for (String entry : definition.trim().split(",")) {
            entries.add(entry.trim());
        }
        return entries;
    }
}
