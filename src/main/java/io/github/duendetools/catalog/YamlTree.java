package io.github.duendetools.catalog;

import io.github.duendetools.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML as a tree of nodes and never constructs objects from it, so a catalog file cannot
 * instantiate types, and every value keeps the line it came from for error messages.
 */
final class YamlTree {

    private final Path file;

    YamlTree(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The root node, or {@code null} for an empty document. */
    Node parse(String text) throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        PlaceKeepingParser parser = new PlaceKeepingParser(new StreamReader(text), options);
        try {
            // The composer alone, not the Yaml facade: the facade also builds a constructor and a
            // representer this never uses, which is a third of the catalog's cold start in every build.
            return new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? parser.line() : e.getProblemMark().getLine() + 1;
            throw new InputException(file, line, "not valid YAML: " + e.getProblem());
        } catch (ReaderException e) {
            // the reader checks a whole block ahead of the parser: the character's own line
            int at = text.indexOf(e.getCodePoint());
            int line = at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            throw new InputException(file, line, "not valid YAML: " + oneLine(e.getMessage()));
        } catch (YAMLException e) {
            // reported without a place (too many aliases): where the node being composed started
            throw new InputException(file, parser.line(), "not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    /** Remembers where the last event the composer took started, for the errors SnakeYAML reports without a place. */
    private static final class PlaceKeepingParser extends ParserImpl {
        private int line;

        PlaceKeepingParser(StreamReader reader, LoaderOptions options) {
            super(reader, options);
        }

        @Override
        public Event getEvent() {
            Event event = super.getEvent();
            if (event.getStartMark() != null) {
                line = event.getStartMark().getLine() + 1;
            }
            return event;
        }

        /** 1-based, 0 before the first event. */
        int line() {
            return line;
        }
    }

    int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    InputException error(Node node, String problem) {
        return new InputException(file, node == null ? 0 : line(node), problem);
    }

    /** A mapping whose keys are all among {@code allowed} (catches typos in hand-written files). */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws InputException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key of " + what);
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (expected one of " + String.join(", ", allowed) + ")");
            }
            if (result.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        return result;
    }

    List<Node> sequence(Node node, String what) throws InputException {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            throw error(node, what + " must be a list");
        }
        return new ArrayList<>(s.getValue());
    }

    String scalar(Node node, String what) throws InputException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a single value");
        }
        return s.getValue().strip();
    }

    /** A required, non-empty scalar of {@code map}. */
    String required(Map<String, Node> map, String key, Node owner, String what) throws InputException {
        Node n = map.get(key);
        if (n == null) {
            throw error(owner, what + " needs '" + key + "'");
        }
        String value = scalar(n, "'" + key + "' of " + what);
        if (value.isEmpty()) {
            throw error(n, "'" + key + "' of " + what + " is empty");
        }
        return value;
    }

    String optional(Map<String, Node> map, String key, String what) throws InputException {
        Node n = map.get(key);
        if (n == null) {
            return null;
        }
        String value = scalar(n, "'" + key + "' of " + what);
        return value.isEmpty() ? null : value;
    }

    Boolean optionalBoolean(Map<String, Node> map, String key, String what) throws InputException {
        String v = optional(map, key, what);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw error(map.get(key), "'" + key + "' of " + what + " must be true or false, not '" + v + "'");
        };
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
