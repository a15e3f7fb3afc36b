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
    private final SourceLocation referencedAt;
    private final Map<String, ItemMetadata> metadata = new LinkedHashMap<>();
    private String problem;

    PackageItem(String type, String id, SourceLocation referencedAt, String problem) {
        this.type = type;
        this.id = id;
        this.referencedAt = referencedAt;
        this.problem = problem;
    }

    String type() {
        return type;
    }

    String id() {
        return id;
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
