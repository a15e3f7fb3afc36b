package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One catalog file as written, before merging: every entry remembers its file and line so that
 * validation after the merge can still point at the text to fix.
 */
record CatalogDocument(Path file, List<GenerationEntry> generations, List<LineEntry> lines, List<StepEntry> steps) {

    record GenerationEntry(String id, String description, String unsupported, Path file, int line) {
    }

    record ReleaseEntry(String version, String date, String generation, Path file, int line) {
    }

    /** {@code product}, {@code generation} and {@code frameworks} are {@code null} when a file leaves them to an earlier one. */
    record LineEntry(String line, String product, String generation, List<String> frameworks, List<ReleaseEntry> releases,
                     Path file, int lineNumber) {
    }

    record StepEntry(String from, String to, Boolean configuration, Boolean operational, String guide,
                     List<BreakingChange> breaking, Path file, int line) {
    }

    static CatalogDocument read(Path file, String text) throws InputException {
        YamlTree yaml = new YamlTree(file);
        Node root = yaml.parse(text);
        List<GenerationEntry> generations = new ArrayList<>();
        List<LineEntry> lines = new ArrayList<>();
        List<StepEntry> steps = new ArrayList<>();
        if (root == null) {
            return new CatalogDocument(file, generations, lines, steps);
        }
        Map<String, Node> top = yaml.mapping(root, "the catalog", Set.of("generations", "lines", "steps"));
        for (Node n : yaml.sequence(top.get("generations"), "'generations'")) {
            Map<String, Node> m = yaml.mapping(n, "a generation", Set.of("id", "description", "unsupported"));
            generations.add(new GenerationEntry(yaml.required(m, "id", n, "a generation"),
                    yaml.optional(m, "description", "a generation"), yaml.optional(m, "unsupported", "a generation"),
                    file, yaml.line(n)));
        }
        for (Node n : yaml.sequence(top.get("lines"), "'lines'")) {
            lines.add(readLine(yaml, n));
        }
        for (Node n : yaml.sequence(top.get("steps"), "'steps'")) {
            steps.add(readStep(yaml, n));
        }
        return new CatalogDocument(file, generations, lines, steps);
    }

    private static LineEntry readLine(YamlTree yaml, Node n) throws InputException {
        Map<String, Node> m = yaml.mapping(n, "a line", Set.of("line", "product", "generation", "frameworks", "releases"));
        String line = yaml.required(m, "line", n, "a line");
        String what = "line " + line;
        List<String> frameworks = null;
        if (m.containsKey("frameworks")) {
            frameworks = new ArrayList<>();
            for (Node f : yaml.sequence(m.get("frameworks"), "'frameworks' of " + what)) {
                frameworks.add(yaml.scalar(f, "a framework of " + what));
            }
        }
        List<ReleaseEntry> releases = new ArrayList<>();
        for (Node r : yaml.sequence(m.get("releases"), "'releases' of " + what)) {
            Map<String, Node> rm = yaml.mapping(r, "a release of " + what, Set.of("version", "date", "generation"));
            releases.add(new ReleaseEntry(yaml.required(rm, "version", r, "a release of " + what),
                    yaml.optional(rm, "date", "a release of " + what), yaml.optional(rm, "generation", "a release of " + what),
                    yaml.file(), yaml.line(r)));
        }
        return new LineEntry(line, yaml.optional(m, "product", what), yaml.optional(m, "generation", what),
                frameworks, releases, yaml.file(), yaml.line(n));
    }

    private static StepEntry readStep(YamlTree yaml, Node n) throws InputException {
        Map<String, Node> m = yaml.mapping(n, "a step", Set.of("from", "to", "configuration", "operational", "guide", "breaking"));
        String from = yaml.required(m, "from", n, "a step");
        String to = yaml.required(m, "to", n, "a step");
        String what = "step " + from + " -> " + to;
        String guide = yaml.optional(m, "guide", what);
        List<BreakingChange> breaking = new ArrayList<>();
        for (Node b : yaml.sequence(m.get("breaking"), "'breaking' of " + what)) {
            Map<String, Node> bm = yaml.mapping(b, "a breaking change of " + what, Set.of("text", "link"));
            String link = yaml.optional(bm, "link", what);
            breaking.add(new BreakingChange(yaml.required(bm, "text", b, "a breaking change of " + what), link != null ? link : guide));
        }
        return new StepEntry(from, to, yaml.optionalBoolean(m, "configuration", what), yaml.optionalBoolean(m, "operational", what),
                guide, breaking, yaml.file(), yaml.line(n));
    }
}
