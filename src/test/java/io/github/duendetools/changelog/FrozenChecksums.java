package io.github.duendetools.changelog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checked-in table of released checksums ({@code changelog/checksums.txt}, lines {@code <file>::<id>::<dbms> <sum>})
 * held against the checksums of a run. A frozen checksum never changes, not even when regenerating: only the lines of
 * changesets not frozen yet may be appended.
 */
final class FrozenChecksums {

    static final String RESOURCE = "changelog/checksums.txt";

    /**
     * @param problems  frozen changesets that changed or vanished, and, unless regenerating, new ones
     * @param appended  the lines for the new changesets, in key order: what regenerating appends
     */
    record Comparison(List<String> problems, List<String> appended) {
    }

    private FrozenChecksums() {
    }

    static Map<String, String> parse(String table) {
        Map<String, String> frozen = new TreeMap<>();
        for (String line : table.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split(" ");
                frozen.put(parts[0], parts[1]);
            }
        }
        return frozen;
    }

    static Comparison compare(Map<String, String> frozen, Map<String, String> actual, boolean regenerate) {
        List<String> problems = new ArrayList<>();
        frozen.forEach((key, sum) -> {
            if (!actual.containsKey(key)) {
                problems.add(key + " disappeared; released changesets must never change or vanish");
            } else if (!actual.get(key).equals(sum)) {
                problems.add(key + " changed (" + sum + " -> " + actual.get(key)
                        + "); released changesets must never change, add a new changeset instead");
            }
        });
        List<String> appended = new ArrayList<>();
        new TreeMap<>(actual).forEach((key, sum) -> {
            if (!frozen.containsKey(key)) {
                appended.add(key + " " + sum);
                if (!regenerate) {
                    problems.add(key + " is new; freeze it with -Dduende.regenerate=true, which appends it to " + RESOURCE);
                }
            }
        });
        return new Comparison(problems, appended);
    }

    /** Appends {@code lines} to the table, which keeps every line it had. */
    static void append(Path table, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        String text = Files.readString(table, StandardCharsets.UTF_8);
        String joined = String.join("\n", lines) + "\n";
        Files.writeString(table, text.isEmpty() || text.endsWith("\n") ? joined : "\n" + joined, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }
}
