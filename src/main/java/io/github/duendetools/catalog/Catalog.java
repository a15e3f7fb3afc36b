package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.schema.SchemaGenerations;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plugin knows about Duende IdentityServer: releases, the schema generation each ships,
 * and the steps between minor lines. Written as YAML resources under {@code duende/catalog/}, with the
 * generations taken from the schema data ({@link SchemaGenerations}), compiled by the build into
 * {@link CompiledCatalog}'s form for the built-in catalog, optionally overlaid by a user's YAML file so newer
 * releases need no plugin release. Immutable.
 */
public final class Catalog {

    /** Built-in data files, read in this order. */
    static final List<String> RESOURCES = List.of("duende/catalog/releases.yaml", "duende/catalog/steps.yaml");

    private final Map<String, Generation> generations;
    private final List<ReleaseLine> lines;
    private final List<Step> steps;
    private final List<Release> releases;
    private final List<NuGetVersion> versions;

    // Lookups are plain loops, not streams: the gate queries the catalog once, in a cold JVM, where every
    // distinct lambda costs a generated class; a catalog is small enough to scan.
    Catalog(Map<String, Generation> generations, List<ReleaseLine> lines, List<Step> steps) {
        this.generations = Collections.unmodifiableMap(new LinkedHashMap<>(generations));
        this.lines = List.copyOf(lines);
        this.steps = List.copyOf(steps);
        List<Release> all = new ArrayList<>();
        for (ReleaseLine l : lines) {
            all.addAll(l.releases());
        }
        all.sort((a, b) -> a.version().compareTo(b.version()));
        this.releases = Collections.unmodifiableList(all);
        List<NuGetVersion> allVersions = new ArrayList<>(all.size());
        for (Release r : all) {
            allVersions.add(r.version());
        }
        this.versions = Collections.unmodifiableList(allVersions);
    }

    private static final class BuiltIn {
        static final Catalog INSTANCE = loadBuiltIn();
    }

    /**
     * A {@code duende.catalogFile} adds a few lines and releases: the plugin's whole catalog is under 20 KB, so a file
     * fifty times that is not a catalog, and parsing it would cost seconds and gigabytes.
     */
    public static final int MAX_CATALOG_FILE_SIZE = 1024 * 1024;

    /** The catalog shipped with the plugin. */
    public static Catalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The built-in catalog with {@code overlay} merged over it; {@code null} means none. */
    public static Catalog load(Path overlay) throws InputException {
        if (overlay == null) {
            return builtIn();
        }
        CatalogMerger merger = builtInMerger();
        if (!Files.exists(overlay)) {
            throw new InputException(overlay, 0, "catalog file not found");
        }
        String text = utf8(overlay, RegularFile.read(overlay, MAX_CATALOG_FILE_SIZE, "the catalog file's limit"));
        merger.addUserFile(CatalogDocument.read(overlay, text));
        return merger.build();
    }

    /** The file's text, or the line of its first byte that is not UTF-8. */
    private static String utf8(Path file, byte[] bytes) throws InputException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputException(file, line, "catalog file is not valid UTF-8 text");
        }
        return out.flip().toString();
    }

    /**
     * The form the build compiled from the YAML resources ({@link CompiledCatalog}), which the gate reads
     * without a YAML parser. The YAML itself only where the compiled form is missing: classes compiled by an
     * IDE, without Maven's build step.
     */
    private static Catalog loadBuiltIn() {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(CompiledCatalog.RESOURCE)) {
            if (in != null) {
                return CompiledCatalog.read(new DataInputStream(new BufferedInputStream(in)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("built-in catalog is broken: " + CompiledCatalog.RESOURCE + ": " + e.getMessage(), e);
        }
        try {
            return fromYaml();
        } catch (InputException e) {
            throw new IllegalStateException("built-in catalog is broken: " + e.getMessage(), e);
        }
    }

    /** The built-in catalog read from its YAML resources: what {@link CatalogCompiler} compiles. */
    static Catalog fromYaml() throws InputException {
        return builtInMerger().build();
    }

    private static CatalogMerger builtInMerger() {
        CatalogMerger merger = new CatalogMerger();
        merger.addGenerations(SchemaGenerations.load());
        for (String name : RESOURCES) {
            try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                merger.add(CatalogDocument.read(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | InputException e) {
                throw new IllegalStateException("built-in catalog is broken: " + e.getMessage(), e);
            }
        }
        return merger;
    }

    /** Schema generations by id: the schema data's, oldest first, then those a {@code catalogFile} adds. */
    Map<String, Generation> generations() {
        return generations;
    }

    /** Every Duende.IdentityServer release, ascending, pre-releases included. */
    public List<Release> releases() {
        return releases;
    }

    /** The versions of {@link #releases()}: what a NuGet feed would offer. */
    public List<NuGetVersion> versions() {
        return versions;
    }

    /** Minor lines, ascending, including the IdentityServer4 predecessor line. */
    public List<ReleaseLine> lines() {
        return lines;
    }

    public Optional<ReleaseLine> line(String line) {
        for (ReleaseLine l : lines) {
            if (l.line().equals(line)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Steps between consecutive lines, ascending. */
    public List<Step> allSteps() {
        return steps;
    }

    public Optional<Release> find(NuGetVersion version) {
        for (Release r : releases) {
            if (r.version().equals(version)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public NuGetVersion newestStable() {
        return required(stable(releases, false));
    }

    /** The oldest stable Duende release: a plan cannot start below it. */
    public NuGetVersion firstSupported() {
        return required(stable(releases, true));
    }

    /** The newest stable release of a line, if it has one. */
    public Optional<NuGetVersion> newestStableOf(String line) {
        Optional<ReleaseLine> l = line(line);
        return l.isEmpty() ? Optional.empty() : Optional.ofNullable(stable(l.get().releases(), false));
    }

    private static NuGetVersion required(NuGetVersion stable) {
        if (stable == null) {
            throw new IllegalStateException("catalog has no stable release");
        }
        return stable;
    }

    /** The first or the last stable version of ascending {@code releases}; {@code null} when all are pre-releases. */
    private static NuGetVersion stable(List<Release> releases, boolean first) {
        NuGetVersion found = null;
        for (Release r : releases) {
            if (!r.version().isPrerelease()) {
                found = r.version();
                if (first) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The release {@code version} is: the catalog's own entry, or, for a version the catalog does not
     * list, a release of the line it belongs to with that line's schema generation. Duende has changed
     * the schema only in minor or major releases, so a patch published after this catalog is safe to
     * plan with. Not for a line without a stable release (its final release may still change the
     * schema) nor for a pre-release ahead of its line's first stable release when that line changed
     * the schema (6.1.0-preview.2 shipped a schema of its own).
     */
    public Optional<Release> release(NuGetVersion version) {
        Optional<Release> known = find(version);
        if (known.isPresent()) {
            return known;
        }
        Optional<ReleaseLine> line = line(version.minorLine());
        if (line.isEmpty() || !line.get().duende()) {
            return Optional.empty();
        }
        ReleaseLine l = line.get();
        NuGetVersion firstStable = stable(l.releases(), true);
        if (firstStable == null) {
            return Optional.empty();
        }
        if (version.compareTo(firstStable) < 0 && !l.generation().equals(previousGeneration(l))) {
            return Optional.empty();
        }
        return Optional.of(new Release(version, null, l.line(), l.generation(), l.frameworks()));
    }

    /** Whether {@code version} is listed in the catalog, as opposed to assumed by {@link #release}. */
    public boolean lists(NuGetVersion version) {
        return find(version).isPresent();
    }

    private String previousGeneration(ReleaseLine l) {
        int i = lines.indexOf(l);
        return i <= 0 ? null : lines.get(i - 1).generation();
    }

    /** The schema generation id of a release, listed or of a known line ({@link #release}). */
    public Optional<String> generationOf(NuGetVersion version) {
        return release(version).map(Release::generation);
    }

    public Optional<Generation> generation(String id) {
        return Optional.ofNullable(generations.get(id));
    }

    /**
     * The ordered steps from {@code from} to {@code to}, both releases ({@link #release}); empty when {@code to}
     * is not above {@code from}'s schema. A pre-release that ships an older line's schema (such as
     * 7.0.0-preview.1, still on 6.3) starts or ends at that older line, so no schema step is lost.
     *
     * @throws IllegalArgumentException for versions of unknown lines or an unsupported generation
     */
    public List<Step> steps(NuGetVersion from, NuGetVersion to) {
        int start = effectiveLineIndex(from);
        int end = effectiveLineIndex(to);
        List<Step> result = new ArrayList<>();
        for (int i = start; i < end; i++) {
            result.add(steps.get(i));
        }
        return List.copyOf(result);
    }

    /** Index in {@link #lines} of the line whose schema the release actually ships. */
    private int effectiveLineIndex(NuGetVersion version) {
        Optional<Release> known = release(version);
        if (known.isEmpty()) {
            throw new IllegalArgumentException("unknown release " + version);
        }
        Release r = known.get();
        for (int i = lines.size() - 1; i >= 0; i--) {
            ReleaseLine l = lines.get(i);
            if (NuGetVersion.parse(l.line()).compareTo(NuGetVersion.parse(r.line())) <= 0 && l.generation().equals(r.generation())) {
                return i;
            }
        }
        throw new IllegalArgumentException("release " + version + " ships schema generation " + r.generation()
                + " that no line has; no step can start from it");
    }
}
