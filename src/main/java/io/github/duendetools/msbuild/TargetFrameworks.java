package io.github.duendetools.msbuild;

import io.github.duendetools.nuget.TargetFramework;
import java.util.ArrayList;
import java.util.List;

/** The frameworks a project targets, from its outer evaluation, as the SDK decides them. */
final class TargetFrameworks {
    /** TargetFramework and TargetFrameworks as the property table keys them. */
    private static final String TARGET_FRAMEWORK = "targetframework";
    private static final String TARGET_FRAMEWORKS = "targetframeworks";

    private TargetFrameworks() {
    }

    /**
     * {@code TargetFramework} (one framework, no inner builds), else the {@code TargetFrameworks} list (one
     * inner build each), else an old-style project's {@code TargetFrameworkVersion} ({@code v4.7.2} = {@code net472}).
     */
    static List<String> of(Evaluation outer) {
        String single = outer.value(TARGET_FRAMEWORK).strip();
        if (!single.isEmpty()) {
            return List.of(single);
        }
        List<String> frameworks = new ArrayList<>();
        for (String part : outer.value(TARGET_FRAMEWORKS).split(";")) {
            String framework = part.strip();
            if (!framework.isEmpty() && !containsIgnoringCase(frameworks, framework)) {
                frameworks.add(framework);
            }
        }
        if (!frameworks.isEmpty()) {
            return frameworks;
        }
        String version = outer.value("TargetFrameworkVersion").strip();
        if (version.startsWith("v") || version.startsWith("V")) {
            version = version.substring(1);
        }
        return TargetFramework.netFramework(version).map(f -> List.of(f.shortName())).orElse(List.of());
    }

    /** Where the property {@link #of} took the frameworks from is defined; null when nothing in a file defines it. */
    static SourceLocation definedAt(Evaluation outer) {
        for (String name : new String[] {TARGET_FRAMEWORK, TARGET_FRAMEWORKS, "TargetFrameworkVersion"}) {
            PropertyValue p = outer.property(name);
            if (p != null && !p.value().isBlank()) {
                return p.definedAt();
            }
        }
        return null;
    }

    private static boolean containsIgnoringCase(List<String> frameworks, String framework) {
        for (String known : frameworks) {
            if (known.equalsIgnoreCase(framework)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the project builds once per framework (only {@code TargetFrameworks} set). */
    static boolean multiTargeting(Evaluation outer) {
        return outer.value(TARGET_FRAMEWORK).isBlank() && !outer.value(TARGET_FRAMEWORKS).isBlank();
    }
}
