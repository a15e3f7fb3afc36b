package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.CatalogDocument.GenerationEntry;
import io.github.duendetools.catalog.CatalogDocument.LineEntry;
import io.github.duendetools.catalog.CatalogDocument.ReleaseEntry;
import io.github.duendetools.catalog.CatalogDocument.StepEntry;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.TargetFramework;
import io.github.duendetools.schema.GenerationOrder;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaGenerations;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lays catalog documents over each other (a later document adds releases and lines, and replaces
 * generations and steps of the same key), then checks the result as a whole: the facts must chain
 * without gaps, or a plan built on them would silently skip a schema step.
 */
final class CatalogMerger {

    private static final Pattern LINE = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, GenerationEntry> generations = new LinkedHashMap<>();
    private final Map<String, LineEntry> lines = new LinkedHashMap<>();
    private final Map<String, Map<NuGetVersion, ReleaseEntry>> releases = new HashMap<>();
    private final Map<String, StepEntry> steps = new LinkedHashMap<>();
    private DuendeSchema schema;
    private Path userFile;

    /**
     * The plugin's own generations, as the schema data lists them (their one owner): the catalog's files list none,
     * and a {@code catalogFile} adds to them or replaces one's description.
     */
    void addGenerations(SchemaGenerations known) {
        Path source = Path.of("duende/schema/generations.yaml");
        for (SchemaGenerations.Generation g : known.all()) {
            generations.put(g.id(), new GenerationEntry(g.id(), g.description(), g.unsupported(), source, 0));
        }
    }

    /** A user's {@code catalogFile}, laid over the plugin's documents: every error it causes names it. */
    void addUserFile(CatalogDocument doc) throws InputException {
        userFile = doc.file();
        add(doc);
    }

    void add(CatalogDocument doc) throws InputException {
        for (GenerationEntry g : doc.generations()) {
            GenerationEntry old = generations.put(g.id(), g);
            if (old != null && old.file().equals(g.file())) {
                throw twice(g.file(), g.line(), "generation " + g.id(), old.line());
            }
        }
        for (LineEntry l : doc.lines()) {
            if (!LINE.matcher(l.line()).matches()) {
                throw new InputException(l.file(), l.lineNumber(), "line '" + l.line() + "' must be major.minor, like 7.4");
            }
            LineEntry old = lines.get(l.line());
            if (old != null && old.file().equals(l.file())) {
                throw twice(l.file(), l.lineNumber(), "line " + l.line(), old.lineNumber());
            }
            if (old == null) {
                supersedeStepsAcross(l.line());
            }
            lines.put(l.line(), old == null ? l : new LineEntry(l.line(),
                    l.product() != null ? l.product() : old.product(),
                    l.generation() != null ? l.generation() : old.generation(),
                    l.frameworks() != null ? l.frameworks() : old.frameworks(),
                    List.of(), l.file(), l.lineNumber()));
            Map<NuGetVersion, ReleaseEntry> byVersion = releases.computeIfAbsent(l.line(), k -> new HashMap<>());
            for (ReleaseEntry r : l.releases()) {
                NuGetVersion v = NuGetVersion.tryParse(r.version())
                        .orElseThrow(() -> new InputException(r.file(), r.line(), "'" + r.version() + "' is not a NuGet version"));
                if (!v.minorLine().equals(l.line())) {
                    throw new InputException(r.file(), r.line(), "release " + r.version() + " does not belong to line " + l.line());
                }
                if (r.date() != null && !DATE.matcher(r.date()).matches()) {
                    throw new InputException(r.file(), r.line(), "date '" + r.date() + "' of " + r.version() + " must be yyyy-mm-dd");
                }
                ReleaseEntry oldRelease = byVersion.put(v, r);
                if (oldRelease != null && oldRelease.file().equals(r.file())) {
                    throw twice(r.file(), r.line(), "release " + r.version(), oldRelease.line());
                }
            }
        }
        for (StepEntry s : doc.steps()) {
            StepEntry old = steps.put(s.from() + ">" + s.to(), s);
            if (old != null && old.file().equals(s.file())) {
                throw twice(s.file(), s.line(), "step " + s.from() + " -> " + s.to(), old.line());
            }
        }
    }

    /** A later document replaces an entry of an earlier one; the same entry twice in one file is a slip. */
    private static InputException twice(Path file, int line, String what, int firstLine) {
        return new InputException(file, line, what + " is listed twice in this file (also line " + firstLine + ")");
    }

    /**
     * A line added between two known lines (a {@code catalogFile} describing 7.5 between 7.4 and 8.0) replaces the
     * earlier documents' step over it: that document describes the steps to and from the new line. A step that still
     * skips a line after all documents are laid is an error in the document that wrote it.
     */
    private void supersedeStepsAcross(String line) {
        NuGetVersion added = NuGetVersion.parse(line);
        steps.values().removeIf(s -> LINE.matcher(s.from()).matches() && LINE.matcher(s.to()).matches()
                && NuGetVersion.parse(s.from()).compareTo(added) < 0 && added.compareTo(NuGetVersion.parse(s.to())) < 0);
    }

    Catalog build() throws InputException {
        Map<String, Generation> gens = new LinkedHashMap<>();
        for (GenerationEntry g : generations.values()) {
            gens.put(g.id(), new Generation(g.id(), g.description() == null ? "" : g.description(), g.unsupported()));
        }
        List<LineEntry> ordered = new ArrayList<>(lines.values());
        ordered.sort(Comparator.comparing(l -> NuGetVersion.parse(l.line())));
        List<ReleaseLine> built = new ArrayList<>();
        for (LineEntry l : ordered) {
            built.add(buildLine(l, gens));
        }
        List<Step> chain = new ArrayList<>();
        for (int i = 1; i < built.size(); i++) {
            ReleaseLine from = built.get(i - 1);
            ReleaseLine to = built.get(i);
            if (GenerationOrder.compare(from.generation(), to.generation()) > 0) {
                throw error("line " + to.line() + " has generation " + to.generation() + ", older than " + from.line() + "'s "
                        + from.generation() + ": the schema only moves forward from one line to the next",
                        at(ordered.get(i)), at(ordered.get(i - 1)));
            }
            chain.add(buildStep(from, to, ordered.get(i - 1), ordered.get(i)));
        }
        for (StepEntry s : steps.values()) {
            if (!lines.containsKey(s.from()) || !lines.containsKey(s.to())) {
                throw error("step " + s.from() + " -> " + s.to() + " names a line the catalog does not have", at(s));
            }
            if (chain.stream().noneMatch(c -> c.fromLine().equals(s.from()) && c.toLine().equals(s.to()))) {
                throw error("step " + s.from() + " -> " + s.to() + " skips a line: steps go from each line to the next one", at(s));
            }
        }
        return new Catalog(gens, built, chain);
    }

    /** Where an entry was written. */
    private record At(Path file, int line) {
    }

    private static At at(LineEntry l) {
        return new At(l.file(), l.lineNumber());
    }

    private static At at(StepEntry s) {
        return new At(s.file(), s.line());
    }

    /**
     * The error at the first of {@code places} (the entries it concerns, the one to fix first) that the user's file
     * wrote: a user's entry can break one of the plugin's, whose file the user cannot edit. With no user file, or none
     * of them the user's, at the first place.
     */
    private InputException error(String problem, At... places) {
        for (At place : places) {
            if (place.file().equals(userFile)) {
                return new InputException(place.file(), place.line(), problem);
            }
        }
        if (userFile != null) {
            return new InputException(userFile, 0, "does not fit the plugin's built-in catalog: " + problem);
        }
        return new InputException(places[0].file(), places[0].line(), problem);
    }

    private ReleaseLine buildLine(LineEntry l, Map<String, Generation> gens) throws InputException {
        String what = "line " + l.line();
        if (l.generation() == null) {
            throw error(what + " needs 'generation'", at(l));
        }
        if (!gens.containsKey(l.generation())) {
            throw error(what + " names unknown generation '" + l.generation() + "'", at(l));
        }
        if (l.frameworks() == null || l.frameworks().isEmpty()) {
            throw error(what + " needs 'frameworks'", at(l));
        }
        for (String f : l.frameworks()) {
            if (TargetFramework.parse(f).isEmpty()) {
                throw error(what + ": '" + f + "' is not a target framework moniker", at(l));
            }
        }
        List<Release> rs = new ArrayList<>();
        for (Map.Entry<NuGetVersion, ReleaseEntry> e : releases.getOrDefault(l.line(), Map.of()).entrySet()) {
            ReleaseEntry r = e.getValue();
            String generation = r.generation() != null ? r.generation() : l.generation();
            if (!gens.containsKey(generation)) {
                throw error("release " + r.version() + " names unknown generation '" + generation + "'", new At(r.file(), r.line()), at(l));
            }
            rs.add(new Release(e.getKey(), r.date(), l.line(), generation, l.frameworks()));
        }
        rs.sort(Comparator.comparing(Release::version));
        String product = l.product() != null ? l.product() : ReleaseLine.DUENDE;
        return new ReleaseLine(l.line(), product, l.generation(), l.frameworks(), rs);
    }

    private Step buildStep(ReleaseLine from, ReleaseLine to, LineEntry fromEntry, LineEntry toEntry) throws InputException {
        StepEntry s = steps.get(from.line() + ">" + to.line());
        if (s == null) {
            throw error("no step from line " + from.line() + " to line " + to.line() + ": add one under 'steps'"
                    + " (with configuration/operational: false when the schema does not change)", at(toEntry), at(fromEntry));
        }
        String what = "step " + s.from() + " -> " + s.to();
        // a built-in step can break because the user's file moved a line to another generation: name that line,
        // and say where the step goes
        At[] places = {at(s), at(toEntry), at(fromEntry)};
        String addHere = s.file().equals(userFile) ? "" : ": add it under 'steps' here";
        Optional<boolean[]> known = storeChanges(from.generation(), to.generation());
        Boolean configuration = s.configuration();
        Boolean operational = s.operational();
        if (known.isPresent()) {
            // the schema data owns which store a step changes: a catalog entry may leave the flags out, not contradict it
            if (configuration != null && configuration != known.get()[0] || operational != null && operational != known.get()[1]) {
                throw error(what + " says configuration: " + configuration + ", operational: " + operational
                        + ", but the schema data changes " + stores(known.get()), places);
            }
            configuration = known.get()[0];
            operational = known.get()[1];
        }
        if (configuration == null || operational == null) {
            throw error(what + " must say 'configuration' and 'operational' (true or false)" + addHere, places);
        }
        // within one generation the schema data says no store changes (above), so only a move without a change is left
        if (!configuration && !operational && !from.generation().equals(to.generation())) {
            throw error(what + " changes no store but moves from generation " + from.generation() + " to " + to.generation()
                    + addHere, places);
        }
        for (BreakingChange b : s.breaking()) {
            if (b.link() == null) {
                throw error(what + ": breaking change '" + b.text() + "' needs a 'link' (or the step a 'guide')", at(s));
            }
        }
        return new Step(from.line(), to.line(), from.generation(), to.generation(), configuration, operational,
                s.guide(), s.breaking(), to.frameworks());
    }

    /**
     * Which stores the schema data changes from one generation to the next ({@code [configuration, operational]}):
     * none within one generation; empty when the schema data does not describe both generations (a line a
     * {@code catalogFile} adds with a schema of its own), whose catalog entry must then say it.
     */
    private Optional<boolean[]> storeChanges(String fromGeneration, String toGeneration) {
        if (fromGeneration.equals(toGeneration)) {
            return Optional.of(new boolean[] {false, false});
        }
        DuendeSchema data = schema();
        if (!data.generations().contains(fromGeneration) || !data.generations().contains(toGeneration)
                || data.order(fromGeneration) > data.order(toGeneration)) {
            return Optional.empty();
        }
        List<SchemaStep> between = data.steps(fromGeneration, toGeneration);
        return Optional.of(new boolean[] {
            between.stream().anyMatch(st -> !st.operations(Store.CONFIGURATION).isEmpty()),
            between.stream().anyMatch(st -> !st.operations(Store.OPERATIONAL).isEmpty())});
    }

    private static String stores(boolean[] changes) {
        return changes[0] && changes[1] ? "both stores" : changes[0] ? "the configuration store only"
                : changes[1] ? "the operational store only" : "no store";
    }

    /** Read once, and only when a step leaves its flags to it: the compiled catalog never needs it. */
    private DuendeSchema schema() {
        if (schema == null) {
            schema = DuendeSchema.load();
        }
        return schema;
    }
}
