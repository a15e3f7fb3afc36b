package io.github.duendetools.nuget;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.RawText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code packages.lock.json} ({@code dependencies.<tfm>.<package>.resolved/type/dependencies}). */
public final class LockFileReader {
    public LockFile read(RawText text) throws InputException {
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
        return TargetFramework.parseLongName(framework).map(TargetFramework::shortName)
                .orElseGet(() -> framework.strip().toLowerCase(Locale.ROOT));
    }
}
