package io.github.duendetools.changelog;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.GenerationOrder;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The master changelogs' content. A store master includes its step files in generation order. The combined master
 * includes both stores' step files directly, generation by generation, and tags each generation once both stores
 * reached it ({@code duende-7.0}): a rollback to such a tag returns both stores to that generation together, where
 * a rollback through it to a store's own tag would also undo the other store's changes of later runs. Every
 * generation ends with an empty changeset, so the last history row never carries one of these tags and a DBA's own
 * {@code liquibase tag} after an update does not replace it.
 */
final class MasterChangelogs {

    private MasterChangelogs() {
    }

    /** Tag of the combined master when both stores reached a generation. */
    static String combinedTag(String generation) {
        return "duende-" + generation;
    }

    /**
     * A store master's includes in the order it lists them: the plugin's files by {@link #INCLUDE_ORDER}, then files
     * of the user's own in the order they came.
     */
    static List<String> ordered(Collection<String> includes) {
        List<String> known = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (String include : includes) {
            (ChangelogCoverage.reached(include).isPresent() ? known : foreign).add(include);
        }
        known.sort(INCLUDE_ORDER);
        known.addAll(foreign);
        return known;
    }

    /** @param includes as {@link #ordered} returns them */
    static String storeMaster(Store store, List<String> includes) {
        List<String> known = includes.stream().filter(i -> ChangelogCoverage.reached(i).isPresent()).toList();
        List<String> foreign = includes.stream().filter(i -> ChangelogCoverage.reached(i).isEmpty()).toList();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, List<String>> group : byGeneration(known).entrySet()) {
            separate(body);
            group.getValue().forEach(include -> ChangelogXmlWriter.include(body, include));
            ChangelogXmlWriter.emptyChangeSet(body, ChangelogGenerator.tag(group.getKey(), store) + "-after-tag",
                    "duende-" + group.getKey(), AFTER_TAG_COMMENT);
        }
        foreign.forEach(include -> ChangelogXmlWriter.include(body, include));
        return ChangelogXmlWriter.master(ChangelogFolder.masterFileName(store), body.toString());
    }

    /**
     * The combined master: every generation's configuration files, then its operational files, then (for
     * {@code tagged} generations) the tag both stores share, then the empty changeset that keeps it off the last row.
     */
    static String combinedMaster(Map<Store, List<String>> includes, Set<String> tagged) {
        Map<String, List<String>> groups = new TreeMap<>(GenerationOrder.OLDEST_FIRST);
        for (Store store : Store.values()) {
            List<String> known = new ArrayList<>(includes.get(store).stream()
                    .filter(i -> ChangelogCoverage.reached(i).isPresent()).toList());
            known.sort(INCLUDE_ORDER);
            byGeneration(known).forEach((g, files) -> groups.computeIfAbsent(g, k -> new ArrayList<>()).addAll(files));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            separate(body);
            group.getValue().forEach(include -> ChangelogXmlWriter.include(body, include));
            String label = "duende-" + group.getKey();
            if (tagged.contains(group.getKey())) {
                ChangelogXmlWriter.tagChangeSet(body, combinedTag(group.getKey()), label);
            }
            ChangelogXmlWriter.emptyChangeSet(body, combinedTag(group.getKey()) + "-after-tag", label, AFTER_TAG_COMMENT);
        }
        for (Store store : Store.values()) {
            includes.get(store).stream().filter(i -> ChangelogCoverage.reached(i).isEmpty())
                    .forEach(include -> ChangelogXmlWriter.include(body, include));
        }
        return ChangelogXmlWriter.master(ChangelogFolder.ROOT_MASTER, body.toString());
    }

    /**
     * Which generations the combined master tags. A folder the combined tags are new to keeps its history truthful:
     * a database that ran the earlier combined master (every configuration file, then every operational one) can
     * only be tagged where it now stands, so of the generations it already covers only the highest gets a tag;
     * every generation added from then on gets its own.
     *
     * @param directory the changelog folder, before this run writes anything
     */
    static Set<String> taggedBefore(Path directory) throws InputException {
        Path root = directory.resolve(ChangelogFolder.ROOT_MASTER);
        Set<String> tagged = new TreeSet<>(GenerationOrder.OLDEST_FIRST);
        if (!Files.isRegularFile(root)) {
            // No database ran a folder without its root master: it is new, or a run stopped before writing the root
            // master last, and every generation it covers gets its tag (see coveredBefore).
            return tagged;
        }
        List<String> tags = new ArrayList<>();
        List<String> included = new ArrayList<>();
        HardenedXml.parse(root, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("tagDatabase".equals(local) && atts.getValue("tag") != null) {
                    tags.add(atts.getValue("tag"));
                } else if ("include".equals(local) && atts.getValue("file") != null) {
                    included.add(atts.getValue("file"));
                }
            }
        }, "not a readable changelog");
        boolean earlierLayout = included.stream().anyMatch(i -> i.equals(ChangelogFolder.masterFileName(Store.CONFIGURATION))
                || i.equals(ChangelogFolder.masterFileName(Store.OPERATIONAL)));
        if (!earlierLayout) {
            tags.stream().filter(t -> t.startsWith("duende-")).map(t -> t.substring("duende-".length()))
                    .filter(g -> g.matches("[0-9]+(\\.[0-9]+)*")).forEach(tagged::add);
            return tagged;
        }
        ChangelogCoverage coverage = ChangelogCoverage.read(directory);
        Arrays.stream(Store.values()).map(coverage::generation).flatMap(Optional::stream)
                .max(GenerationOrder.OLDEST_FIRST).ifPresent(tagged::add);
        return tagged;
    }

    private static final String AFTER_TAG_COMMENT = "Nothing to run: keeps the tag above off the last history row,"
            + " so that tagging the database yourself after an update does not replace it.";

    /** Generation reached first; at the same generation a baseline comes before a step into it. */
    static final Comparator<String> INCLUDE_ORDER = Comparator.comparing(
            (String i) -> ChangelogCoverage.reached(i).orElseThrow(), GenerationOrder.OLDEST_FIRST)
            .thenComparing(i -> !i.contains("baseline-"));

    /** A blank line between one generation's changesets and the next generation's includes. */
    private static void separate(StringBuilder body) {
        if (body.length() > 0) {
            body.append('\n');
        }
    }

    private static Map<String, List<String>> byGeneration(List<String> sortedIncludes) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String include : sortedIncludes) {
            groups.computeIfAbsent(ChangelogCoverage.reached(include).orElseThrow(), g -> new ArrayList<>()).add(include);
        }
        return groups;
    }
}
