package io.github.duendetools.nuget;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code packages.lock.json}: per target framework, every restored package by lower-case id.
 */
public record LockFile(Map<String, Map<String, LockFile.Locked>> frameworks) {

    /** One restored package: {@code type} is Direct, Transitive, CentralTransitive or Project. */
    public record Locked(String id, String type, String resolved, List<String> dependencies) {
        public boolean direct() {
            return "Direct".equalsIgnoreCase(type);
        }
    }

    /** The section for a framework; when the project names none and the lock has one section, that one. */
    public Map<String, Locked> framework(String targetFramework) {
        if (targetFramework == null) {
            return frameworks.size() == 1 ? frameworks.values().iterator().next() : Map.of();
        }
        Map<String, Locked> section = frameworks.get(targetFramework.toLowerCase(Locale.ROOT));
        return section == null ? Map.of() : section;
    }

    /**
     * The first top-level entry of the given type ({@code Direct} package or {@code Project} reference) whose
     * dependency tree contains {@code id}; null if none.
     */
    public static String via(Map<String, Locked> section, String id, String rootType) {
        String target = id.toLowerCase(Locale.ROOT);
        for (Locked root : section.values()) {
            if (!rootType.equalsIgnoreCase(root.type())) {
                continue;
            }
            Deque<String> queue = new ArrayDeque<>(root.dependencies());
            Map<String, Boolean> visited = new HashMap<>();
            while (!queue.isEmpty()) {
                String next = queue.removeFirst().toLowerCase(Locale.ROOT);
                if (next.equals(target)) {
                    return root.id();
                }
                if (visited.put(next, Boolean.TRUE) == null && section.containsKey(next)) {
                    queue.addAll(section.get(next).dependencies());
                }
            }
        }
        return null;
    }
}
