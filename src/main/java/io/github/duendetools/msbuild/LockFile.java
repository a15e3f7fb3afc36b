package io.github.duendetools.msbuild;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code packages.lock.json}: per target framework, every restored package by lower-case id.
 */
record LockFile(Map<String, Map<String, LockFile.Locked>> frameworks) {

    /** One restored package: {@code type} is Direct, Transitive, CentralTransitive or Project. */
    record Locked(String id, String type, String resolved, List<String> dependencies) {
        boolean direct() {
            return "Direct".equalsIgnoreCase(type);
        }
    }

    /** The section for a framework; when the project names none and the lock has one section, that one. */
    Map<String, Locked> framework(String targetFramework) {
        if (targetFramework == null) {
            return frameworks.size() == 1 ? frameworks.values().iterator().next() : Map.of();
        }
        Map<String, Locked> section = frameworks.get(targetFramework.toLowerCase(Locale.ROOT));
        return section == null ? Map.of() : section;
    }
}
