package io.github.duendetools.msbuild;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code PackageReference}, {@code PackageVersion} or {@code GlobalPackageReference} item for a tracked package,
 * with the metadata the item pass gave it (later {@code Update}s overwrite earlier values).
 */
final class PackageItem {
    private final String type;
    private final String id;
    /** The id in lower case: NuGet ids are case-insensitive. */
    private final String key;
    private final SourceLocation referencedAt;
    private final Map<String, ItemMetadata> metadata = new LinkedHashMap<>();
    private String problem;

    PackageItem(String type, String id, SourceLocation referencedAt, String problem) {
        this.type = type;
        this.id = id;
        this.key = id.toLowerCase(Locale.ROOT);
        this.referencedAt = referencedAt;
        this.problem = problem;
    }

    /** An item of its own with the same state, for a later evaluation to change without touching this one. */
    PackageItem copy() {
        PackageItem copy = new PackageItem(type, id, referencedAt, problem);
        copy.metadata.putAll(metadata);
        return copy;
    }

    String type() {
        return type;
    }

    String id() {
        return id;
    }

    String key() {
        return key;
    }

    SourceLocation referencedAt() {
        return referencedAt;
    }

    String problem() {
        return problem;
    }

    void addProblem(String candidate) {
        if (problem == null) {
            problem = candidate;
        }
    }

    ItemMetadata metadata(String name) {
        return metadata.get(name.toLowerCase(Locale.ROOT));
    }

    void setMetadata(String name, ItemMetadata value) {
        metadata.put(name.toLowerCase(Locale.ROOT), value);
    }

    boolean is(String itemType) {
        return type.equalsIgnoreCase(itemType);
    }
}
