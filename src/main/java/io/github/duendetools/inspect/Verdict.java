package io.github.duendetools.inspect;

import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's answer: every reason to stop (a store that matches no generation, one behind or ahead of the
 * declared version) and every warning. {@code failOnDrift=false} turns drift into warnings; a version mismatch
 * always stops, unless {@code failOnBehind=false} lets a store that is only behind through (before an update).
 */
public record Verdict(List<String> violations, List<String> warnings) {

    public Verdict {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param declaredGeneration generation of the version the project declares, or null when unknown
     * @param declaredVersion that version as text, for messages
     */
    public static Verdict of(Map<Store, StoreReport> stores, DuendeSchema schema, String declaredGeneration,
                             String declaredVersion, boolean failOnDrift, boolean failOnBehind) {
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (StoreReport r : stores.values()) {
            String name = r.store().id() + " store";
            if (!r.present()) {
                warnings.add(name + ": no Duende tables in schema " + (r.namespace() == null ? "(default)" : r.namespace())
                        + " (kept in another database?)");
                continue;
            }
            if (!r.exact()) {
                String drift = name + " matches no Duende schema generation exactly: closest is " + r.generation()
                        + " with " + r.differences().size() + " difference" + (r.differences().size() == 1 ? "" : "s")
                        + (r.breakingDifferences() > 0 ? " (" + r.breakingDifferences() + " would make the changelogs fail)" : "");
                (failOnDrift ? violations : warnings).add(drift);
            }
            r.history().pathProblems().forEach(p -> warnings.add(name + ": " + p));
            if (declaredGeneration == null) {
                continue;
            }
            List<String> held = r.exact() ? r.exactGenerations() : List.of(r.generation());
            if (held.contains(declaredGeneration)) {
                continue;
            }
            int newest = schema.order(held.get(held.size() - 1));
            int declared = schema.order(declaredGeneration);
            String at = name + " is at generation " + r.generationText();
            if (newest < declared) {
                String behind = at + ", behind " + declaredGeneration + " that the project declares (" + declaredVersion
                        + "): apply the changelogs before deploying";
                (failOnBehind ? violations : warnings).add(behind);
            } else {
                violations.add(at + ", ahead of " + declaredGeneration + " that the project declares (" + declaredVersion
                        + "): this code would run against a newer schema than it was built for");
            }
        }
        return new Verdict(violations, warnings);
    }
}
