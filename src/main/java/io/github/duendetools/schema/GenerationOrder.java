package io.github.duendetools.schema;

import java.util.Comparator;

/**
 * The order of schema generations, oldest first: by the numbers of their {@code major.minor} ids, so {@code 6.3}
 * comes before {@code 7.0} and a {@code 6.10} would come after {@code 6.9}. The one place that decides it: the release
 * catalog and the schema data list their generations in this order, and tests hold both files to it.
 */
public final class GenerationOrder {

    /** Oldest generation first. */
    public static final Comparator<String> OLDEST_FIRST = GenerationOrder::compare;

    private GenerationOrder() {
    }

    /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    }
}
