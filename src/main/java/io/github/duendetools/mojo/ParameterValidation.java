package io.github.duendetools.mojo;

import io.github.duendetools.Excerpt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place a goal's parameters are checked, before the goal reads or writes anything. Each refusal is one
 * line naming the parameter, the value and what is accepted, with a "did you mean" where a near miss exists; all
 * refusals are collected and reported together.
 * <p>Booleans are bound as text and read here, because Maven turns every word that is not {@code true} into
 * {@code false}: a typo in {@code duende.dryRun} would otherwise write the project files.
 */
final class ParameterValidation {

    private final List<String> refusals = new ArrayList<>();

    /**
     * A boolean parameter as given: {@code true} or {@code false} in any letter case; {@code null} (a goal built
     * without Maven's defaults) is the default. Anything else is an {@link IllegalArgumentException}, which
     * {@link #bool} has already turned into a refusal by the time a goal asks for the value.
     */
    static boolean flag(String value, boolean byDefault) {
        if (value == null) {
            return byDefault;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return word.equals("true");
        }
        throw new IllegalArgumentException("not a boolean: " + value);
    }

    /** Refuses a boolean that is neither {@code true} nor {@code false}. */
    ParameterValidation bool(String property, String value) {
        try {
            flag(value, false);
        } catch (IllegalArgumentException e) {
            refuse(property, value, "use true or false", List.of("true", "false"));
        }
        return this;
    }

    /** Refuses a number below 1. */
    ParameterValidation positive(String property, long value, String unit) {
        if (value < 1) {
            refuse(property, String.valueOf(value), "use a positive number of " + unit);
        }
        return this;
    }

    /** Refuses a number of seconds that is not a whole number from 0 to 2147483647 (Duende's options are ints); null: unset. */
    ParameterValidation seconds(String property, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            if (Integer.parseInt(value.strip()) >= 0) {
                return this;
            }
        } catch (NumberFormatException notAnInt) {
            // refused below
        }
        return refuse(property, value, "use a whole number of seconds from 0 to " + Integer.MAX_VALUE);
    }

    /** Refuses every listed value that is not one of {@code known} (compared ignoring case). */
    ParameterValidation oneOf(String property, Collection<String> values, Collection<String> known) {
        for (String value : values) {
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(value))) {
                refuse(property, value, "use " + String.join(", ", known), known);
            }
        }
        return this;
    }

    /** Refuses a key of a {@code Name=Other} map that is not one of {@code known} (compared exactly). */
    ParameterValidation keys(String property, Map<String, String> map, Collection<String> known, String what) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                refusals.add(property + ": " + Excerpt.quoted(key) + " is not " + what + "; known: "
                        + String.join(", ", known) + nearest(key, known).map(n -> " (did you mean " + n + "?)").orElse(""));
            }
        }
        return this;
    }

    /** Adds a refusal worded by the caller: one line naming the parameter. */
    ParameterValidation refuse(String line) {
        refusals.add(line);
        return this;
    }

    /** Refuses a value: {@code property=value is not understood: accepted}. */
    ParameterValidation refuse(String property, String value, String accepted) {
        return refuse(property, value, accepted, List.of());
    }

    /** As {@link #refuse(String, String, String)}, with the nearest of {@code candidates} when it is a near miss. */
    ParameterValidation refuse(String property, String value, String accepted, Collection<String> candidates) {
        return refuse(property, value, accepted, nearest(value, candidates));
    }

    /** As {@link #refuse(String, String, String)}, suggesting {@code meant} when there is one. */
    ParameterValidation refuse(String property, String value, String accepted, Optional<String> meant) {
        refusals.add(property + "=" + Excerpt.of(value) + " is not understood: " + accepted
                + meant.map(n -> " (did you mean " + n + "?)").orElse(""));
        return this;
    }

    /** Fails with every refusal, one per line; nothing when all parameters were understood. */
    void check() throws MojoExecutionException {
        if (!refusals.isEmpty()) {
            throw new MojoExecutionException(String.join(System.lineSeparator(), refusals));
        }
    }

    /**
     * The candidate closest to {@code value}, ignoring case, when it is a near miss: at most two edits (a swap of
     * two neighbours counts as one) and at most half the value's length, so a word is never "corrected" into an
     * unrelated one.
     */
    static Optional<String> nearest(String value, Collection<String> candidates) {
        if (value == null) {
            return Optional.empty();
        }
        String typed = value.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        boolean near = best != null && bestDistance <= 2 && bestDistance * 2 <= typed.length();
        return near ? Optional.of(best) : Optional.empty();
    }

    /** Edits (insert, delete, replace, swap of neighbours) from {@code a} to {@code b}. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
