package io.github.duendetools.nuget;

import io.github.duendetools.Excerpt;
import java.util.Optional;

/**
 * A NuGet version range in interval notation: {@code [a,b)}, {@code (a,b]}, {@code [a]},
 * {@code (,b)}, {@code [a,)}. A missing bound is unbounded.
 *
 * @param min          lower bound, or {@code null} when unbounded
 * @param minInclusive whether {@code min} itself is in the range
 * @param max          upper bound, or {@code null} when unbounded
 * @param maxInclusive whether {@code max} itself is in the range
 */
public record VersionRange(NuGetVersion min, boolean minInclusive, NuGetVersion max, boolean maxInclusive) {

    public VersionRange {
        if (min != null && max != null) {
            int c = min.compareTo(max);
            if (c > 0 || c == 0 && !(minInclusive && maxInclusive)) {
                throw new IllegalArgumentException("empty version range: lower bound " + min + " above upper bound " + max);
            }
        }
    }

    /** What a bare version means to NuGet restore: that version or anything higher. */
    public static VersionRange atLeast(NuGetVersion min) {
        return new VersionRange(min, true, null, false);
    }

    /** Parses interval notation; whitespace anywhere is tolerated. */
    public static VersionRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no version range");
        }
        String s = text.replaceAll("\\s+", "");
        if (s.length() < 3) {
            throw new IllegalArgumentException("not a version range: " + Excerpt.quoted(text));
        }
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        if (open != '[' && open != '(' || close != ']' && close != ')') {
            throw new IllegalArgumentException("not a version range: " + Excerpt.quoted(text));
        }
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            if (open != '[' || close != ']') {
                throw new IllegalArgumentException("an exact range needs square brackets: " + Excerpt.quoted(text));
            }
            NuGetVersion v = parseBound(inner, text);
            return new VersionRange(v, true, v, true);
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw new IllegalArgumentException("a version range has at most two bounds: " + Excerpt.quoted(text));
        }
        String low = inner.substring(0, comma);
        String high = inner.substring(comma + 1);
        if (low.isEmpty() && high.isEmpty()) {
            throw new IllegalArgumentException("a version range needs at least one bound: " + Excerpt.quoted(text));
        }
        return new VersionRange(
                low.isEmpty() ? null : parseBound(low, text), open == '[',
                high.isEmpty() ? null : parseBound(high, text), close == ']');
    }

    public static Optional<VersionRange> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NuGetVersion parseBound(String bound, String text) {
        try {
            return NuGetVersion.parse(bound);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad bound " + Excerpt.quoted(bound) + " in version range " + Excerpt.quoted(text));
        }
    }

    public boolean contains(NuGetVersion v) {
        if (min != null) {
            int c = v.compareTo(min);
            if (c < 0 || c == 0 && !minInclusive) {
                return false;
            }
        }
        if (max != null) {
            int c = v.compareTo(max);
            if (c > 0 || c == 0 && !maxInclusive) {
                return false;
            }
        }
        return true;
    }

    /** NuGet considers prerelease candidates only when a bound is itself a prerelease. */
    public boolean allowsPrerelease() {
        return min != null && min.isPrerelease() || max != null && max.isPrerelease();
    }

    @Override
    public String toString() {
        if (min != null && min.equals(max)) {
            return "[" + min + "]";
        }
        if (max == null && minInclusive && min != null) {
            return min.toString();
        }
        return (minInclusive ? "[" : "(") + (min == null ? "" : min) + ", " + (max == null ? "" : max)
                + (maxInclusive ? "]" : ")");
    }
}
