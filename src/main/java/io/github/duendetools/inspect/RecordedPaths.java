package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paths under which Liquibase recorded the plugin's changesets. Liquibase identifies a changeset by id, author and
 * the path of its file as it was reached, so a folder applied once through itself ({@code configuration/6.1.xml}) and
 * once through a parent or the class path ({@code db/changelog/duende/configuration/6.1.xml}) ran every changeset
 * twice. The changesets now name their file's path inside the folder ({@code logicalFilePath}); rows under a longer path
 * are the ones a tool adding a prefix wrote before that, and the next update would run their changesets again.
 */
final class RecordedPaths {

    /** The folder's layout, as the changelog package writes it: three masters, one sub-folder per store. */
    private static final Set<String> MASTERS = Stream.concat(Stream.of(ChangelogFolder.ROOT_MASTER),
            Arrays.stream(Store.values()).map(ChangelogFolder::masterFileName)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> STORE_FOLDERS = Arrays.stream(Store.values()).map(Store::id)
            .collect(Collectors.toUnmodifiableSet());

    private RecordedPaths() {
    }

    /**
     * The file's path inside the changelog folder ({@code operational/6.0-to-6.1.xml}, {@code duende-changelog.xml})
     * for a path Liquibase recorded; the recorded path itself when it is not one of the plugin's files.
     */
    static String insideFolder(String recorded) {
        String p = recorded.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String name = p.substring(slash + 1);
        if (MASTERS.contains(name)) {
            return name;
        }
        if (slash > 0) {
            String folder = p.substring(p.lastIndexOf('/', slash - 1) + 1, slash);
            if (STORE_FOLDERS.contains(folder)) {
                return folder + "/" + name;
            }
        }
        return recorded;
    }

    /** What is wrong with the recorded paths, one line each, with what to do; empty when nothing is. */
    static List<String> problems(List<History.ChangeSetRun> runs, Dialect dialect) {
        Map<String, Set<String>> pathsById = new LinkedHashMap<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (History.ChangeSetRun run : runs) {
            if (run.path() == null) {
                continue;
            }
            pathsById.computeIfAbsent(run.id(), k -> new LinkedHashSet<>()).add(run.path());
            String inside = insideFolder(run.path());
            if (!inside.equals(run.path()) && run.path().endsWith(inside)) {
                prefixes.add(run.path().substring(0, run.path().length() - inside.length()));
            }
        }
        List<String> problems = new ArrayList<>();
        List<String> twice = pathsById.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        if (!twice.isEmpty()) {
            Set<String> example = pathsById.get(twice.get(0));
            problems.add(twice.size() + " changeset" + (twice.size() == 1 ? " is" : "s are")
                    + " recorded under more than one path (" + String.join(" and ", example) + "): the changelog folder"
                    + " was applied through different paths, and each ran them again. Delete the rows of the later run"
                    + " (the higher ORDEREXECUTED) for those changesets, then rename the remaining paths as below");
        }
        for (String prefix : prefixes) {
            problems.add("changesets recorded under the prefix '" + prefix + "': the changelog files name their path"
                    + " inside the folder, so the next update would run them again. Before it, run: "
                    + renameSql(prefix, dialect));
        }
        return problems;
    }

    /** The statement that records the rows under their path inside the folder. */
    private static String renameSql(String prefix, Dialect dialect) {
        Database database = Database.of(dialect);
        String quoted = Database.literal(prefix);
        String rest = database.textAfter("FILENAME", prefix.length());
        // A LIKE pattern would read _ and % in the prefix as wildcards; the left part compared exactly does not.
        String left = database.textStart("FILENAME", prefix.length());
        return "UPDATE DATABASECHANGELOG SET FILENAME = " + rest + " WHERE AUTHOR = '" + ChangelogFolder.AUTHOR + "' AND "
                + left + " = '" + quoted + "'";
    }
}
