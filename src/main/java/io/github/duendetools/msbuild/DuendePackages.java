package io.github.duendetools.msbuild;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which package ids belong to the Duende IdentityServer family (or its predecessor IdentityServer4).
 * The ids live in {@code duende/packages.txt} so that a new family member needs no Java change.
 */
public final class DuendePackages {
    private static final String RESOURCE = "/duende/packages.txt";
    /** Compiled once: {@code String.split} would compile it again for every line. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The shipped list, read once per JVM: it never changes, and every scan and edit plan asks for it. */
    private static volatile DuendePackages builtIn;

    private final Set<String> family;
    /** Lower-case family id to the first release that shipped it. */
    private final Map<String, String> firstReleases;
    private final Set<String> predecessors;
    private final List<String> predecessorPrefixes;
    /**
     * The ASCII first letters of every tracked id and prefix, lower case, or null when one does not start
     * with one: most ids a scan meets start with another letter and are turned down without lower-casing them.
     */
    private final boolean[] firstLetters;

    private DuendePackages(Map<String, String> firstReleases, Set<String> predecessors, List<String> predecessorPrefixes) {
        this.family = Set.copyOf(firstReleases.keySet());
        this.firstReleases = Map.copyOf(firstReleases);
        this.predecessors = Set.copyOf(predecessors);
        this.predecessorPrefixes = List.copyOf(predecessorPrefixes);
        List<String> all = new ArrayList<>(this.family);
        all.addAll(predecessors);
        all.addAll(predecessorPrefixes);
        boolean[] letters = new boolean[128];
        for (String id : all) {
            if (id.isEmpty() || id.charAt(0) >= 128) {
                letters = null;
                break;
            }
            letters[id.charAt(0)] = true;
        }
        this.firstLetters = letters;
    }

    /** The list shipped with the plugin. */
    public static DuendePackages builtIn() {
        DuendePackages packages = builtIn;
        if (packages == null) {
            packages = read();
            builtIn = packages;
        }
        return packages;
    }

    private static DuendePackages read() {
        try (InputStream in = DuendePackages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DuendePackages parse(List<String> lines) {
        Map<String, String> family = new HashMap<>();
        Set<String> predecessors = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = WHITE_SPACE.split(line);
            if (parts.length != (parts[0].equals("family") ? 3 : 2)) {
                throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
            String id = parts[1].toLowerCase(Locale.ROOT);
            switch (parts[0]) {
                case "family" -> family.put(id, parts[2]);
                case "predecessor" -> predecessors.add(id);
                case "predecessor-prefix" -> prefixes.add(id);
                default -> throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
        }
        return new DuendePackages(family, predecessors, prefixes);
    }

    /** The first release that shipped a family member (as its tag names it); empty for any other id. */
    public java.util.Optional<String> firstRelease(String packageId) {
        return java.util.Optional.ofNullable(packageId == null ? null : firstReleases.get(packageId.toLowerCase(Locale.ROOT)));
    }

    /** Every family id, lower case. */
    public Set<String> family() {
        return family;
    }

    public boolean isFamily(String packageId) {
        return packageId != null && family.contains(packageId.toLowerCase(Locale.ROOT));
    }

    public boolean isPredecessor(String packageId) {
        if (packageId == null) {
            return false;
        }
        String id = packageId.toLowerCase(Locale.ROOT);
        if (predecessors.contains(id)) {
            return true;
        }
        for (String prefix : predecessorPrefixes) {
            if (id.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A package the scan reports: a family member or an IdentityServer4 package. */
    public boolean isTracked(String packageId) {
        if (packageId == null || firstLetterRulesOut(packageId)) {
            return false;
        }
        return isFamily(packageId) || isPredecessor(packageId);
    }

    /**
     * Whether the id cannot be tracked because of its first character alone. Only an ASCII first character
     * is judged: lower-casing maps it to one ASCII letter, the first of the lower-cased id.
     */
    private boolean firstLetterRulesOut(String packageId) {
        if (firstLetters == null || packageId.isEmpty()) {
            return false;
        }
        char first = packageId.charAt(0);
        if (first >= 128) {
            return false;
        }
        char lower = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
        return !firstLetters[lower];
    }
}
