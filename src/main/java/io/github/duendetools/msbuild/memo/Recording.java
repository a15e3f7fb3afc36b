package io.github.duendetools.msbuild.memo;

import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a stretch of one evaluation depended on and what it did, so that another evaluation in the same state
 * can take the effect instead of doing the work again (see {@link SharedFileMemo}).
 * <p>
 * Its inputs are the properties it looked up before defining them itself, with the value it saw (null for
 * an undefined one), the properties no file may define, and which files were imported already. Its effect
 * is what it defined, in order, the item groups it found, the problems it noted, the files it imported and
 * the items it included. It is not replayable once it updated or removed items: that depends on items
 * other groups made.
 *
 * @param <V> a property value
 * @param <I> an item
 */
public final class Recording<V, I> {
    /** An item group found while recording, in a file the recording visited. */
    public record FoundGroup(XmlDocument document, XmlElement element) {
    }

    private final Effects<V, I> effects;
    private final Set<String> fixed;
    private final Map<String, V> inputs = new LinkedHashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final List<String> definedKeys = new ArrayList<>();
    private final List<V> definedValues = new ArrayList<>();
    private final List<FoundGroup> itemGroups = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Path> imports = new ArrayList<>();
    private final List<Path> importedBefore = new ArrayList<>();
    private List<I> included = List.of();
    private boolean replayable = true;

    /** @param fixed the properties no file could define when recording started (the global ones) */
    Recording(Effects<V, I> effects, Set<String> fixed) {
        this.effects = effects;
        this.fixed = Set.copyOf(fixed);
    }

    /** A look-up of a property, with the value it found (null for an undefined one). */
    public void read(String key, V value) {
        if (!defined.contains(key) && !inputs.containsKey(key)) {
            inputs.put(key, value);
        }
    }

    public void wrote(String key, V value) {
        defined.add(key);
        definedKeys.add(key);
        definedValues.add(value);
    }

    public void foundItemGroup(XmlDocument document, XmlElement element) {
        itemGroups.add(new FoundGroup(document, element));
    }

    public void noted(String problem) {
        problems.add(problem);
    }

    public void imported(Path file) {
        imports.add(file);
    }

    /** An import skipped because the file was imported before: an input like a property. */
    public void foundImported(Path file) {
        importedBefore.add(file);
    }

    /** The items the recorded group included, copied as they were when it ended (later groups may change them). */
    public void included(List<I> items) {
        included = copies(items);
    }

    public void updatedOrRemovedItems() {
        replayable = false;
    }

    boolean replayable() {
        return replayable;
    }

    /**
     * Whether replaying gives what evaluating again would: every input has the same value now, the same
     * properties are fixed, no file the recording imported is imported already, and every file it found
     * imported is imported again.
     */
    boolean holdsFor(Function<String, V> properties, Set<String> fixedNow, Set<Path> importedNow) {
        if (!fixed.equals(fixedNow)) {
            return false;
        }
        for (Map.Entry<String, V> input : inputs.entrySet()) {
            V now = properties.apply(input.getKey());
            if (input.getValue() != now && !effects.sameValue(input.getValue(), now)) {
                return false;
            }
        }
        for (Path file : imports) {
            if (importedNow.contains(file)) {
                return false;
            }
        }
        for (Path file : importedBefore) {
            if (!importedNow.contains(file)) {
                return false;
            }
        }
        return true;
    }

    public List<String> definedKeys() {
        return definedKeys;
    }

    public List<V> definedValues() {
        return definedValues;
    }

    public List<FoundGroup> itemGroups() {
        return itemGroups;
    }

    public List<String> problems() {
        return problems;
    }

    public List<Path> imports() {
        return imports;
    }

    /** Fresh copies of the included items, for an evaluation to own. */
    public List<I> includedCopies() {
        return copies(included);
    }

    private List<I> copies(List<I> items) {
        List<I> copies = new ArrayList<>(items.size());
        for (I item : items) {
            copies.add(effects.copy(item));
        }
        return copies;
    }
}
