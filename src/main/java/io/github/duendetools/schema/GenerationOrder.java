package io.github.duendetools.schema;

import java.util.Comparator;

/**
 * The order of schema generations, oldest first: by the numbers of their {@code major.minor} ids, so {@code 6.3}
 * comes before {@code 7.0} and a {@code 6.10} would come after {@code 6.9}. The one place that decides it: the one list
 * of generations ({@link SchemaGenerations}) is refused in any other order.
 */
public final class GenerationOrder {

    /** Oldest generation first. */
    public static final Comparator<String> OLDEST_FIRST = GenerationOrder::compare;

    private GenerationOrder() {
    }

    /**
     * Negative, zero or positive as {@code a} comes before, with or after {@code b}. An id may carry a pre-release
     * label ({@code 6.1-preview.2}, the schema one preview shipped): it comes before the same numbers without one,
     * and labels compare part by part, numbers as numbers.
     */
    public static int compare(String a, String b) {
        String[] x = split(a);
        String[] y = split(b);
        int c = compareParts(x[0].split("\\."), y[0].split("\\."));
        if (c != 0) {
            return c;
        }
        if (x[1] == null || y[1] == null) {
            return x[1] == null ? (y[1] == null ? 0 : 1) : -1;
        }
        return compareParts(x[1].split("\\."), y[1].split("\\."));
    }

    /** The numbers and the label (null without one). */
    private static String[] split(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? new String[] {id, null} : new String[] {id.substring(0, dash), id.substring(dash + 1)};
    }

    private static int compareParts(String[] x, String[] y) {
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = comparePart(i < x.length ? x[i] : "0", i < y.length ? y[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Numbers numerically and before words; words ordinally, ignoring case. */
    private static int comparePart(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareToIgnoreCase(b);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
