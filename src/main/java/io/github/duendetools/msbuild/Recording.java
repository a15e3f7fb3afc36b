package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a stretch of one evaluation depended on and what it did, so that another evaluation in the same state
 * can take the effect instead of doing the work again (see {@link SharedFileMemo}).
 * <p>
 * Its inputs are the properties it looked up before defining them itself, with the value it saw (null for
 * an undefined one), the properties no file may define, and which files were imported already. Its effect
 * is what it defined, in order, the item groups it found, the problems it noted, the files it imported and
 * the items it included. It is not replayable once it updated or removed items: that depends on items
 * other groups made.
 */
final class Recording {
    /** An item group found while recording, in a file the recording visited. */
    record FoundGroup(XmlDocument document, XmlElement element) {
    }

    private final Set<String> fixed;
    private final Map<String, PropertyValue> inputs = new LinkedHashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final List<String> definedKeys = new ArrayList<>();
    private final List<PropertyValue> definedValues = new ArrayList<>();
    private final List<FoundGroup> itemGroups = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Path> imports = new ArrayList<>();
    private final List<Path> importedBefore = new ArrayList<>();
    private List<PackageItem> included = List.of();
    private boolean replayable = true;

    /** @param fixed the properties no file could define when recording started (the global ones) */
    Recording(Set<String> fixed) {
        this.fixed = Set.copyOf(fixed);
    }

    void read(String key, PropertyValue value) {
        if (!defined.contains(key) && !inputs.containsKey(key)) {
            inputs.put(key, value);
        }
    }

    void wrote(String key, PropertyValue value) {
        defined.add(key);
        definedKeys.add(key);
        definedValues.add(value);
    }

    void foundItemGroup(XmlDocument document, XmlElement element) {
        itemGroups.add(new FoundGroup(document, element));
    }

    void noted(String problem) {
        problems.add(problem);
    }

    void imported(Path file) {
        imports.add(file);
    }

    /** An import skipped because the file was imported before: an input like a property. */
    void foundImported(Path file) {
        importedBefore.add(file);
    }

    /** The items the recorded group included, copied as they were when it ended (later groups may change them). */
    void included(List<PackageItem> items) {
        included = copies(items);
    }

    void updatedOrRemovedItems() {
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
    boolean holdsFor(PropertyTable properties, Set<String> fixedNow, Set<Path> importedNow) {
        if (!fixed.equals(fixedNow)) {
            return false;
        }
        for (Map.Entry<String, PropertyValue> input : inputs.entrySet()) {
            if (!same(input.getValue(), properties.peek(input.getKey()))) {
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

    List<String> definedKeys() {
        return definedKeys;
    }

    List<PropertyValue> definedValues() {
        return definedValues;
    }

    List<FoundGroup> itemGroups() {
        return itemGroups;
    }

    List<String> problems() {
        return problems;
    }

    List<Path> imports() {
        return imports;
    }

    /** Fresh copies of the included items, for an evaluation to own. */
    List<PackageItem> includedCopies() {
        return copies(included);
    }

    private static List<PackageItem> copies(List<PackageItem> items) {
        List<PackageItem> copies = new ArrayList<>(items.size());
        for (PackageItem item : items) {
            copies.add(item.copy());
        }
        return copies;
    }

    /**
     * Whether two values of a property lead to the same results: the same text, problem and undefined
     * reference, defined at the same place from the same literal text. Values are records, but comparing
     * their origins as records would compare whole documents.
     */
    static boolean same(PropertyValue a, PropertyValue b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.name().equals(b.name()) && a.value().equals(b.value())
                && sameOrigin(a.literal(), b.literal()) && Objects.equals(a.definedAt(), b.definedAt())
                && Objects.equals(a.problem(), b.problem()) && Objects.equals(a.undefined(), b.undefined());
    }

    private static boolean sameOrigin(TextOrigin a, TextOrigin b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.document() == b.document() && a.start() == b.start()
                && a.end() == b.end() && a.line() == b.line();
    }
}
