package io.github.duendetools.nuget;

import io.github.duendetools.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A NuGet package version: one to four numeric parts, an optional SemVer 2 release label and
 * ignored build metadata. Equality and order follow NuGet, so {@code 7.0} equals {@code 7.0.0}
 * and {@code 7.4.0-RC.1} equals {@code 7.4.0-rc.1}.
 */
public final class NuGetVersion implements Comparable<NuGetVersion> {

    private final int major;
    private final int minor;
    private final int patch;
    private final int revision;
    private final String release;
    private final List<String> releaseLabels;

    private NuGetVersion(int major, int minor, int patch, int revision, String release) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.revision = revision;
        this.release = release;
        this.releaseLabels = release.isEmpty() ? List.of() : List.of(release.split("\\.", -1));
    }

    public static NuGetVersion of(int major, int minor, int patch) {
        return new NuGetVersion(major, minor, patch, 0, "");
    }

    /** Parses NuGet version text; surrounding whitespace is tolerated. */
    public static NuGetVersion parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no version");
        }
        String s = text.strip();
        int plus = s.indexOf('+');
        if (plus >= 0) {
            checkIdentifiers(s.substring(plus + 1), text, false);
            s = s.substring(0, plus);
        }
        String release = "";
        int dash = s.indexOf('-');
        if (dash >= 0) {
            release = s.substring(dash + 1);
            checkIdentifiers(release, text, true);
            s = s.substring(0, dash);
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            throw new IllegalArgumentException("not a NuGet version: " + Excerpt.quoted(text));
        }
        int[] numbers = new int[4];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i], text);
        }
        return new NuGetVersion(numbers[0], numbers[1], numbers[2], numbers[3], release);
    }

    public static Optional<NuGetVersion> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int number(String part, String text) {
        if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a NuGet version: " + Excerpt.quoted(text));
        }
        return Integer.parseInt(part);
    }

    private static void checkIdentifiers(String labels, String text, boolean release) {
        for (String id : labels.split("\\.", -1)) {
            if (id.isEmpty() || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                throw new IllegalArgumentException("not a NuGet version: " + Excerpt.quoted(text) + " (bad "
                        + (release ? "release label" : "build metadata") + ")");
            }
        }
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    public int patch() {
        return patch;
    }

    public int revision() {
        return revision;
    }

    /** The release label without the dash; empty for a stable version. */
    public String release() {
        return release;
    }

    public boolean isPrerelease() {
        return !release.isEmpty();
    }

    /** {@code 7.0} becomes {@code 7.0.0}; a fourth part is kept only when it is not zero. */
    public String toNormalizedString() {
        StringBuilder b = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (revision != 0) {
            b.append('.').append(revision);
        }
        if (!release.isEmpty()) {
            b.append('-').append(release);
        }
        return b.toString();
    }

    /** The minor line this version belongs to, such as {@code 7.0}. */
    public String minorLine() {
        return major + "." + minor;
    }

    @Override
    public int compareTo(NuGetVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        if (c == 0) c = Integer.compare(revision, o.revision);
        if (c != 0) {
            return c;
        }
        // A stable version sorts after all of its prereleases.
        if (releaseLabels.isEmpty() || o.releaseLabels.isEmpty()) {
            return Boolean.compare(releaseLabels.isEmpty(), o.releaseLabels.isEmpty());
        }
        return compareLabels(releaseLabels, o.releaseLabels);
    }

    private static int compareLabels(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareIdentifier(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an && bn) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        if (an != bn) {
            return an ? -1 : 1; // numeric identifiers have lower precedence (SemVer 2)
        }
        return a.compareToIgnoreCase(b);
    }

    private static boolean isNumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NuGetVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        List<String> folded = new ArrayList<>();
        for (String label : releaseLabels) {
            folded.add(isNumeric(label) ? new java.math.BigInteger(label).toString() : label.toLowerCase(Locale.ROOT));
        }
        return Objects.hash(major, minor, patch, revision, folded);
    }

    @Override
    public String toString() {
        return toNormalizedString();
    }
}
