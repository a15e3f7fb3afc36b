package io.github.duendetools.nuget;

import io.github.duendetools.Excerpt;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The version text of a package reference as NuGet restore reads it: a bare version (meaning
 * "this or higher", restore takes the lowest available), an interval range, or a floating
 * pattern ({@code 6.*}, {@code 7.1.*}, {@code *}, {@code 7.4.0-*}).
 */
public final class VersionSpec {

    public enum Kind {
        /** A bare version: {@code 6.1.0}. */
        EXACT,
        /** Interval notation: {@code [6.1.0, 7.0.0)}. */
        RANGE,
        /** A floating pattern, decided at restore time. */
        FLOATING
    }

    private final String text;
    private final Kind kind;
    private final VersionRange range;
    private final FloatPattern floating;

    private VersionSpec(String text, Kind kind, VersionRange range, FloatPattern floating) {
        this.text = text;
        this.kind = kind;
        this.range = range;
        this.floating = floating;
    }

    public static VersionSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty version");
        }
        String s = text.strip();
        if (s.startsWith("[") || s.startsWith("(")) {
            return new VersionSpec(text, Kind.RANGE, VersionRange.parse(s), null);
        }
        if (s.contains("*")) {
            return new VersionSpec(text, Kind.FLOATING, null, FloatPattern.parse(s));
        }
        return new VersionSpec(text, Kind.EXACT, VersionRange.atLeast(NuGetVersion.parse(s)), null);
    }

    public static Optional<VersionSpec> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** The range this spec allows; for a floating pattern, the range it floats within. */
    public VersionRange range() {
        return range != null ? range : floating.range();
    }

    /** For EXACT, the version as written. */
    public Optional<NuGetVersion> version() {
        return kind == Kind.EXACT ? Optional.of(range.min()) : Optional.empty();
    }

    /**
     * What NuGet restore would pick from {@code available}: the lowest applicable version for a
     * bare version or range, the highest match for a floating pattern.
     */
    public Optional<NuGetVersion> resolve(Collection<NuGetVersion> available) {
        if (kind == Kind.FLOATING) {
            return available.stream().filter(floating::matches).max(Comparator.naturalOrder());
        }
        boolean prerelease = range.allowsPrerelease();
        return available.stream()
                .filter(v -> prerelease || !v.isPrerelease())
                .filter(range::contains)
                .min(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return text.strip();
    }

    /** {@code N.N.*}, {@code *}, {@code N.N.N-prefix*}, {@code N.*-*}: fixed numeric parts, then a float. */
    private record FloatPattern(int[] fixed, boolean floatsNumbers, String releasePrefix) {

        static FloatPattern parse(String s) {
            String numeric = s;
            String releasePrefix = null;
            int dash = s.indexOf('-');
            if (dash >= 0) {
                numeric = s.substring(0, dash);
                String label = s.substring(dash + 1);
                if (!label.endsWith("*") || label.indexOf('*') != label.length() - 1) {
                    throw new IllegalArgumentException("bad floating version " + Excerpt.quoted(s) + ": '*' must end the release label");
                }
                releasePrefix = label.substring(0, label.length() - 1).toLowerCase(Locale.ROOT);
            }
            boolean floatsNumbers = numeric.endsWith("*");
            String[] parts = numeric.split("\\.", -1);
            int fixedCount = floatsNumbers ? parts.length - 1 : parts.length;
            if (parts.length > 4 || floatsNumbers && !parts[parts.length - 1].equals("*")
                    || numeric.indexOf('*') != numeric.lastIndexOf('*')
                    || !floatsNumbers && releasePrefix == null) {
                throw new IllegalArgumentException("bad floating version " + Excerpt.quoted(s));
            }
            if (floatsNumbers && releasePrefix != null && !releasePrefix.isEmpty()) {
                throw new IllegalArgumentException("bad floating version " + Excerpt.quoted(s));
            }
            int[] fixed = new int[fixedCount];
            for (int i = 0; i < fixedCount; i++) {
                if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9') || parts[i].length() > 9) {
                    throw new IllegalArgumentException("bad floating version " + Excerpt.quoted(s));
                }
                fixed[i] = Integer.parseInt(parts[i]);
            }
            return new FloatPattern(fixed, floatsNumbers, releasePrefix);
        }

        boolean matches(NuGetVersion v) {
            int[] actual = {v.major(), v.minor(), v.patch(), v.revision()};
            for (int i = 0; i < fixed.length; i++) {
                if (actual[i] != fixed[i]) {
                    return false;
                }
            }
            if (!floatsNumbers) {
                // 7.4.0-* : the numeric parts are fixed in full, so the trailing ones must be zero
                for (int i = fixed.length; i < 4; i++) {
                    if (actual[i] != 0) {
                        return false;
                    }
                }
            }
            if (!v.isPrerelease()) {
                return true;
            }
            return releasePrefix != null && v.release().toLowerCase(Locale.ROOT).startsWith(releasePrefix);
        }

        VersionRange range() {
            int[] low = new int[4];
            System.arraycopy(fixed, 0, low, 0, fixed.length);
            NuGetVersion min = NuGetVersion.parse(low[0] + "." + low[1] + "." + low[2] + "." + low[3]
                    + (releasePrefix != null ? "-0" : ""));
            return VersionRange.atLeast(min);
        }
    }
}
