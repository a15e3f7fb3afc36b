package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.RawText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code packages.lock.json} ({@code dependencies.<tfm>.<package>.resolved/type/dependencies}). */
final class LockFileReader {
    /** The pattern of a long framework name, compiled on first use: most scans never need it. */
    private static final class LongNames {
        static final Pattern LONG_FRAMEWORK =
                Pattern.compile("\\.(NETCoreApp|NETFramework|NETStandard),Version=v(\\d+)\\.(\\d+)(?:\\.(\\d+))?",
                        Pattern.CASE_INSENSITIVE);
    }

    LockFile read(RawText text) throws InputException {
        Path file = text.file();
        Object json = JsonReader.parse(file, text.text());
        Map<String, Map<String, LockFile.Locked>> frameworks = new LinkedHashMap<>();
        Object dependencies = json instanceof Map<?, ?> root ? root.get("dependencies") : null;
        if (!(dependencies instanceof Map<?, ?> byFramework)) {
            throw new InputException(file, 0, "not a packages.lock.json: no \"dependencies\" object");
        }
        for (Map.Entry<?, ?> framework : byFramework.entrySet()) {
            String key = String.valueOf(framework.getKey());
            if (key.contains("/") || !(framework.getValue() instanceof Map<?, ?> packages)) {
                // Runtime-specific sections repeat the framework's packages for one RID.
                continue;
            }
            Map<String, LockFile.Locked> section = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : packages.entrySet()) {
                if (entry.getValue() instanceof Map<?, ?> details) {
                    String id = String.valueOf(entry.getKey());
                    List<String> deps = new ArrayList<>();
                    if (details.get("dependencies") instanceof Map<?, ?> d) {
                        for (Object dependency : d.keySet()) {
                            deps.add(String.valueOf(dependency));
                        }
                    }
                    section.put(id.toLowerCase(Locale.ROOT), new LockFile.Locked(id, text(details.get("type")),
                            text(details.get("resolved")), List.copyOf(deps)));
                }
            }
            frameworks.put(shortName(key), section);
        }
        return new LockFile(frameworks);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Older lock files key sections by long framework names ({@code .NETCoreApp,Version=v8.0}). */
    static String shortName(String framework) {
        Matcher m = LongNames.LONG_FRAMEWORK.matcher(framework.strip());
        if (!m.matches()) {
            return framework.strip().toLowerCase(Locale.ROOT);
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        int major = Integer.parseInt(m.group(2));
        String minor = m.group(3);
        switch (kind) {
            case "netcoreapp":
                return (major >= 5 ? "net" : "netcoreapp") + major + "." + minor;
            case "netstandard":
                return "netstandard" + major + "." + minor;
            default:
                return "net" + major + minor + (m.group(4) == null || m.group(4).equals("0") ? "" : m.group(4));
        }
    }
}
