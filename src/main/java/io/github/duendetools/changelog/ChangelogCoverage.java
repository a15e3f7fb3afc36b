package io.github.duendetools.changelog;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.GenerationOrder;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which schema generation the existing changelogs reach, per store, read from the store masters' includes with a
 * plain SAX parser (no Liquibase class is loaded: check-upgrade uses this). Reads two small files.
 */
public final class ChangelogCoverage {

    private static final Pattern STEP = Pattern.compile("(?:.*/)?(?:[0-9.]+-to-|baseline-)([0-9]+(?:\\.[0-9]+)*)\\.xml");

    private final Map<Store, List<String>> includes;

    private ChangelogCoverage(Map<Store, List<String>> includes) {
        this.includes = includes;
    }

    public static ChangelogCoverage read(Path directory) throws InputException {
        Map<Store, List<String>> includes = new EnumMap<>(Store.class);
        for (Store store : Store.values()) {
            Path master = directory.resolve(ChangelogFolder.masterFileName(store));
            // Anything there is read (and a FIFO or device refused), not taken for a missing master.
            includes.put(store, Files.exists(master, LinkOption.NOFOLLOW_LINKS) ? includes(master) : List.of());
        }
        return new ChangelogCoverage(includes);
    }

    /** Highest generation reached by the store's includes, empty when the store has no changelog yet. */
    public Optional<String> generation(Store store) {
        return includes.get(store).stream().map(ChangelogCoverage::reached).flatMap(Optional::stream)
                .max(GenerationOrder.OLDEST_FIRST);
    }

    /** Include paths of the store's master, in file order. */
    public List<String> includes(Store store) {
        return includes.get(store);
    }

    static Optional<String> reached(String include) {
        Matcher m = STEP.matcher(include);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> includes(Path master) throws InputException {
        List<String> found = new ArrayList<>();
        HardenedXml.parse(master, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("include".equals(local)) {
                    String file = atts.getValue("file");
                    if (file != null) {
                        found.add(file);
                    }
                }
            }
        }, "not a readable changelog");
        return found;
    }
}
