package io.github.duendetools.msbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The frameworks a project targets, from its outer evaluation, as the SDK decides them. */
final class TargetFrameworks {
    /** The pattern of an old-style TargetFrameworkVersion, compiled on first use: most scans never need it. */
    private static final class OldStyle {
        static final Pattern FRAMEWORK_VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    }

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
        String version = outer.value("TargetFrameworkVersion").strip().toLowerCase(Locale.ROOT);
        Matcher m = OldStyle.FRAMEWORK_VERSION.matcher(version);
        if (m.matches()) {
            String patch = m.group(3) == null || m.group(3).equals("0") ? "" : m.group(3);
            return List.of("net" + m.group(1) + m.group(2) + patch);
        }
        return List.of();
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
