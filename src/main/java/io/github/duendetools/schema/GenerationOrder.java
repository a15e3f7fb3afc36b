package io.github.duendetools.schema;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.ReleaseLine;
import java.util.ArrayList;
import java.util.List;

/** Schema generations in the order the catalog's minor lines reach them ({@code 4.1} first). */
final class GenerationOrder {
    private final List<String> ids = new ArrayList<>();

    GenerationOrder(Catalog catalog) {
        for (ReleaseLine line : catalog.lines()) {
            if (!ids.contains(line.generation())) {
                ids.add(line.generation());
            }
        }
    }

    /** Oldest first. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
    int compare(String a, String b) {
        return Integer.compare(index(a), index(b));
    }

    private int index(String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("unknown schema generation " + id);
        }
        return i;
    }
}
