package io.github.duendetools.nuget;

import java.util.Optional;

/**
 * The version of a target framework or of its platform ({@code 8.0}, {@code 4.7.2}, {@code 10.0.19041}): up
 * to four numbers, missing ones zero, as NuGet normalises them. Not a package version: no release label.
 */
public record FrameworkVersion(int major, int minor, int build, int revision) implements Comparable<FrameworkVersion> {

    /** What NuGet uses for "no version": a platform written without one ({@code net8.0-windows}). */
    public static final FrameworkVersion EMPTY = new FrameworkVersion(0, 0, 0, 0);

    /** Longer numbers than this are not versions anyone writes; refusing them keeps parsing free of overflow. */
    private static final int MAX_DIGITS = 9;

    /** Dotted text as {@code System.Version} reads it: two to four numbers ({@code 8.0}, {@code 4.7.2}). */
    static Optional<FrameworkVersion> dotted(String text) {
        int[] parts = new int[4];
        int count = 0;
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            if (count == 4 || !digitsOnly(text, start, end)) {
                return Optional.empty();
            }
            parts[count++] = Integer.parseInt(text, start, end, 10);
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        return count < 2 ? Optional.empty() : Optional.of(new FrameworkVersion(parts[0], parts[1], parts[2], parts[3]));
    }

    /**
     * Digits without dots as NuGet reads them in a moniker: one digit per part, the first four only
     * ({@code 472} = 4.7.2), and a lone digit gets a zero ({@code 8} = 8.0).
     */
    static Optional<FrameworkVersion> compact(String digits) {
        if (!digitsOnly(digits, 0, digits.length())) {
            return Optional.empty();
        }
        int[] parts = new int[4];
        for (int i = 0; i < Math.min(4, digits.length()); i++) {
            parts[i] = digits.charAt(i) - '0';
        }
        return Optional.of(new FrameworkVersion(parts[0], parts[1], parts[2], parts[3]));
    }

    private static boolean digitsOnly(String text, int start, int end) {
        if (end <= start || end - start > MAX_DIGITS) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The numbers up to the last one that is not zero, at least two: {@code 8.0}, {@code 4.7.2}. */
    public String text() {
        return join(".");
    }

    /**
     * The numbers as NuGet writes them in a short folder name: run together ({@code 472}) unless
     * {@code dotted} or a number has two digits ({@code 4.10}).
     */
    String folderText(boolean dotted) {
        boolean wide = major > 9 || minor > 9 || build > 9 || revision > 9;
        return join(dotted || wide ? "." : "");
    }

    private String join(String separator) {
        int count = revision != 0 ? 4 : build != 0 ? 3 : 2;
        StringBuilder b = new StringBuilder().append(major).append(separator).append(minor);
        if (count > 2) {
            b.append(separator).append(build);
        }
        if (count > 3) {
            b.append(separator).append(revision);
        }
        return b.toString();
    }

    @Override
    public int compareTo(FrameworkVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(build, o.build);
        }
        return c != 0 ? c : Integer.compare(revision, o.revision);
    }

    boolean atMost(FrameworkVersion o) {
        return compareTo(o) <= 0;
    }

    @Override
    public String toString() {
        return text();
    }
}
