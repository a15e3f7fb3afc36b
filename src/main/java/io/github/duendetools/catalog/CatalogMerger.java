package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.CatalogDocument.GenerationEntry;
import io.github.duendetools.catalog.CatalogDocument.LineEntry;
import io.github.duendetools.catalog.CatalogDocument.ReleaseEntry;
import io.github.duendetools.catalog.CatalogDocument.StepEntry;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.TargetFramework;
import io.github.duendetools.schema.SchemaCatalog;
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
    private SchemaCatalog schema;

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

    void add(CatalogDocument doc) throws InputException {
        for (GenerationEntry g : doc.generations()) {
            generations.put(g.id(), g);
        }
        for (LineEntry l : doc.lines()) {
            if (!LINE.matcher(l.line()).matches()) {
                throw new InputException(l.file(), l.lineNumber(), "line '" + l.line() + "' must be major.minor, like 7.4");
            }
            LineEntry old = lines.get(l.line());
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
                byVersion.put(v, r);
            }
        }
        for (StepEntry s : doc.steps()) {
            steps.put(s.from() + ">" + s.to(), s);
        }
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
            chain.add(buildStep(built.get(i - 1), built.get(i), ordered.get(i)));
        }
        for (StepEntry s : steps.values()) {
            if (!lines.containsKey(s.from()) || !lines.containsKey(s.to())) {
                throw new InputException(s.file(), s.line(), "step " + s.from() + " -> " + s.to() + " names a line the catalog does not have");
            }
            if (chain.stream().noneMatch(c -> c.fromLine().equals(s.from()) && c.toLine().equals(s.to()))) {
                throw new InputException(s.file(), s.line(), "step " + s.from() + " -> " + s.to()
                        + " skips a line: steps go from each line to the next one");
            }
        }
        return new Catalog(gens, built, chain);
    }

    private ReleaseLine buildLine(LineEntry l, Map<String, Generation> gens) throws InputException {
        String what = "line " + l.line();
        if (l.generation() == null) {
            throw new InputException(l.file(), l.lineNumber(), what + " needs 'generation'");
        }
        if (!gens.containsKey(l.generation())) {
            throw new InputException(l.file(), l.lineNumber(), what + " names unknown generation '" + l.generation() + "'");
        }
        if (l.frameworks() == null || l.frameworks().isEmpty()) {
            throw new InputException(l.file(), l.lineNumber(), what + " needs 'frameworks'");
        }
        for (String f : l.frameworks()) {
            if (TargetFramework.parse(f).isEmpty()) {
                throw new InputException(l.file(), l.lineNumber(), what + ": '" + f + "' is not a target framework moniker");
            }
        }
        List<Release> rs = new ArrayList<>();
        for (Map.Entry<NuGetVersion, ReleaseEntry> e : releases.getOrDefault(l.line(), Map.of()).entrySet()) {
            ReleaseEntry r = e.getValue();
            String generation = r.generation() != null ? r.generation() : l.generation();
            if (!gens.containsKey(generation)) {
                throw new InputException(r.file(), r.line(), "release " + r.version() + " names unknown generation '" + generation + "'");
            }
            rs.add(new Release(e.getKey(), r.date(), l.line(), generation, l.frameworks()));
        }
        rs.sort(Comparator.comparing(Release::version));
        String product = l.product() != null ? l.product() : ReleaseLine.DUENDE;
        return new ReleaseLine(l.line(), product, l.generation(), l.frameworks(), rs);
    }

    private Step buildStep(ReleaseLine from, ReleaseLine to, LineEntry toEntry) throws InputException {
        StepEntry s = steps.get(from.line() + ">" + to.line());
        if (s == null) {
            throw new InputException(toEntry.file(), toEntry.lineNumber(), "no step from line " + from.line() + " to line " + to.line()
                    + ": add one under 'steps' (with configuration/operational: false when the schema does not change)");
        }
        String what = "step " + s.from() + " -> " + s.to();
        Optional<boolean[]> known = storeChanges(from.generation(), to.generation());
        Boolean configuration = s.configuration();
        Boolean operational = s.operational();
        if (known.isPresent()) {
            // the schema data owns which store a step changes: a catalog entry may leave the flags out, not contradict it
            if (configuration != null && configuration != known.get()[0] || operational != null && operational != known.get()[1]) {
                throw new InputException(s.file(), s.line(), what + " says configuration: " + configuration + ", operational: "
                        + operational + ", but the schema data changes " + stores(known.get()));
            }
            configuration = known.get()[0];
            operational = known.get()[1];
        }
        if (configuration == null || operational == null) {
            throw new InputException(s.file(), s.line(), what + " must say 'configuration' and 'operational' (true or false)");
        }
        boolean changes = configuration || operational;
        boolean generationChanges = !from.generation().equals(to.generation());
        if (changes != generationChanges) {
            throw new InputException(s.file(), s.line(), what + (changes
                    ? " changes a store but lines " + from.line() + " and " + to.line() + " share generation " + from.generation()
                    : " changes no store but moves from generation " + from.generation() + " to " + to.generation()));
        }
        for (BreakingChange b : s.breaking()) {
            if (b.link() == null) {
                throw new InputException(s.file(), s.line(), what + ": breaking change '" + b.text() + "' needs a 'link' (or the step a 'guide')");
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
        SchemaCatalog data = schema();
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
    private SchemaCatalog schema() {
        if (schema == null) {
            schema = SchemaCatalog.load();
        }
        return schema;
    }
}
