package io.github.duendetools.msbuild;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which package ids belong to the Duende IdentityServer family (or its predecessor IdentityServer4).
 * The ids live in {@code duende/packages.txt} so that a new family member needs no Java change.
 */
public final class DuendePackages {
    private static final String RESOURCE = "/duende/packages.txt";

    private final Set<String> family;
    private final Set<String> predecessors;
    private final List<String> predecessorPrefixes;

    private DuendePackages(Set<String> family, Set<String> predecessors, List<String> predecessorPrefixes) {
        this.family = Set.copyOf(family);
        this.predecessors = Set.copyOf(predecessors);
        this.predecessorPrefixes = List.copyOf(predecessorPrefixes);
    }

    /** The list shipped with the plugin. */
    public static DuendePackages builtIn() {
        try (InputStream in = DuendePackages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DuendePackages parse(List<String> lines) {
        Set<String> family = new HashSet<>();
        Set<String> predecessors = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
            String id = parts[1].toLowerCase(Locale.ROOT);
            switch (parts[0]) {
                case "family" -> family.add(id);
                case "predecessor" -> predecessors.add(id);
                case "predecessor-prefix" -> prefixes.add(id);
                default -> throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
        }
        return new DuendePackages(family, predecessors, prefixes);
    }

    public boolean isFamily(String packageId) {
        return packageId != null && family.contains(packageId.toLowerCase(Locale.ROOT));
    }

    public boolean isPredecessor(String packageId) {
        if (packageId == null) {
            return false;
        }
        String id = packageId.toLowerCase(Locale.ROOT);
        return predecessors.contains(id) || predecessorPrefixes.stream().anyMatch(id::startsWith);
    }

    /** A package the scan reports: a family member or an IdentityServer4 package. */
    public boolean isTracked(String packageId) {
        return isFamily(packageId) || isPredecessor(packageId);
    }
}
